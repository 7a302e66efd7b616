// Which result compensation an approved Resultatredovisning gives. Pure functions.
// Sources (DOMAIN.md): RoM1 pays one result for work (part- or full-time) lasting at least
// four months, or full-time studies; RoM2 requires six months and pays in two parts, after
// three and after six months; the speed bonus and the supplement are halved in RoM2 (the
// price list carries that). Labour-market training (AUB) never gives a result order.
import { addMonths, format, parseISO } from "date-fns";
import type { Article, Level, ServiceVersion } from "@/lib/generated/prisma/enums";
import { daysBetween } from "@/lib/decisions/periods";
import { priceFor, type PriceRow } from "./lines";

export interface ResultFacts {
  type: "EMPLOYMENT" | "SELF_EMPLOYMENT" | "EDUCATION" | "LABOUR_MARKET_TRAINING";
  extent: "FULL_TIME" | "PART_TIME";
  startDate: string;
  endDate?: string | null;
}

export const REQUIRED_MONTHS: Record<ServiceVersion, number> = { ROM1: 4, ROM2: 6 };
/** *(assumed)* A result that starts within this many days of the service start earns the speed bonus. */
export const SPEED_BONUS_DAYS = 90;
/** *(assumed)* The supplement (tilläggsersättning) is paid for participants at level C. */
export const SUPPLEMENT_LEVELS: Level[] = ["C"];

function lastsAtLeast(r: ResultFacts, months: number): boolean {
  if (!r.endDate) return true; // no end date: an ongoing employment
  return r.endDate >= format(addMonths(parseISO(r.startDate), months), "yyyy-MM-dd");
}

/** The first result in the report that gives result compensation, if any. */
export function qualifyingResult(results: ResultFacts[], version: ServiceVersion): ResultFacts | null {
  for (const r of [...results].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
    if (r.type === "LABOUR_MARKET_TRAINING") continue;
    if (r.type === "EDUCATION" ? r.extent === "FULL_TIME" : lastsAtLeast(r, REQUIRED_MONTHS[version])) return r;
  }
  return null;
}

export interface ResultLine {
  article: Article;
  label: string;
  amountOre: number;
}

export function resultOrderLines(input: {
  serviceVersion: ServiceVersion;
  level: Level;
  serviceStart: string;
  results: ResultFacts[];
  prices: PriceRow[];
  on: string;
}): { lines: ResultLine[]; reason: string } {
  const result = qualifyingResult(input.results, input.serviceVersion);
  if (!result) {
    return { lines: [], reason: `Ingen resultatersättning: inget arbete på minst ${REQUIRED_MONTHS[input.serviceVersion]} månader eller heltidsstudier (arbetsmarknadsutbildning räknas inte).` };
  }
  const price = (article: Article) => priceFor(input.prices, { serviceVersion: input.serviceVersion, level: input.level, article }, input.on);
  const lines: ResultLine[] = [];
  const push = (article: Article, label: string) => {
    const amount = price(article);
    if (amount !== null) lines.push({ article, label, amountOre: amount });
  };
  if (input.serviceVersion === "ROM2") {
    push("RESULT_1", "Resultatersättning del 1 (efter tre månader)");
    push("RESULT_2", "Resultatersättning del 2 (efter sex månader)");
  } else {
    push("RESULT_1", "Resultatersättning");
  }
  if (daysBetween(input.serviceStart, result.startDate) <= SPEED_BONUS_DAYS) push("SPEED_BONUS", "Snabbhetspremie");
  if (SUPPLEMENT_LEVELS.includes(input.level)) push("SUPPLEMENT", "Tilläggsersättning");
  return { lines, reason: lines.length ? "" : "Det finns inget pris för resultatersättning i prislistan." };
}
