import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { formatTotal } from "@/lib/capped-count";

/**
 * Server-side pagination: links keep every other query parameter. With `totalIsCapped` the
 * list counted only up to `total` and has more: "av fler än …", and pages go on.
 */
export function Pagination(props: { total: number; totalIsCapped?: boolean; page: number; pageSize: number; basePath: string; params: Record<string, string | undefined> }) {
  const { total, page, pageSize, basePath, params, totalIsCapped = false } = props;
  // An empty list says so itself ("Inga … matchar"): "Visar 0–0 av 0, Sida 1 av 1" under it said nothing.
  if (total === 0 && page <= 1) return null;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) sp.set(k, v);
    sp.set("sida", String(p));
    return `${basePath}?${sp.toString()}`;
  };
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = totalIsCapped ? page * pageSize : Math.min(total, page * pageSize);
  return (
    <nav aria-label="Sidnumrering" className="mt-4 flex flex-wrap items-center justify-between gap-2">
      <p>
        Visar {formatNumber(from)}–{formatNumber(to)} av {formatTotal({ total, totalIsCapped })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={href(page - 1)} className="min-h-11 rounded border border-af-blue px-3 py-2 text-af-blue">
            Föregående
          </Link>
        ) : null}
        <span className="px-2 py-2">{totalIsCapped ? `Sida ${page}` : `Sida ${page} av ${pages}`}</span>
        {page < pages || totalIsCapped ? (
          <Link href={href(page + 1)} className="min-h-11 rounded border border-af-blue px-3 py-2 text-af-blue">
            Nästa
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
