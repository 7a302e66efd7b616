import { ProblemPage } from "@/components/layout/problem-page";

export default function Forbidden() {
  return (
    <main id="innehall">
      <ProblemPage kind="forbidden" />
    </main>
  );
}
