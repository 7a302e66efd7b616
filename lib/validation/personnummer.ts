// Swedish personal identity numbers (personnummer) and coordination numbers
// (samordningsnummer, day + 60). Accepts YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN,
// YYMMDDNNNN and YYMMDD+NNNN (100 years or older); stores 12 digits.
import { luhnCheckDigit } from "./luhn";

export type PnrResult = { ok: true; value: string } | { ok: false; message: string };

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `today` (YYYY-MM-DD) decides the century of a ten-digit number. */
export function parsePersonnummer(input: string, today: string): PnrResult {
  const raw = input.trim().replace(/\s+/g, "");
  const m = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(raw);
  if (!m) return { ok: false, message: "Ange personnumret som ÅÅÅÅMMDD-NNNN." };
  const [, century, yymmdd, sep, last4] = m;
  let fullYear: number;
  const yy = Number(yymmdd.slice(0, 2));
  if (century) {
    if (sep === "+") return { ok: false, message: "Ange personnumret som ÅÅÅÅMMDD-NNNN." };
    fullYear = Number(century + yymmdd.slice(0, 2));
  } else {
    const currentYear = Number(today.slice(0, 4));
    fullYear = Math.floor(currentYear / 100) * 100 + yy;
    if (fullYear > currentYear) fullYear -= 100;
    if (sep === "+") fullYear -= 100;
  }
  const month = Number(yymmdd.slice(2, 4));
  const dayRaw = Number(yymmdd.slice(4, 6));
  const day = dayRaw > 60 ? dayRaw - 60 : dayRaw;
  if (!isRealDate(fullYear, month, day)) return { ok: false, message: "Personnumret innehåller inget giltigt datum." };
  const birth = `${fullYear}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (birth > today) return { ok: false, message: "Personnumret innehåller ett datum i framtiden." };
  const ten = yymmdd + last4;
  if (luhnCheckDigit(ten.slice(0, 9)) !== Number(ten[9])) return { ok: false, message: "Kontrollsiffran stämmer inte. Kontrollera personnumret." };
  return { ok: true, value: `${String(fullYear).slice(0, 2)}${ten}` };
}

/** For display where the number is needed: YYYYMMDD-NNNN. */
export function formatPersonnummer(twelveDigits: string): string {
  return `${twelveDigits.slice(0, 8)}-${twelveDigits.slice(8)}`;
}

/** Masked for lists and cards until the user asks to see it. */
export function maskPersonnummer(twelveDigits: string): string {
  return `${twelveDigits.slice(0, 8)}-****`;
}
