import Link from "next/link";

export type SortDir = "asc" | "desc";

/**
 * A sortable column's header: a link that sorts by the column (`next`: the direction a click
 * gives), aria-sort and ▲/▼ on the column the list is sorted by. A screen reader hears what a
 * click does ("Namn, sortera fallande"); on a phone these links are the list's sort line
 * (globals.css, table.stack-table thead:has(a)), so the arrow is what says how it is sorted.
 */
export function SortHeader({ label, href, sorted, next }: { label: string; href: string; sorted: SortDir | null; next: SortDir }) {
  return (
    <th scope="col" className="p-2" aria-sort={sorted === null ? undefined : sorted === "asc" ? "ascending" : "descending"}>
      {/* scroll={false}: the list stays where it was, and so does the link with the focus; at the
          top of the page, a phone's list and its sort line were a screen or more below. */}
      <Link href={href} scroll={false} className="underline">
        {label}
        <span className="sr-only">, sortera {next === "asc" ? "stigande" : "fallande"}</span>
        {sorted ? <span aria-hidden="true" className="ms-1">{sorted === "asc" ? "▲" : "▼"}</span> : null}
      </Link>
    </th>
  );
}
