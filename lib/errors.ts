// A domain rule refused a change: the expected failure of every rule, whoever acts. Shown to
// the user with its message (lib/actions/result.ts, lib/api/problem.ts); access failures are
// lib/authz/errors.ts.

/** A domain rule refused the change; `field` points the message at a form field. */
export class RuleError extends Error {
  constructor(
    message: string,
    public readonly field?: string,
  ) {
    super(message);
    this.name = "RuleError";
  }
}
