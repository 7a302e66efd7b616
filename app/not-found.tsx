import { ProblemPage, notFoundMetadata } from "@/components/layout/problem-page";

export const metadata = notFoundMetadata;

export default function NotFound() {
  return (
    <main id="innehall">
      <ProblemPage kind="not-found" />
    </main>
  );
}
