import { formatDate } from "@/lib/format";
import { WORK_PLACEMENT_MAX_DAYS } from "@/features/work-placements/rules";

/** A placement's praktik (work placements), for the officer and the supplier alike. */
export function WorkPlacementList({ placements }: { placements: { id: string; employer: string; startDate: string; endDate: string }[] }) {
  if (placements.length === 0) return <p className="mb-2 text-sm">Ingen praktik registrerad.</p>;
  return (
    <>
      <ul className="mb-2 space-y-1 text-sm" data-testid="work-placements">
        {placements.map((w) => (
          <li key={w.id}>
            <span className="font-medium">{w.employer}</span>: {formatDate(w.startDate)} – {formatDate(w.endDate)}
          </li>
        ))}
      </ul>
      <p className="mb-2 text-sm text-gray-700">Praktik får vara högst tre månader ({WORK_PLACEMENT_MAX_DAYS} dagar) per period. Vid längre praktik bryts anvisningen.</p>
    </>
  );
}
