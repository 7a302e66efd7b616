// The demo's organisations: delivery areas, two suppliers, five performing units and
// the accounts that sign in to them. Every account uses DEMO_PASSWORD.
import type { Permission, ServiceVersion } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "Demo-losen-2026";

export const AREAS = [
  { key: "sthlm", code: "0180-STHLM", name: "Stockholm" },
  { key: "gbg", code: "1480-GBG", name: "Göteborg" },
  { key: "mlm", code: "1280-MLM", name: "Malmö" },
] as const;
export type AreaKey = (typeof AREAS)[number]["key"];

export type SupplierKey = "fv" | "ns";

export const SUPPLIERS: { key: SupplierKey; name: string; orgNumber: string; serviceVersion: ServiceVersion; areas: AreaKey[] }[] = [
  { key: "fv", name: "Framtidsvägen AB", orgNumber: "5590123450", serviceVersion: "ROM2", areas: ["sthlm"] },
  { key: "ns", name: "Nordstjärnan Kompetens AB", orgNumber: "5569876542", serviceVersion: "ROM1", areas: ["gbg", "mlm"] },
];

export type UnitKey = "city" | "sodertalje" | "solna" | "goteborg" | "malmo";

export interface UnitSpec {
  key: UnitKey;
  supplier: SupplierKey;
  area: AreaKey;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  municipality: string;
}

export const UNITS: UnitSpec[] = [
  { key: "city", supplier: "fv", area: "sthlm", name: "Framtidsvägen Stockholm City", street: "Drottninggatan 10", postalCode: "111 51", city: "Stockholm", municipality: "Stockholm" },
  { key: "sodertalje", supplier: "fv", area: "sthlm", name: "Framtidsvägen Södertälje", street: "Storgatan 5", postalCode: "151 72", city: "Södertälje", municipality: "Södertälje" },
  { key: "solna", supplier: "fv", area: "sthlm", name: "Framtidsvägen Solna", street: "Solnavägen 3", postalCode: "171 45", city: "Solna", municipality: "Solna" },
  { key: "goteborg", supplier: "ns", area: "gbg", name: "Nordstjärnan Göteborg", street: "Kungsgatan 20", postalCode: "411 19", city: "Göteborg", municipality: "Göteborg" },
  { key: "malmo", supplier: "ns", area: "mlm", name: "Nordstjärnan Malmö", street: "Södra Förstadsgatan 8", postalCode: "211 43", city: "Malmö", municipality: "Malmö" },
];

export interface MembershipSpec {
  supplier: SupplierKey;
  permissions: Permission[];
  allUnits?: boolean;
  units?: UnitKey[];
  /** false: the membership is deactivated (the person has left the organisation) */
  active?: boolean;
}

export interface AccountSpec {
  email: string;
  name: string;
  kind: "SUPPLIER_STAFF" | "OFFICER";
  /** work phone, from PTS's series for fiction (08-46 50 04 xx, 031-390 06 xx, 040-628 04 xx) */
  phone?: string;
  description: string;
  memberships: MembershipSpec[];
}

const ALL: Permission[] = ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS", "REPORTING"];

