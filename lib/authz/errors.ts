// Access failures that users see: no permission, or nothing there for them. A refused
// domain rule is RuleError (lib/errors.ts); everything else is logged with an id and shown
// as a generic message (lib/actions/result.ts).

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
