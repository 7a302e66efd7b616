"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { badgeText } from "@/lib/badge-text";

const shown = (i: NavItem) => (i.countCap === undefined ? String(i.count) : badgeText(i.count ?? 0, i.countCap));

export interface NavItem {
  href: string;
  label: string;
  count?: number;
  /** past this the badge says "99+" (the count behind it may stop at cap + 1) */
  countCap?: number;
  /** What the count counts, read after it: "nya", "olästa", "att granska" (default "nya"). */
  countLabel?: string;
}

/**
 * What waits, for the collapsed menu: each count with its own entry and word ("Nya deltagare:
 * 10 nya, Händelser: 22 olästa"), never one sum of different things that reads as the page's.
 */
function waitingLabel(items: NavItem[]): string | null {
  const counted = items.filter((i) => i.count);
  if (counted.length === 0) return null;
  return counted.map((i) => `${i.label}: ${shown(i)} ${i.countLabel ?? "nya"}`).join(", ");
}

export function SideNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const listId = useId();
  // On a phone the menu is one line until opened, so the page starts on the first screen.
  // Opened at a page: another page (a link followed) shows it closed again, without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  // The most specific menu entry that contains the page is the current one.
  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const best = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0];
  const waiting = waitingLabel(items);
  return (
    <nav aria-label="Huvudmeny" className="md:w-56 md:shrink-0">
      <button
        type="button"
        className="flex min-h-11 w-full items-center justify-between rounded border border-af-blue px-3 py-2 font-medium text-af-blue md:hidden"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenAt(open ? null : pathname)}
        // The count says what it counts, on screen and in the name ("Meny: Hem, 3 nya"); the name
        // holds the visible words in their order (WCAG 2.5.3).
        aria-label={`Meny${best ? `: ${best.label}` : ""}${waiting ? `, ${waiting}` : ""}`}
      >
        <span>Meny{best ? `: ${best.label}` : ""}</span>
        <span className="flex items-center gap-2">
          {waiting ? (
            <span className="rounded bg-af-blue px-2 text-left text-sm font-semibold text-white" data-testid="menu-waiting">
              {waiting}
            </span>
          ) : null}
          <span aria-hidden="true">{open ? "▲" : "▼"}</span>
        </span>
      </button>
      <ul id={listId} className={`${open ? "flex" : "hidden"} mt-1 flex-col gap-1 md:mt-0 md:flex`}>
        {items.map((item) => {
          const current = best?.href === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                aria-label={item.count ? `${item.label}, ${shown(item)} ${item.countLabel ?? "nya"}` : undefined}
                className={`flex min-h-11 items-center justify-between gap-2 rounded px-3 py-2 ${current ? "bg-af-blue text-white" : "text-af-blue hover:bg-af-blue-light"}`}
              >
                <span>{item.label}</span>
                {item.count ? (
                  <span className="rounded-full bg-white px-2 text-sm font-semibold text-af-blue">
                    {shown(item)}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
