// Swedish organisation numbers (organisationsnummer): ten digits with a Luhn check digit,
// written NNNNNN-NNNN. Ten zeros are accepted where the caller allows it (a sole trader's or
// foreign employer's placeholder in result reports).
import { luhnCheckDigit } from "./luhn";

export type OrgNumberResult = { ok: true; value: string } | { ok: false; message: string };

export function parseOrgNumber(input: string, opts: { allowZeros?: boolean } = {}): OrgNumberResult {
  const digits = input.trim().replace(/[\s-]/g, "");
  const ten = /^16\d{10}$/.test(digits) ? digits.slice(2) : digits;
  if (!/^\d{10}$/.test(ten)) return { ok: false, message: "Ange organisationsnumret som NNNNNN-NNNN." };
  if (ten === "0000000000") return opts.allowZeros ? { ok: true, value: ten } : { ok: false, message: "Ange ett riktigt organisationsnummer." };
  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return { ok: false, message: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret." };
  return { ok: true, value: ten };
}

export function formatOrgNumber(ten: string): string {
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}
