// The demo data goes through the same checks as the forms that would have entered it: a
// supplier's organisation number (check digit), units' addresses, people's names and e-mail
// addresses, and every participant's personnummer. A seed that bypassed them once shipped an
// organisation number PEPPOL refuses (issue #13).
import { z } from "@/lib/validation/zod";
import { orgNumber, unitInput } from "@/features/suppliers/schemas";
import { inviteStaffInput } from "@/features/staff/schemas";
import { registerJobSeekerInput } from "@/features/decisions/schemas";
import type { PlannedDecision } from "./scenarios";
import { ACCOUNTS, SUPPLIERS, UNITS } from "./organisation";

const person = z.object({ name: inviteStaffInput.def.left.shape.name, email: inviteStaffInput.def.left.shape.email });

/** Every problem, as "what: field: message"; [] when the demo data would pass the forms. */
export function demoDataProblems(plan: PlannedDecision[]): string[] {
  const out: string[] = [];
  const check = (what: string, schema: z.ZodType, value: unknown) => {
    const res = schema.safeParse(value);
    if (!res.success) for (const i of res.error.issues) out.push(`${what}: ${i.path.join(".") || "värde"}: ${i.message}`);
  };
  for (const s of SUPPLIERS) check(`Leverantör ${s.name}`, orgNumber, s.orgNumber);
  for (const u of UNITS) check(`Verksamhet ${u.name}`, unitInput, { ...u, deliveryAreaId: "00000000-0000-4000-8000-000000000000" });
  for (const a of ACCOUNTS) check(`Konto ${a.email}`, person, { name: a.name, email: a.email });
  for (const d of plan) {
    const p = d.participant;
    check(`Deltagare ${p.firstName} ${p.lastName}`, registerJobSeekerInput, {
      ...p, phone: p.phone ?? "", email: p.email ?? "", street: p.street ?? "", postalCode: p.postalCode ?? "", city: p.city ?? "", municipality: p.municipality ?? "",
    });
  }
  return out;
}

export function assertDemoDataValid(plan: PlannedDecision[]): void {
  const problems = demoDataProblems(plan);
  if (problems.length) throw new Error(`Demodata klarar inte formulärens kontroller:\n${problems.join("\n")}`);
}
