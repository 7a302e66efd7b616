// Password hashing with scrypt from Node's own crypto, which runs on libuv's thread pool:
// a flood of sign-ins no longer blocks the JavaScript thread that renders every page (bcryptjs
// hashed on it). Hashes made by bcryptjs before are still accepted and replaced with scrypt
// at the next successful sign-in (needsRehash). scrypt has no input limit, unlike bcrypt's 72
// bytes, so every character of a long password counts.
import bcrypt from "bcryptjs";
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

// OWASP's scrypt settings with 32 MiB per hash (N=2^15, r=8, p=3).
const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEY_LENGTH = 32;
const MAXMEM = 64 * 1024 * 1024;

// Hashes run one at a time per app instance: off the JavaScript thread is not enough on a
// small machine, since forty parallel hashes would still take every core from the pages.
// A flood of sign-ins then waits in this queue instead of slowing everyone else down.
const HASH_CONCURRENCY = Math.max(1, Number(process.env.PASSWORD_HASH_CONCURRENCY) || 1);
let running = 0;
const waiting: (() => void)[] = [];
async function withHashSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= HASH_CONCURRENCY) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function scrypt(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: MAXMEM };
  return withHashSlot(
    () => new Promise((resolve, reject) => scryptCb(password.normalize("NFC"), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)))),
  );
}

/** scrypt$N$r$p$salt$key, base64url */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS);
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (hash.startsWith("scrypt$")) {
    const [, n, r, p, salt, key] = hash.split("$");
    const expected = Buffer.from(key, "base64url");
    const actual = await scrypt(password, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
  // A bcrypt hash from before: checked as bcrypt did (first 72 bytes), then replaced.
  if (/^\$2[aby]\$/.test(hash)) return bcrypt.compare(password, hash);
  return false;
}

/** A hash from before (bcrypt) or with weaker settings: replace it after a successful sign-in. */
export function needsRehash(hash: string): boolean {
  return !hash.startsWith(`scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$`);
}

// Compared against when the account does not exist, so that a wrong e-mail takes as
// long as a wrong password and the answer does not reveal which accounts exist.
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("inte-ett-riktigt-lösenord");
  await verifyPassword(password, await dummyHash);
}

export { newPasswordSchema, PASSWORD_RULES_HINT } from "./password-schema";