export const ACCOUNTS: AccountSpec[] = [
  // Framtidsvägen AB
  { email: "admin@framtidsvagen.example.se", name: "Anna Admin", kind: "SUPPLIER_STAFF",
    description: "Framtidsvägen: administrerar behörigheter för hela organisationen, ser inga deltagare.",
    memberships: [{ supplier: "fv", permissions: ["ADMINISTER_PERMISSIONS"] }] },
  { email: "alla@framtidsvagen.example.se", name: "Ali Allbehörig", kind: "SUPPLIER_STAFF", phone: "08-46 50 04 10",
    description: "Framtidsvägen: alla tre behörigheter på alla utförande verksamheter.",
    memberships: [{ supplier: "fv", permissions: ALL, allUnits: true }] },
  { email: "mottagare@framtidsvagen.example.se", name: "Maja Mottagare", kind: "SUPPLIER_STAFF",
    description: "Framtidsvägen: tar emot nya deltagare och fördelar handledare i Stockholm City och Södertälje.",
    memberships: [{ supplier: "fv", permissions: ["RECEIVE_PARTICIPANTS"], units: ["city", "sodertalje"] }] },
  { email: "handledare@framtidsvagen.example.se", name: "Hugo Handledare", kind: "SUPPLIER_STAFF", phone: "08-46 50 04 11",
    description: "Framtidsvägen: handledare med rapportering i Stockholm City.",
    memberships: [{ supplier: "fv", permissions: ["REPORTING"], units: ["city"] }] },
  { email: "handledare2@framtidsvagen.example.se", name: "Sara Svensson", kind: "SUPPLIER_STAFF", phone: "08-46 50 04 12",
    description: "Framtidsvägen: handledare med rapportering i Stockholm City och Solna.",
    memberships: [{ supplier: "fv", permissions: ["REPORTING"], units: ["city", "solna"] }] },
  { email: "mottagare.rapport@framtidsvagen.example.se", name: "Mira Mottagare-Rapport", kind: "SUPPLIER_STAFF", phone: "08-46 50 04 13",
    description: "Framtidsvägen: tar emot nya deltagare och rapporterar i Södertälje.",
    memberships: [{ supplier: "fv", permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], units: ["sodertalje"] }] },
  { email: "admin.mottagare@framtidsvagen.example.se", name: "Adam Admin-Mottagare", kind: "SUPPLIER_STAFF",
    description: "Framtidsvägen: administrerar behörigheter och tar emot nya deltagare i Solna.",
    memberships: [{ supplier: "fv", permissions: ["ADMINISTER_PERMISSIONS", "RECEIVE_PARTICIPANTS"], units: ["solna"] }] },
  { email: "admin.rapport@framtidsvagen.example.se", name: "Alva Admin-Rapport", kind: "SUPPLIER_STAFF",
    description: "Framtidsvägen: administrerar behörigheter och rapporterar i Stockholm City.",
    memberships: [{ supplier: "fv", permissions: ["ADMINISTER_PERMISSIONS", "REPORTING"], units: ["city"] }] },
  { email: "utan.behorighet@framtidsvagen.example.se", name: "Ulf Utanbehörighet", kind: "SUPPLIER_STAFF",
    description: "Framtidsvägen: konto utan behörigheter; kan logga in men ser ingenting.",
    memberships: [{ supplier: "fv", permissions: [] }] },
  { email: "inaktiv@framtidsvagen.example.se", name: "Ines Inaktiv", kind: "SUPPLIER_STAFF",
    description: "Framtidsvägen: avslutat konto (rapportering i Stockholm City); kommer inte åt organisationen.",
    memberships: [{ supplier: "fv", permissions: ["REPORTING"], units: ["city"], active: false }] },
  // Nordstjärnan Kompetens AB
  { email: "admin@nordstjarnan.example.se", name: "Nils Nordadmin", kind: "SUPPLIER_STAFF",
    description: "Nordstjärnan: administrerar behörigheter för hela organisationen.",
    memberships: [{ supplier: "ns", permissions: ["ADMINISTER_PERMISSIONS"] }] },
  { email: "handledare@nordstjarnan.example.se", name: "Nora Handledare", kind: "SUPPLIER_STAFF", phone: "031-390 06 10",
    description: "Nordstjärnan: tar emot nya deltagare och rapporterar på alla utförande verksamheter.",
    memberships: [{ supplier: "ns", permissions: ["RECEIVE_PARTICIPANTS", "REPORTING"], allUnits: true }] },
  { email: "handledare.malmo@nordstjarnan.example.se", name: "Malte Malmö", kind: "SUPPLIER_STAFF", phone: "040-628 04 10",
    description: "Nordstjärnan: handledare med rapportering i Malmö.",
    memberships: [{ supplier: "ns", permissions: ["REPORTING"], units: ["malmo"] }] },
  // Works for both suppliers
  { email: "konsult@example.se", name: "Kim Konsult", kind: "SUPPLIER_STAFF",
    description: "Två organisationer: rapportering i Framtidsvägen Stockholm City och tar emot nya deltagare i Nordstjärnan Göteborg.",
    memberships: [
      { supplier: "fv", permissions: ["REPORTING"], units: ["city"] },
      { supplier: "ns", permissions: ["RECEIVE_PARTICIPANTS"], units: ["goteborg"] },
    ] },
  // Arbetsförmedlingen
  { email: "handlaggare@arbetsformedlingen.example.se", name: "Hanna Handläggare", kind: "OFFICER",
    description: "Arbetsförmedlingen: handläggare som fattar beslut och registrerar avbrott.", memberships: [] },
  { email: "handlaggare2@arbetsformedlingen.example.se", name: "Henrik Handläggare", kind: "OFFICER",
    description: "Arbetsförmedlingen: handläggare som fattar beslut och registrerar avbrott.", memberships: [] },
];

export const DEMO_ACCOUNTS: { email: string; name: string; description: string }[] = ACCOUNTS.map(({ email, name, description }) => ({
  email,
  name,
  description,
}));

/** Does the membership reach the unit (through "all units" or the unit list)? */
export function reaches(m: MembershipSpec, unit: UnitSpec): boolean {
  return m.supplier === unit.supplier && (m.allUnits === true || (m.units ?? []).includes(unit.key));
}

/** Accounts that can be handledare at a unit: active membership with REPORTING there. */
export function handledareAt(unit: UnitSpec): AccountSpec[] {
  return ACCOUNTS.filter((a) => a.memberships.some((m) => m.active !== false && m.permissions.includes("REPORTING") && reaches(m, unit)));
}

/** Accounts that can assign at a unit: RECEIVE_PARTICIPANTS there, else the organisation's administrators. */
export function assignersAt(unit: UnitSpec): AccountSpec[] {
  const receivers = ACCOUNTS.filter((a) =>
    a.memberships.some((m) => m.active !== false && m.permissions.includes("RECEIVE_PARTICIPANTS") && reaches(m, unit)),
  );
  if (receivers.length) return receivers;
  return ACCOUNTS.filter((a) => a.memberships.some((m) => m.supplier === unit.supplier && m.permissions.includes("ADMINISTER_PERMISSIONS")));
}

export const OFFICER_EMAILS = ACCOUNTS.filter((a) => a.kind === "OFFICER").map((a) => a.email);
