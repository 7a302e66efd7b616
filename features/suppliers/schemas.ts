// Shared by the officer's supplier forms (zodResolver) and the server actions.
// Every normalisation (trim, org number to ten digits, postal code to "NNN NN") is an
// idempotent check, not a transform: the client sends the parsed values, the server parses
// them again, and one bad field does not hide the messages of the others.
import { z } from "@/lib/validation/zod";
import { ServiceVersion } from "@/lib/generated/prisma/enums";
import { parseOrgNumber } from "@/lib/validation/org-number";

export const SERVICE_VERSION_LABELS: Record<ServiceVersion, string> = {
  ROM1: "Rusta och matcha",
  ROM2: "Rusta och matcha 2",
};

export const SUPPLIER_PAGE_SIZE = 20;
export const MAX_UNITS_PER_REGISTRATION = 50;

function text(opts: { required: string; min?: number; max: number; tooLong: string }) {
  return z
    .string({ error: opts.required })
    .trim()
    .min(opts.min ?? 2, opts.required)
    .max(opts.max, opts.tooLong);
}

const POSTAL_CODE = /^\d{3} ?\d{2}$/;

/** Swedish postnummer, "NNN NN" or "NNNNN", stored as "NNN NN". */
export const postalCode = z
  .string({ error: "Ange postnummer." })
  .trim()
  .min(1, "Ange postnummer.")
  .superRefine((v, ctx) => {
    if (v !== "" && !POSTAL_CODE.test(v)) ctx.addIssue({ code: "custom", message: "Ange postnumret som NNN NN, till exempel 111 22.", input: v });
  })
  .overwrite((v) => (POSTAL_CODE.test(v) ? `${v.slice(0, 3)} ${v.slice(-2)}` : v));

export const orgNumber = z
  .string({ error: "Ange organisationsnummer." })
  .trim()
  .min(1, "Ange organisationsnummer.")
  .superRefine((v, ctx) => {
    if (v === "") return; // "Ange organisationsnummer." is enough
    const parsed = parseOrgNumber(v);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message, input: v });
  })
  // Checks (not transforms) so that the other fields' messages still show beside this one.
  .overwrite((v) => {
    const parsed = parseOrgNumber(v);
    return parsed.ok ? parsed.value : v;
  });

const deliveryAreaId = z.uuid({ error: "Välj leveransområde." });

export const unitFields = {
  name: text({ required: "Ange verksamhetens namn.", max: 200, tooLong: "Namnet får ha högst 200 tecken." }),
  street: text({ required: "Ange gatuadress.", max: 200, tooLong: "Gatuadressen får ha högst 200 tecken." }),
  postalCode,
  city: text({ required: "Ange postort.", max: 100, tooLong: "Postorten får ha högst 100 tecken." }),
  municipality: text({ required: "Ange kommun.", max: 100, tooLong: "Kommunen får ha högst 100 tecken." }),
  deliveryAreaId,
};

export const unitInput = z.object(unitFields);
export type UnitInput = z.infer<typeof unitInput>;

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("sv") === b.trim().toLocaleLowerCase("sv");

export const registerSupplierInput = z
  .object({
    name: text({ required: "Ange leverantörens namn.", max: 200, tooLong: "Namnet får ha högst 200 tecken." }),
    orgNumber,
    serviceVersion: z.enum(ServiceVersion, { error: "Välj tjänst." }),
    deliveryAreaIds: z
      .array(z.uuid({ error: "Okänt leveransområde." }), { error: "Välj minst ett leveransområde." })
      .min(1, "Välj minst ett leveransområde."),
    units: z
      .array(unitInput, { error: "Lägg till minst en utförande verksamhet." })
      .min(1, "Lägg till minst en utförande verksamhet.")
      .max(MAX_UNITS_PER_REGISTRATION, `Högst ${MAX_UNITS_PER_REGISTRATION} utförande verksamheter kan registreras på en gång.`),
    admin: z.object(
      {
        name: text({ required: "Ange behörighetsadministratörens namn.", max: 120, tooLong: "Namnet får ha högst 120 tecken." }),
        email: z
          .string({ error: "Ange en e-postadress." })
          .trim()
          .toLowerCase()
          .min(1, "Ange en e-postadress.")
          .email("Ange en giltig e-postadress.")
          .max(254, "E-postadressen får ha högst 254 tecken."),
      },
      { error: "Ange behörighetsadministratören." },
    ),
  })
  .superRefine((v, ctx) => {
    if (!Array.isArray(v.units) || !Array.isArray(v.deliveryAreaIds)) return;
    v.units.forEach((unit, i) => {
      // An empty or malformed area already has its own message.
      if (deliveryAreaId.safeParse(unit.deliveryAreaId).success && !v.deliveryAreaIds.includes(unit.deliveryAreaId)) {
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "deliveryAreaId"],
          message: "Välj ett av leverantörens valda leveransområden.",
        });
      }
      if (unit.name.length >= 2 && v.units.slice(0, i).some((earlier) => sameName(earlier.name, unit.name))) {
        ctx.addIssue({ code: "custom", path: ["units", i, "name"], message: "Två utförande verksamheter kan inte ha samma namn." });
      }
    });
  });
export type RegisterSupplierInput = z.infer<typeof registerSupplierInput>;
export type RegisterSupplierFormValues = z.input<typeof registerSupplierInput>;

export const addUnitInput = z.object({
  supplierId: z.uuid({ error: "Okänd leverantör." }),
  ...unitFields,
});
export type AddUnitInput = z.infer<typeof addUnitInput>;
export type AddUnitFormValues = z.input<typeof addUnitInput>;

export const supplierListQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1),
});
export type SupplierListQuery = z.infer<typeof supplierListQuery>;
