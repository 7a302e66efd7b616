// The reports beside planning and periodic reports (ParticipantReport): kinds, their Swedish
// names and addresses, and the Swedish labels of every closed choice in their forms.
// Pure and safe for client components.
import type { ParticipantReportKind, ReportStatus } from "@/lib/generated/prisma/enums";

export const REPORT_KINDS = ["ABSENCE", "DEVIATION", "INFORMATIVE", "WORK_SIGNAL", "RESULT", "FINAL"] as const satisfies readonly ParticipantReportKind[];
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The names the real portal uses; also `what` in the REPORT_OUTCOME event. */
export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  ABSENCE: "Avvikelserapport, frånvaro",
  DEVIATION: "Avvikelserapport, avvikelse",
  INFORMATIVE: "Informativ rapport",
  WORK_SIGNAL: "Signal om arbete eller studier",
  RESULT: "Resultatredovisning",
  FINAL: "Slutredovisning",
};

export const REPORT_KIND_HINTS: Record<ReportKind, string> = {
  ABSENCE: "Frånvaro över 15 minuter, när aktiviteten är slut.",
  DEVIATION: "Deltagaren har till exempel tackat nej till arbete eller stört verksamheten.",
  INFORMATIVE: "Behov av annan insats, hjälpmedel, teckenspråkstolk eller dialog med Arbetsförmedlingen.",
  WORK_SIGNAL: "Deltagaren ska börja arbeta eller studera.",
  RESULT: "Arbete eller studier som resultat av tjänsten.",
  FINAL: "Senast fem arbetsdagar efter att deltagaren lämnat tjänsten.",
};

/** Addresses: /deltagare/<id>/rapporter/ny/<slug> and the officer queue's type filter. */
export const REPORT_KIND_SLUGS: Record<ReportKind, string> = {
  ABSENCE: "franvaro",
  DEVIATION: "avvikelse",
  INFORMATIVE: "informativ",
  WORK_SIGNAL: "signal",
  RESULT: "resultat",
  FINAL: "slutredovisning",
};

export function kindFromSlug(slug: string | undefined): ReportKind | null {
  return REPORT_KINDS.find((k) => REPORT_KIND_SLUGS[k] === slug) ?? null;
}

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  RECEIVED: "Mottagen",
  APPROVED: "Godkänd",
  REJECTED: "Ej godkänd",
};

// --- Frånvaro

export const ABSENCE_EXTENTS = ["WHOLE_DAY", "PART_DAY"] as const;
export const ABSENCE_EXTENT_LABELS: Record<(typeof ABSENCE_EXTENTS)[number], string> = {
  WHOLE_DAY: "Hela dagen",
  PART_DAY: "Del av dagen",
};

export const ABSENCE_REASONS = ["SICK", "WORK", "UNKNOWN", "CHILD_CARE", "EDUCATION", "OTHER_KNOWN"] as const;
export const ABSENCE_REASON_LABELS: Record<(typeof ABSENCE_REASONS)[number], string> = {
  SICK: "Sjuk",
  WORK: "Arbete",
  UNKNOWN: "Okänd orsak",
  CHILD_CARE: "Vård av barn",
  EDUCATION: "Utbildning",
  OTHER_KNOWN: "Annan känd orsak",
};

export const OTHER_ABSENCE_REASONS = ["MEDICAL_APPOINTMENT", "FAMILY_MATTER", "AUTHORITY_MEETING", "JOB_INTERVIEW", "OTHER"] as const;
export const OTHER_ABSENCE_REASON_LABELS: Record<(typeof OTHER_ABSENCE_REASONS)[number], string> = {
  MEDICAL_APPOINTMENT: "Läkar- eller tandläkarbesök",
  FAMILY_MATTER: "Familjeangelägenhet",
  AUTHORITY_MEETING: "Möte med myndighet",
  JOB_INTERVIEW: "Anställningsintervju",
  OTHER: "Annan orsak",
};

// --- Avvikelse

