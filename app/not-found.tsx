import { ProblemPage } from "@/components/layout/problem-page";

export default function NotFound() {
  return (
    <main id="innehall">
      <ProblemPage kind="not-found" />
    </main>
  );
}
