// Which result compensation an approved Resultatredovisning gives. Pure functions.
// Sources (DOMAIN.md): RoM1 pays one result for work (part- or full-time) lasting at least
// four months, or full-time studies; RoM2 requires six months and pays in two parts, after
// three and after six months; the speed bonus and the supplement are halved in RoM2 (the
// price list carries that). Labour-market training (AUB) never gives a result order.
import { addDays, addMonths, format, parseISO } from "date-fns";
import type { Article, Level, ServiceVersion } from "@/lib/generated/prisma/enums";
import { daysBetween } from "@/features/decisions/periods";
import { priceFor, type PriceRow } from "./lines";

export interface ResultFacts {
  type: "EMPLOYMENT" | "SELF_EMPLOYMENT" | "EDUCATION" | "LABOUR_MARKET_TRAINING";
  extent: "FULL_TIME" | "PART_TIME";
  startDate: string;
  endDate?: string | null;
}

/**
 * The result's parts and the months in the job or studies after which each may be invoiced,
 * counted from the start date reported. RoM1: one result after four months; RoM2: part 1 after
 * three months, part 2 after six. A job must last until a part's date to earn that part
 * (RoM2: a job of three to six months earns part 1 only) *(assumed: the sources give the
 * months, not what a shorter job earns)*. Full-time studies follow the same dates *(assumed)*.
 */
export const RESULT_PARTS: Record<ServiceVersion, { article: Extract<Article, "RESULT_1" | "RESULT_2">; months: number; label: string }[]> = {
  ROM1: [{ article: "RESULT_1", months: 4, label: "Resultatersättning (efter fyra månader)" }],
  ROM2: [
    { article: "RESULT_1", months: 3, label: "Resultatersättning del 1 (efter tre månader)" },
    { article: "RESULT_2", months: 6, label: "Resultatersättning del 2 (efter sex månader)" },
  ],
};
/** *(assumed)* A result that starts within this many days of the service start earns the speed bonus. */
export const SPEED_BONUS_DAYS = 90;
/** *(assumed)* The supplement (tilläggsersättning) is paid for participants at level C. */
export const SUPPLEMENT_LEVELS: Level[] = ["C"];

const plusMonths = (date: string, months: number) => format(addMonths(parseISO(date), months), "yyyy-MM-dd");

/** The job or studies still go on `months` after their start (no end date: ongoing). */
function lastsAtLeast(r: ResultFacts, months: number): boolean {
  if (r.type === "EDUCATION") return r.extent === "FULL_TIME";
  // Lasting three months from 1 July means working until 30 September, the day before the part's date.
  return !r.endDate || r.endDate >= format(addDays(addMonths(parseISO(r.startDate), months), -1), "yyyy-MM-dd");
}

/** The first result in the report that earns at least the first part, if any. */
export function qualifyingResult(results: ResultFacts[], version: ServiceVersion): ResultFacts | null {
  const first = RESULT_PARTS[version][0].months;
  for (const r of [...results].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))) {
    if (r.type === "LABOUR_MARKET_TRAINING") continue;
    if (lastsAtLeast(r, first)) return r;
  }
  return null;
}

export interface ResultLine {
  article: Article;
  label: string;
  amountOre: number;
  /** the first day the line may be invoiced */
  invoiceableFrom: string;
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
    return { lines: [], reason: `Ingen resultatersättning: inget arbete på minst ${RESULT_PARTS[input.serviceVersion][0].months} månader eller heltidsstudier (arbetsmarknadsutbildning räknas inte).` };
  }
  const price = (article: Article) => priceFor(input.prices, { serviceVersion: input.serviceVersion, level: input.level, article }, input.on);
  const lines: ResultLine[] = [];
  const push = (article: Article, label: string, invoiceableFrom: string) => {
    const amount = price(article);
    if (amount !== null) lines.push({ article, label, amountOre: amount, invoiceableFrom });
  };
  const parts = RESULT_PARTS[input.serviceVersion].filter((p) => lastsAtLeast(result, p.months));
  for (const p of parts) push(p.article, p.label, plusMonths(result.startDate, p.months));
  // The speed bonus and the supplement follow the first part *(assumed)*.
  const firstDate = plusMonths(result.startDate, parts[0].months);
  if (daysBetween(input.serviceStart, result.startDate) <= SPEED_BONUS_DAYS) push("SPEED_BONUS", "Snabbhetspremie", firstDate);
  if (SUPPLEMENT_LEVELS.includes(input.level)) push("SUPPLEMENT", "Tilläggsersättning", firstDate);
  return { lines, reason: lines.length ? "" : "Det finns inget pris för resultatersättning i prislistan." };
}