export const DEVIATION_REASONS = ["DECLINED_ACTIVITY", "DECLINED_JOB", "CANNOT_BENEFIT", "MISCONDUCT", "PREVENTS_JOB"] as const;
export type DeviationReason = (typeof DEVIATION_REASONS)[number];
export const DEVIATION_REASON_LABELS: Record<DeviationReason, string> = {
  DECLINED_ACTIVITY: "Tackat nej till insats eller aktivitet",
  DECLINED_JOB: "Tackat nej till erbjudet arbete",
  CANNOT_BENEFIT: "Kan inte tillgodogöra sig programmet",
  MISCONDUCT: "Misskött sig eller stört verksamheten",
  PREVENTS_JOB: "Ser till att erbjudet arbete inte kommer till stånd",
};

/** The fields each deviation reason asks for, besides the date and the description. */
export const DEVIATION_FIELDS: Record<DeviationReason, readonly ("offeredActivity" | "offeredJob" | "employer" | "offeredDate")[]> = {
  DECLINED_ACTIVITY: ["offeredActivity", "offeredDate"],
  DECLINED_JOB: ["offeredJob", "employer", "offeredDate"],
  CANNOT_BENEFIT: [],
  MISCONDUCT: [],
  PREVENTS_JOB: ["offeredJob", "employer", "offeredDate"],
};

export const DEVIATION_FIELD_LABELS = {
  offeredActivity: "Erbjuden insats eller aktivitet",
  offeredJob: "Erbjudet arbete (yrke eller tjänst)",
  employer: "Arbetsgivare",
  offeredDate: "Datum då erbjudandet lämnades",
} as const;

// --- Informativ rapport

export const INFORMATIVE_CONCERNS = ["OTHER_SERVICE", "AIDS", "SIGN_LANGUAGE_INTERPRETER", "DIALOGUE"] as const;
export const INFORMATIVE_CONCERN_LABELS: Record<(typeof INFORMATIVE_CONCERNS)[number], string> = {
  OTHER_SERVICE: "Behov av annan insats",
  AIDS: "Behov av hjälpmedel",
  SIGN_LANGUAGE_INTERPRETER: "Behov av teckenspråkstolk",
  DIALOGUE: "Behov av dialog med Arbetsförmedlingen",
};

// --- Signal om arbete eller studier, resultatredovisning

export const SIGNAL_TYPES = ["WORK", "EDUCATION"] as const;
export const SIGNAL_TYPE_LABELS: Record<(typeof SIGNAL_TYPES)[number], string> = {
  WORK: "Arbete",
  EDUCATION: "Studier",
};

export const EXTENTS = ["FULL_TIME", "PART_TIME"] as const;
export type Extent = (typeof EXTENTS)[number];
export const EXTENT_LABELS: Record<Extent, string> = {
  FULL_TIME: "Heltid",
  PART_TIME: "Deltid",
};

export const RESULT_TYPES = ["EMPLOYMENT", "SELF_EMPLOYMENT", "EDUCATION", "LABOUR_MARKET_TRAINING"] as const;
export const RESULT_TYPE_LABELS: Record<(typeof RESULT_TYPES)[number], string> = {
  EMPLOYMENT: "Anställning",
  SELF_EMPLOYMENT: "Eget företag",
  EDUCATION: "Studier",
  LABOUR_MARKET_TRAINING: "Arbetsmarknadsutbildning (ger ingen resultatersättning)",
};

// --- Slutredovisning

export const FINAL_OCCUPATIONS = ["WORK", "EDUCATION", "JOB_SEEKING", "NEW_SUPPLIER", "OTHER"] as const;
export const FINAL_OCCUPATION_LABELS: Record<(typeof FINAL_OCCUPATIONS)[number], string> = {
  WORK: "Arbete",
  EDUCATION: "Studier",
  JOB_SEEKING: "Fortsatt arbetssökande",
  NEW_SUPPLIER: "Byte till ny leverantör",
  OTHER: "Annat",
};

/**
 * "Avvikelserapport, frånvaro: Ej godkänd": the effect of a REPORT_OUTCOME event (of any
 * report, planning or periodic report) in the event log and the events feed, which show the
 * officer's reason in a column of its own.
 */
export function reportOutcomeEffect(data: Record<string, unknown>): string {
  const what = typeof data.what === "string" ? data.what : "Rapport";
  const status = data.status === "APPROVED" || data.status === "REJECTED" ? data.status : "RECEIVED";
  return `${what}: ${REPORT_STATUS_LABELS[status]}`;
}
