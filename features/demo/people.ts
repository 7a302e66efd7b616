// Fixed name and address lists and a small seeded PRNG, so that the demo's people are
// the same every time it is seeded. Invented people; phone numbers are taken from the
// series PTS keeps for fiction (070-174 06 05 – 070-174 06 99).
import type { UnitKey } from "./organisation";

/** mulberry32: a tiny deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];
export const between = (rand: () => number, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));

export const FEMALE_NAMES = [
  "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Johanna", "Sofia", "Linnea",
  "Elin", "Ida", "Malin", "Jenny", "Camilla", "Ulrika", "Ebba", "Klara", "Ronja", "Agnes",
  "Birgitta", "Marianne", "Helena", "Therese",
] as const;

export const MALE_NAMES = [
  "Erik", "Lars", "Anders", "Johan", "Per", "Mikael", "Karl", "Peter", "Magnus", "Jonas",
  "Oskar", "Viktor", "Emil", "Gustav", "Fredrik", "Daniel", "Mattias", "Henrik", "Axel", "Linus",
  "Göran", "Leif", "Tobias", "Sebastian",
] as const;

export const LAST_NAMES = [
  "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
  "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
  "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg",
  "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
  "Fredriksson", "Sandberg", "Henriksson", "Ali", "Mohammed", "Hosseini", "Nyström", "Holm",
] as const;

/** Participants who need an interpreter get a name from the language's region. */
export const INTERPRETER_NAMES: Record<string, { female: string[]; male: string[]; last: string[] }> = {
  arabiska: { female: ["Fatima", "Layla", "Amira"], male: ["Ahmed", "Omar", "Khaled"], last: ["Haddad", "Khalil", "Saleh"] },
  somaliska: { female: ["Hodan", "Amina", "Sahra"], male: ["Abdirahman", "Mohamed", "Abdi"], last: ["Warsame", "Farah", "Hassan"] },
  tigrinja: { female: ["Selam", "Helen", "Senait"], male: ["Yonas", "Dawit", "Tesfay"], last: ["Tesfamariam", "Berhe", "Gebremedhin"] },
  dari: { female: ["Zahra", "Maryam", "Parisa"], male: ["Farid", "Ahmad", "Mustafa"], last: ["Ahmadi", "Rahimi", "Sultani"] },
};

export const INTERPRETER_LANGUAGES = ["arabiska", "somaliska", "tigrinja", "dari"] as const;

/** Home addresses near each performing unit: streets and postal codes of its city. */
export const HOME_AREAS: Record<UnitKey, { city: string; municipality: string; streets: string[]; postalCodes: string[] }> = {
  city: {
    city: "Stockholm", municipality: "Stockholm",
    streets: ["Hornsgatan", "Götgatan", "Sankt Eriksgatan", "Fleminggatan", "Ringvägen", "Odengatan", "Västmannagatan", "Folkungagatan"],
    postalCodes: ["113 21", "116 46", "112 39", "118 26", "117 28", "113 50", "112 21", "118 60"],
  },
  sodertalje: {
    city: "Södertälje", municipality: "Södertälje",
    streets: ["Hovsjövägen", "Ronnavägen", "Kvarngatan", "Järnagatan", "Genetevägen", "Brunnsängsvägen"],
    postalCodes: ["151 48", "151 52", "151 33", "151 38", "151 59", "152 42"],
  },
  solna: {
    city: "Solna", municipality: "Solna",
    streets: ["Råsundavägen", "Hagalundsgatan", "Frösundaleden", "Vasavägen", "Björnstigen", "Huvudstagatan"],
    postalCodes: ["169 50", "169 35", "169 70", "171 48", "170 77", "171 53"],
  },
  goteborg: {
    city: "Göteborg", municipality: "Göteborg",
    streets: ["Linnégatan", "Övre Husargatan", "Vårväderstorget", "Angeredsvägen", "Kvillebäcksgatan", "Majorsgatan", "Friskväderstorget"],
    postalCodes: ["413 04", "413 14", "418 72", "424 65", "417 05", "414 60", "418 36"],
  },
  malmo: {
    city: "Malmö", municipality: "Malmö",
    streets: ["Amiralsgatan", "Rosengårdsstråket", "Möllevångsgatan", "Lorensborgsgatan", "Sorgenfrivägen", "Ystadvägen"],
    postalCodes: ["214 37", "213 71", "214 20", "217 58", "214 64", "214 51"],
  },
};

/** Lower-case ASCII for e-mail addresses: "Jönsson" → "jonsson". */
export function asciiSlug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/é/g, "e")
    .replace(/[^a-z0-9]+/g, "");
}

/** The n-th number (0–94) of PTS's fiction series, formatted "070-174 06 nn". */
export function fictionPhone(n: number): string {
  const last = 605 + n;
  if (last > 699) throw new Error("Slut på fiktiva telefonnummer.");
  return `070-174 0${String(last)[0]} ${String(last).slice(1)}`;
}
