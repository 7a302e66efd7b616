import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/lib/authz/guard";
import { can, PERMISSION_LABELS } from "@/lib/authz/permissions";
import { ownUnits } from "@/features/staff/queries";
import { reportsDue } from "@/features/periodic-reports/queries";
import { monthLabel } from "@/features/periodic-reports/rules";
import { formatDate } from "@/lib/format";
import { formatTotal } from "@/lib/capped-count";
import { today as clockToday } from "@/lib/clock";
import { listLackingFirstMeeting } from "@/features/participants/new-participants";
import { menuCountsOnce } from "@/features/menu/menu-counts";
import { BADGE_CAP } from "@/lib/badge-text";
import { getOwnPhone } from "@/features/staff/phone";
import { OwnPhoneForm } from "@/features/staff/components/own-phone-form";

export const metadata: Metadata = { title: "Hem" };

/** "Mina" (the default): my own participants as handledare; "alla": every unit I work at. */
const DUE_ON_PAGE = 5;

export async function StartPage({ searchParams }: { searchParams: Promise<{ visa?: string | string[] }> }) {
  const actor = await requireStaff();
  const all = (await searchParams).visa === "alla";
  const reporter = can(actor, "reportOnParticipants");
  const mine = reporter && !all;
  const [units, newCount, due, lackingMeeting, phone] = await Promise.all([
    ownUnits(actor),
    menuCountsOnce(actor).then((c) => c.newParticipants),
    reporter ? reportsDue(actor, clockToday(), DUE_ON_PAGE, { mine }) : null,
    can(actor, "workWithParticipant") ? listLackingFirstMeeting(actor, clockToday(), { mine, take: DUE_ON_PAGE }) : { total: 0, rows: [] },
    getOwnPhone(actor),
  ]);
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
              {newCount > BADGE_CAP ? `Fler än ${BADGE_CAP}` : newCount} deltagare väntar på handledare.{" "}
              <Link href="/nya-deltagare" className="text-af-accent underline">
                Till Nya deltagare
              </Link>
            </p>
          </section>
        ) : null}
        {reporter ? (
          <section className="rounded bg-white p-4 shadow md:col-span-2" aria-labelledby="mitt-arbete">
            <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="mitt-arbete" className="text-lg font-semibold">{mine ? "Mina deltagare" : "Alla mina utförande verksamheter"}</h2>
              <Link href={mine ? "/start?visa=alla" : "/start"} className="text-af-accent underline" data-testid="scope-switch">
                {mine ? "Visa alla mina verksamheter" : "Visa bara mina deltagare"}
              </Link>
            </div>
            <h3 id="redov" className="mt-2 font-semibold">Periodisk redovisning att skicka in ({due ? formatTotal(due) : 0})</h3>
            {due?.total ? (
              <ul className="list-disc pl-5" data-testid="reports-due">
                {due.rows.map((r) => (
                  <li key={`${r.decisionId}${r.month}`}>
                    <Link prefetch={false} href={`/deltagare/${r.decisionId}/redovisning/${r.month.slice(0, 7)}`} className="text-af-accent underline">
                      {r.name}, {monthLabel(r.month)}
                    </Link>{" "}
                    <span className="text-sm">
                      {r.state === "overdue" ? "Försenad" : `senast ${formatDate(r.dueBy)}`}
                      {r.hasDraft ? ", utkast finns" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>Inget att redovisa just nu.</p>
            )}
            {due && due.total > due.rows.length ? (
              <p className="mt-1 text-sm">Visar de {due.rows.length} mest brådskande av {formatTotal(due)}.</p>
            ) : null}
            <h3 id="mote" className="mt-4 font-semibold">Saknar bokat första möte ({lackingMeeting.total})</h3>
            {lackingMeeting.total ? (
              <LackingMeetingList rows={lackingMeeting.rows} />
            ) : (
              <p>Alla har ett bokat första möte.</p>
            )}
            <p className="mt-3">
              <Link href={mine ? "/deltagare?mina=1" : "/deltagare"} className="text-af-accent underline">
                {mine ? "Till mina deltagare i Deltagarlistan" : "Till Deltagarlistan"}
              </Link>
            </p>
          </section>
        ) : lackingMeeting.total ? (
          <section className="rounded bg-white p-4 shadow" aria-labelledby="mote">
            <h2 id="mote" className="mb-2 text-lg font-semibold">Saknar bokat första möte ({lackingMeeting.total})</h2>
            <LackingMeetingList rows={lackingMeeting.rows} />
          </section>
        ) : null}
        {actor.permissions.length ? (
          <section className="rounded bg-white p-4 shadow" aria-labelledby="tel">
            <h2 id="tel" className="mb-2 text-lg font-semibold">Ditt telefonnummer i arbetet</h2>
            <OwnPhoneForm current={phone} />
          </section>
        ) : null}
      </div>
    </>
  );
}

function LackingMeetingList({ rows }: { rows: { decisionId: string; name: string; handledare: string; unitName: string }[] }) {
  return (
    <ul className="list-disc pl-5" data-testid="lacking-first-meeting">
      {rows.map((r) => (
        <li key={r.decisionId}>
          <Link prefetch={false} href={`/deltagare/${r.decisionId}`} className="text-af-accent underline">{r.name}</Link>{" "}
          <span className="text-sm text-gray-700">({r.handledare}, {r.unitName})</span>
        </li>
      ))}
    </ul>
  );
}
