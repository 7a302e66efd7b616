import { ProblemPage, forbiddenMetadata } from "@/components/layout/problem-page";

export const metadata = forbiddenMetadata;

export default function Forbidden() {
  return (
    <main id="innehall">
      <ProblemPage kind="forbidden" />
    </main>
  );
}
