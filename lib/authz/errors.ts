// Expected failures that users see. Everything else is logged with an id and shown
// as a generic message (see lib/actions/safe-action.ts).

/** The user is signed in but lacks the permission ("saknar behörighet"). */
export class ForbiddenError extends Error {
  constructor(message = "Du saknar behörighet för detta.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Not there, or not for this user: the two are answered alike so ids cannot be probed. */
export class NotFoundError extends Error {
  constructor(message = "Hittades inte.") {
    super(message);
    this.name = "NotFoundError";
  }
}

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
