import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { DetailGroup } from "@/features/participant-reports/describe";
import { REPORT_STATUS_LABELS } from "@/features/participant-reports/labels";

export const STATUS_TONES: Record<ReportStatus, string> = {
  RECEIVED: "bg-af-blue-light text-af-blue border border-af-blue",
  APPROVED: "bg-green-100 text-green-900 border border-green-800",
  REJECTED: "bg-red-100 text-red-900 border border-red-800",
};

export function StatusBadge({ status }: { status: ReportStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STATUS_TONES[status]}`}>{REPORT_STATUS_LABELS[status]}</span>;
}

/** A report's answers as they were sent. */
export function ReportDetails({ groups }: { groups: DetailGroup[] }) {
  return (
    <>
      {groups.map((g, i) => (
        <div key={i} className="mt-2">
          {g.title ? <h4 className="font-medium">{g.title}</h4> : null}
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
            {g.rows.map((r) => (
              <div key={r.label} className="contents">
                <dt className="font-medium">{r.label}</dt>
                <dd className="whitespace-pre-line break-words">{r.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}
