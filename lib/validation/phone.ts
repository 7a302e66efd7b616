// A Swedish work phone number, as a handledare types it (issue #14): "08-46 50 04 10",
// "070-123 45 67", "+46 70 123 45 67", "0046 8 46 50 04 10". Digits with spaces, hyphens and
// parentheses; an area code (a leading 0, or +46/0046 in its place); 8 to 10 digits in all
// counted from that 0 (Swedish numbers are at most 10 digits with the leading 0; the shortest
// in use have 8). Kept as typed, with its white space tidied, because that is how it is read out.

export const PHONE_MAX_LENGTH = 30;
export const PHONE_MESSAGE = "Ange ett svenskt telefonnummer med riktnummer, till exempel 08-123 456 78 eller 070-123 45 67.";

/** The national digits ("0701234567") of a Swedish number, or null when it is not one. */
export function swedishPhoneDigits(raw: string): string | null {
  const text = raw.trim();
  if (!/^(\+|\()?[0-9][0-9 ()-]*$/.test(text)) return null;
  const digits = text.replace(/[^0-9]/g, "");
  const national = text.startsWith("+") ? (digits.startsWith("46") ? `0${digits.slice(2)}` : null) : digits.startsWith("0046") ? `0${digits.slice(4)}` : digits;
  if (!national || !/^0[1-9][0-9]{6,8}$/.test(national)) return null;
  return national;
}

/** The number as it will be stored and shown: trimmed, runs of white space as one space. */
export function tidyPhone(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}
