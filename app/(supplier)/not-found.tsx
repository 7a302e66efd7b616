// Inside the layout, which has the page's one main landmark.
import { ProblemPage, notFoundMetadata } from "@/components/layout/problem-page";

export const metadata = notFoundMetadata;

export default function NotFound() {
  return <ProblemPage kind="not-found" />;
}
