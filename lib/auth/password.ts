import bcrypt from "bcryptjs";
import { z } from "@/lib/validation/zod";

const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so that a wrong e-mail takes as
// long as a wrong password and the answer does not reveal which accounts exist.
const DUMMY_HASH = bcrypt.hashSync("inte-ett-riktigt-lösenord", COST);
export async function burnPasswordCheck(password: string): Promise<void> {
  await bcrypt.compare(password, DUMMY_HASH);
}

export const newPasswordSchema = z
  .string({ error: "Ange ett lösenord." })
  .min(12, "Lösenordet måste ha minst 12 tecken.")
  .max(200, "Lösenordet får ha högst 200 tecken.");
