// Inside the layout, which has the page's one main landmark.
import { ProblemPage } from "@/components/layout/problem-page";

export default function NotFound() {
  return <ProblemPage kind="not-found" />;
}
