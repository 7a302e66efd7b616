// Inside the layout, which has the page's one main landmark.
import { ProblemPage, forbiddenMetadata } from "@/components/layout/problem-page";

export const metadata = forbiddenMetadata;

export default function Forbidden() {
  return <ProblemPage kind="forbidden" />;
}
