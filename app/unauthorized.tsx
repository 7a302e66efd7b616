// The portal signs people in by redirecting to /logga-in and never calls unauthorized(); this
// file stands in for Next's default 401 page, which is English and was sent, inline-styled, in
// the payload of every page (authInterrupts renders the boundary whether it is used or not).
import { ProblemPage, unauthorizedMetadata } from "@/components/layout/problem-page";

export const metadata = unauthorizedMetadata;

export default function Unauthorized() {
  return (
    <main id="innehall">
      <ProblemPage kind="unauthorized" />
    </main>
  );
}
