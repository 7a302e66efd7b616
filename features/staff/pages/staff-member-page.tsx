import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/authz/guard";
import { NotFoundError } from "@/lib/authz/errors";
import { getStaffMember, listSupplierUnits } from "@/features/staff/queries";
import { formatDateTime } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { EditAccessForm } from "@/features/staff/components/edit-access-form";
import { AccountStatusPanel } from "@/features/staff/components/account-status-panel";
import { MemberPhoneForm } from "@/features/staff/components/member-phone-form";
import { describeAuditEvent } from "@/features/staff/history";

export const metadata: Metadata = { title: "Användare" };

export async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireStaff("manageStaff");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const member = await getStaffMember(actor, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const units = await listSupplierUnits(actor);
  return (
    <>
      <Breadcrumbs
        items={[{ href: "/start", label: "Hem" }, { href: "/administration/anvandare", label: "Administration" }, { label: member.name }]}
      />
      <h1 className="mb-1 text-2xl font-semibold">{member.name}</h1>
      <p className="mb-4">
        {member.email} · {!member.active ? "Inaktiverad" : member.invitationPending ? "Inbjuden, har inte tackat ja än" : "Aktiv"}
        {member.activeAssignments ? ` · Handledare för ${member.activeAssignments} deltagare` : ""}
      </p>
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="access" className="rounded bg-white p-6 shadow">
          <h2 id="access" className="mb-4 text-lg font-semibold">Behörigheter och utförande verksamheter</h2>
          <EditAccessForm
            membershipId={member.membershipId}
            units={units}
            defaults={{ permissions: member.permissions, unitScope: member.allUnits ? "ALL" : "SELECTED", unitIds: member.unitIds }}
            disabled={!member.active}
          />
          <h2 id="telefon" className="mb-2 mt-8 border-t pt-6 text-lg font-semibold">Telefon i arbetet</h2>
          {member.invitationPending ? (
            <p>Telefonnumret kan anges när personen har tackat ja till inbjudan.</p>
          ) : (
            <MemberPhoneForm membershipId={member.membershipId} current={member.phone} disabled={!member.active} name={member.name} />
          )}
        </section>
        <AccountStatusPanel membershipId={member.membershipId} active={member.active} invitationPending={member.invitationPending}
          participants={member.activeAssignments} moveHref={`/administration/arbetsbelastning?fran=${member.userId}`} />
      </div>
      <section aria-labelledby="hist" className="mt-6 rounded bg-white p-6 shadow">
        <h2 id="hist" className="mb-2 text-lg font-semibold">Historik</h2>
        <ul className="space-y-1 text-sm">
          {member.history.map((h) => (
            <li key={h.id}>
              {formatDateTime(h.at)}: {describeAuditEvent(h.action)}{h.by ? ` (av ${h.by})` : ""}
              {h.changes.length ? (
                <ul className="ml-5 list-disc text-gray-800">
                  {h.changes.map((c) => <li key={c}>{c}</li>)}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
