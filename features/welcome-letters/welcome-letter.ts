// The welcome letter's texts (välkomstbrev) in the languages it is offered in. The page
// chooses the language per letter and lays the paragraphs out; every sentence lives here.
// The facts hold no personal identity number, so no language can print one.
import { format } from "date-fns";
import { enGB } from "date-fns/locale";
import { formatDate } from "@/lib/format";

export const LETTER_LANGUAGES = ["sv", "en"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** The names of the languages in themselves, for the switch on the page. */
export const LETTER_LANGUAGE_NAMES: Record<LetterLanguage, string> = { sv: "Svenska", en: "English" };

/** `?sprak=en` gives the English letter; anything else the Swedish one. */
export function letterLanguage(param: string | string[] | undefined): LetterLanguage {
  const value = Array.isArray(param) ? param[0] : param;
  return value?.toLowerCase() === "en" ? "en" : "sv";
}

export interface WelcomeLetterFacts {
  /** YYYY-MM-DD: the letter's date */
  today: string;
  firstName: string;
  serviceName: string;
  supplierName: string;
  periodStart: string;
  periodEnd: string;
  handledare: { name: string; email: string; phone: string | null } | null;
  firstMeetingDate: string | null;
  implementationReference: string;
}

export interface WelcomeLetter {
  date: string;
  title: string;
  greeting: string;
  /** before the address of the unit */
  intro: string[];
  whereHeading: string;
  /** after it */
  outro: string[];
}

function englishDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return format(new Date(y, m - 1, d), "d MMMM yyyy", { locale: enGB });
}

const known = (phone: string | null | undefined) => (phone?.trim() ? phone.trim() : null);

/**
 * What the letter says of the first meeting on the day it is printed: booked (today or later),
 * to be booked (none yet), or nothing (it has taken place: a letter printed late must not
 * promise a meeting that is already past).
 */
export function firstMeetingOn(f: Pick<WelcomeLetterFacts, "today" | "firstMeetingDate">): "booked" | "to-book" | "held" {
  if (!f.firstMeetingDate) return "to-book";
  return f.firstMeetingDate >= f.today ? "booked" : "held";
}

function swedish(f: WelcomeLetterFacts): WelcomeLetter {
  const h = f.handledare;
  const phone = known(h?.phone);
  const meeting = firstMeetingOn(f);
  return {
    date: formatDate(f.today),
    title: `Välkommen till ${f.serviceName}!`,
    greeting: `Hej ${f.firstName}!`,
    intro: [
      `Arbetsförmedlingen har beslutat att du ska delta i ${f.serviceName} hos ${f.supplierName}. Din period pågår från ${formatDate(f.periodStart)} till ${formatDate(f.periodEnd)}.`,
      ...(h
        ? [
            meeting === "booked"
              ? `Din handledare är ${h.name}. Ert första möte är bokat till ${formatDate(f.firstMeetingDate!)}.`
              : meeting === "to-book"
                ? `Din handledare är ${h.name}. Din handledare kontaktar dig för att boka ett första möte.`
                : `Din handledare är ${h.name}.`,
            phone ? `Du når din handledare på telefon ${phone} eller e-post ${h.email}.` : `Du når din handledare på e-post ${h.email}.`,
          ]
        : ["Du får snart veta vem som blir din handledare."]),
    ],
    whereHeading: "Här finns vi",
    outro: [
      meeting === "held"
        ? `Ange genomförandereferensen ${f.implementationReference} om du kontaktar oss.`
        : `Ta med det här brevet till första mötet. Ange genomförandereferensen ${f.implementationReference} om du kontaktar oss.`,
      "Välkommen!",
    ],
  };
}

// The service, the agency and the reference keep their Swedish names (with an explanation
// the first time): they are what the participant will see and hear everywhere else.
function english(f: WelcomeLetterFacts): WelcomeLetter {
  const h = f.handledare;
  const phone = known(h?.phone);
  const meeting = firstMeetingOn(f);
  return {
    date: englishDate(f.today),
    title: `Welcome to ${f.serviceName}!`,
    greeting: `Dear ${f.firstName},`,
    intro: [
      `The Swedish Public Employment Service (Arbetsförmedlingen) has decided that you will take part in ${f.serviceName} with ${f.supplierName}. Your period runs from ${englishDate(f.periodStart)} to ${englishDate(f.periodEnd)}.`,
      ...(h
        ? [
            meeting === "booked"
              ? `Your coach (handledare) is ${h.name}. Your first meeting is booked for ${englishDate(f.firstMeetingDate!)}.`
              : meeting === "to-book"
                ? `Your coach (handledare) is ${h.name}. Your coach will contact you to book a first meeting.`
                : `Your coach (handledare) is ${h.name}.`,
            phone ? `You can reach your coach by phone on ${phone} or by e-mail at ${h.email}.` : `You can reach your coach by e-mail at ${h.email}.`,
          ]
        : ["You will soon hear who your coach (handledare) will be."]),
    ],
    whereHeading: "Where to find us",
    outro: [
      meeting === "held"
        ? `Quote the reference number (genomförandereferens) ${f.implementationReference} if you contact us.`
        : `Please bring this letter to your first meeting. Quote the reference number (genomförandereferens) ${f.implementationReference} if you contact us.`,
      "Welcome!",
    ],
  };
}

export function welcomeLetter(language: LetterLanguage, facts: WelcomeLetterFacts): WelcomeLetter {
  return language === "en" ? english(facts) : swedish(facts);
}
