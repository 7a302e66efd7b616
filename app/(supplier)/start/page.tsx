import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { can, PERMISSION_LABELS } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { reportsDue } from "@/lib/reports/periodic/service";
import { monthLabel } from "@/lib/reports/periodic/rules";
import { formatDate } from "@/lib/format";
import { today as clockToday } from "@/lib/clock";
import { countNewParticipants, listLackingFirstMeeting } from "@/lib/participants/new-participants";

export const metadata: Metadata = { title: "Hem" };

export default async function StartPage() {
  const actor = await requireStaff();
  const units = await db.performingUnit.findMany({
    where: { supplierId: actor.supplierId, id: { in: actor.unitIds } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, street: true, postalCode: true, city: true },
  });
  const newCount = can(actor, "receiveParticipants") ? await countNewParticipants(actor) : null;
  const due = can(actor, "reportOnParticipants") ? await reportsDue(actor, clockToday(), 10) : null;
  const lackingMeeting = can(actor, "receiveParticipants") || can(actor, "reportOnParticipants") ? await listLackingFirstMeeting(actor) : [];
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Välkommen, {actor.name}</h1>
      {actor.permissions.length === 0 ? (
        <p className="mb-4 rounded border-l-4 border-amber-700 bg-amber-50 p-4">
          Du har inga behörigheter i {actor.supplierName} ännu. Kontakta din behörighetsadministratör.
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <section className="rounded bg-white p-4 shadow" aria-labelledby="beh">
          <h2 id="beh" className="mb-2 text-lg font-semibold">
            Dina behörigheter i {actor.supplierName}
          </h2>
          {actor.permissions.length ? (
            <ul className="list-disc pl-5" data-testid="my-permissions">
              {actor.permissions.map((p) => (
                <li key={p}>{PERMISSION_LABELS[p]}</li>
              ))}
            </ul>
          ) : (
            <p>Inga behörigheter.</p>
          )}
        </section>
        <section className="rounded bg-white p-4 shadow" aria-labelledby="enh">
          <h2 id="enh" className="mb-2 text-lg font-semibold">
            Dina utförande verksamheter{actor.allUnits ? " (alla)" : ""}
          </h2>
          {units.length ? (
            <ul className="list-disc pl-5" data-testid="my-units">
              {units.map((u) => (
                <li key={u.id}>
                  {u.name}, {u.street}, {u.postalCode} {u.city}
                </li>
              ))}
            </ul>
          ) : (
            <p>Inga utförande verksamheter.</p>
          )}
        </section>
        {newCount !== null ? (
          <section className="rounded bg-white p-4 shadow" aria-labelledby="nya">
            <h2 id="nya" className="mb-2 text-lg font-semibold">
              Nya deltagare
            </h2>
            <p>
              {newCount} deltagare väntar på handledare.{" "}
              <Link href="/nya-deltagare" className="text-af-accent underline">
                Till Nya deltagare
              </Link>
            </p>
          </section>
        ) : null}
        {due?.total ? (
          <section className="rounded bg-white p-4 shadow" aria-labelledby="redov">
            <h2 id="redov" className="mb-2 text-lg font-semibold">Periodisk redovisning att skicka in ({due.total})</h2>
            <ul className="list-disc pl-5" data-testid="reports-due">
              {due.rows.map((r) => (
                <li key={`${r.decisionId}${r.month}`}>
                  <Link href={`/deltagare/${r.decisionId}/redovisning/${r.month.slice(0, 7)}`} className="text-af-accent underline">
                    {r.name}, {monthLabel(r.month)}
                  </Link>{" "}
                  <span className="text-sm">
                    {r.state === "overdue" ? "Försenad" : `senast ${formatDate(r.dueBy)}`}
                    {r.hasDraft ? ", utkast finns" : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {lackingMeeting.length ? (
          <section className="rounded bg-white p-4 shadow" aria-labelledby="mote">
            <h2 id="mote" className="mb-2 text-lg font-semibold">Saknar bokat första möte ({lackingMeeting.length})</h2>
            <ul className="list-disc pl-5" data-testid="lacking-first-meeting">
              {lackingMeeting.slice(0, 10).map((r) => (
                <li key={r.decisionId}>
                  <Link href={`/deltagare/${r.decisionId}`} className="text-af-accent underline">{r.name}</Link>{" "}
                  <span className="text-sm text-gray-700">({r.handledare}, {r.unitName})</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
