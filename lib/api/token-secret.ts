// An API token's secret: its form (`msfa_<prefix>_<random>`) and the sha256 the database keeps.
// The API's sign-in (./auth.ts) and the token administration (features/api-tokens) both use it.
import { createHash, randomBytes, randomInt } from "node:crypto";

/** Every secret starts with this, so secret scanners and people recognise it. */
export const TOKEN_SCHEME = "msfa";
const PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
const PREFIX_LENGTH = 8;

export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** `msfa_<8 characters>_<32 random base64url characters>` (192 random bits after the prefix). */
export function newTokenSecret(): { secret: string; prefix: string } {
  let id = "";
  for (let i = 0; i < PREFIX_LENGTH; i++) id += PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)];
  const prefix = `${TOKEN_SCHEME}_${id}`;
  return { prefix, secret: `${prefix}_${randomBytes(24).toString("base64url")}` };
}
