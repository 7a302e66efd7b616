// Shared by the administration forms (zodResolver) and the server actions.
import { z } from "@/lib/validation/zod";
import { Permission } from "@/lib/generated/prisma/enums";
import { PHONE_MAX_LENGTH, PHONE_MESSAGE, swedishPhoneDigits, tidyPhone } from "@/lib/validation/phone";

const UNIT_PERMISSIONS: Permission[] = ["RECEIVE_PARTICIPANTS", "REPORTING"];

export const accessInput = z
  .object({
    permissions: z.array(z.enum(Permission, { error: "Okänd behörighet." })).max(3),
    unitScope: z.enum(["ALL", "SELECTED"], { error: "Välj vilka utförande verksamheter personen ska ha." }),
    unitIds: z.array(z.uuid({ error: "Okänd utförande verksamhet." }), { error: "Välj utförande verksamheter." }),
  })
  .superRefine((v, ctx) => {
    const needsUnits = v.permissions.some((p) => UNIT_PERMISSIONS.includes(p));
    if (needsUnits && v.unitScope === "SELECTED" && v.unitIds.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["unitIds"],
        message: "Välj minst en utförande verksamhet, eller alla, för de valda behörigheterna.",
      });
    }
  });
export type AccessInput = z.infer<typeof accessInput>;

export const inviteStaffInput = z.intersection(
  z.object({
    name: z.string({ error: "Ange personens namn." }).trim().min(2, "Ange personens namn.").max(120, "Namnet får ha högst 120 tecken."),
    email: z.string({ error: "Ange en e-postadress." }).trim().toLowerCase().min(1, "Ange en e-postadress.").email("Ange en giltig e-postadress.").max(254),
  }),
  accessInput,
);
export type InviteStaffInput = z.infer<typeof inviteStaffInput>;

export const staffListQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  withoutPermissions: z.coerce.boolean().optional().catch(false),
  status: z.enum(["active", "inactive", "all"]).optional().catch("active"),
  sort: z.enum(["name", "email", "createdAt"]).optional().catch("name"),
  dir: z.enum(["asc", "desc"]).optional().catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(1),
});
export type StaffListQuery = z.infer<typeof staffListQuery>;

/**
 * A staff member's work phone (shown in the välkomstbrev): empty removes it; otherwise a Swedish
 * number (lib/validation/phone.ts). `storedPhone` gives what is saved.
 */
export const workPhone = z
  .string({ error: PHONE_MESSAGE })
  .max(PHONE_MAX_LENGTH, `Telefonnumret får ha högst ${PHONE_MAX_LENGTH} tecken.`)
  .refine((v) => v.trim() === "" || swedishPhoneDigits(v) !== null, PHONE_MESSAGE);

/** What is saved for a valid `workPhone`: null for empty, else the number with its white space tidied. */
export function storedPhone(valid: string): string | null {
  return valid.trim() === "" ? null : tidyPhone(valid);
}

export const ownPhoneInput = z.object({ phone: workPhone });
export type OwnPhoneInput = z.infer<typeof ownPhoneInput>;

export const memberPhoneInput = z.object({ membershipId: z.uuid(), phone: workPhone });
export type MemberPhoneInput = z.infer<typeof memberPhoneInput>;
