// What a new password must not be, beyond its length: the person's e-mail address or name,
// or one of the commonly used passwords (the list maintained by zxcvbn-ts, ~49,000 entries).
// Server side only: the list stays out of the browser; the form shows the rules beside the field.
import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { RuleError } from "@/lib/errors";

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[\s._-]+/g, "");

export function passwordProblem(password: string, person: { email: string; name: string }): string | null {
  const p = fold(password);
  const email = fold(person.email);
  const local = fold(person.email.split("@")[0] ?? "");
  if (p === email || p === local || (local.length >= 4 && p.includes(local))) return "Lösenordet får inte innehålla din e-postadress.";
  const nameParts = person.name.split(/\s+/).map(fold).filter((n) => n.length >= 3);
  if (p === fold(person.name) || nameParts.some((n) => p.includes(n) && p.length - n.length < 8)) return "Lösenordet får inte bygga på ditt namn.";
  if (commonPasswords().has(password.toLowerCase()) || commonPasswords().has(p)) return "Lösenordet är för vanligt. Välj något som är svårare att gissa.";
  // The same character over and over ("aaaaaaaaaaaa") or a run like "123456789012".
  if (/^(.)\1+$/u.test(p) || /^(?:0123456789|1234567890|abcdefghij)+/.test(p)) return "Lösenordet är för lätt att gissa.";
  return null;
}

export function assertAcceptablePassword(password: string, person: { email: string; name: string }): void {
  const problem = passwordProblem(password, person);
  if (problem) throw new RuleError(problem, "password");
}
