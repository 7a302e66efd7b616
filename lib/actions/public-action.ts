// Marks a server action as public on purpose (no session): the credential is what it checks
// itself (a password, the link in an invitation or reset mail). Every other server action is
// made with staffAction, officerAction or a form action (tests/architecture.test.ts).
import "server-only";

/** The server actions that need no session, each by name. */
export type PublicAction = "invitation" | "password-reset";

export function publicAction<A extends unknown[], R>(_entry: PublicAction, action: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return action;
}
