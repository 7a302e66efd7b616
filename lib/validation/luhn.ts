// Personnummer check digit (Luhn, mod 10) over the ten digits YYMMDDNNNC.

/** The check digit for nine digits YYMMDDNNN. */
export function luhnCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) throw new Error("Kontrollsiffran räknas på nio siffror.");
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Does a 12-digit personnummer (YYYYMMDDNNNC) carry a valid check digit? */
export function hasValidCheckDigit(personalIdentityNumber: string): boolean {
  if (!/^\d{12}$/.test(personalIdentityNumber)) return false;
  return luhnCheckDigit(personalIdentityNumber.slice(2, 11)) === Number(personalIdentityNumber[11]);
}
