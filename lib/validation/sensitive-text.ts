// Finding personnummer and samordningsnummer in free text: a date-like YYMMDD (day + 60 for
// samordningsnummer), four more digits and a valid check digit, with or without century
// and separator. Used to keep them out of mails (and free-text fields).
import { luhnCheckDigit } from "./luhn";

const CANDIDATE = /(?<!\d)(?:19|20)?(\d{6})[-+ ]?(\d{4})(?!\d)/g;

function plausibleDate(yymmdd: string): boolean {
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  const d = day > 60 ? day - 60 : day;
  return month >= 1 && month <= 12 && d >= 1 && d <= 31;
}

export function containsPersonnummer(text: string): boolean {
  for (const m of text.matchAll(CANDIDATE)) {
    const [, yymmdd, last4] = m;
    if (!plausibleDate(yymmdd)) continue;
    if (luhnCheckDigit(`${yymmdd}${last4.slice(0, 3)}`) === Number(last4[3])) return true;
  }
  return false;
}
