// Invented participants (deltagare): Swedish names, a personnummer with a valid check
// digit, and a home address in the city of the performing unit they are placed at.
import { luhnCheckDigit } from "@/lib/validation/luhn";
import type { UnitKey } from "./organisation";
import { FEMALE_NAMES, HOME_AREAS, INTERPRETER_NAMES, LAST_NAMES, MALE_NAMES, asciiSlug, between, fictionPhone, pick } from "./people";

export interface DemoParticipant {
  personalIdentityNumber: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  email: string | null;
  street: string;
  postalCode: string;
  city: string;
  municipality: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** A 12-digit personnummer YYYYMMDDNNNC; the ninth digit of NNN is odd for men, even for women. */
function personalIdentityNumber(rand: () => number, female: boolean): string {
  const year = between(rand, 1960, 2004);
  const month = between(rand, 1, 12);
  const day = between(rand, 1, 28);
  const serial = between(rand, 0, 99) * 10 + (female ? 2 * between(rand, 0, 4) : 2 * between(rand, 0, 4) + 1);
  const nine = `${pad(year % 100, 2)}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}`;
  return `${year}${pad(month, 2)}${pad(day, 2)}${pad(serial, 3)}${luhnCheckDigit(nine)}`;
}

export class ParticipantFactory {
  private readonly pnrs = new Set<string>();
  private readonly emails = new Set<string>();
  private count = 0;

  constructor(private readonly rand: () => number) {}

  make(unit: UnitKey, interpreterLanguage: string | null): DemoParticipant {
    const rand = this.rand;
    const n = this.count++;
    const female = rand() < 0.5;
    const names = interpreterLanguage ? INTERPRETER_NAMES[interpreterLanguage] : null;
    const firstName = names ? pick(rand, female ? names.female : names.male) : pick(rand, female ? FEMALE_NAMES : MALE_NAMES);
    const lastName = names ? pick(rand, names.last) : pick(rand, LAST_NAMES);

    let pnr = personalIdentityNumber(rand, female);
    while (this.pnrs.has(pnr)) pnr = personalIdentityNumber(rand, female);
    this.pnrs.add(pnr);

    let email = `${asciiSlug(firstName)}.${asciiSlug(lastName)}@example.se`;
    for (let k = 2; this.emails.has(email); k++) email = `${asciiSlug(firstName)}.${asciiSlug(lastName)}${k}@example.se`;
    this.emails.add(email);

    const home = HOME_AREAS[unit];
    const at = Math.floor(rand() * home.streets.length);
    return {
      personalIdentityNumber: pnr,
      firstName,
      lastName,
      phone: n % 17 === 16 ? null : fictionPhone(n),
      // a few without e-mail, so the card's "Info saknas" shows
      email: n % 11 === 10 ? null : email,
      street: `${home.streets[at]} ${between(rand, 1, 60)}`,
      postalCode: home.postalCodes[at],
      city: home.city,
      municipality: home.municipality,
    };
  }
}
