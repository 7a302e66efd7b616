import { randomInt } from "node:crypto";

// No 0/O, 1/I/L: the reference is read aloud on the phone and typed from paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** genomförandereferens: ties together every order and report of one placement. */
export function newImplementationReference(year: number): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `GR-${year}-${s}`;
}
