"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";

export interface NavItem {
  href: string;
  label: string;
  count?: number;
}

export function SideNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const listId = useId();
  // On a phone the menu is one line until opened, so the page starts on the first screen.
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  // The most specific menu entry that contains the page is the current one.
  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  const best = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0];
  const waiting = items.reduce((n, i) => n + (i.count ?? 0), 0);
  return (
    <nav aria-label="Huvudmeny" className="md:w-56 md:shrink-0">
      <button
        type="button"
        className="flex min-h-11 w-full items-center justify-between rounded border border-af-blue px-3 py-2 font-medium text-af-blue md:hidden"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
      >
        <span>Meny{best ? `: ${best.label}` : ""}</span>
        <span aria-hidden="true">{waiting ? `${waiting} ` : ""}{open ? "▲" : "▼"}</span>
      </button>
      <ul id={listId} className={`${open ? "flex" : "hidden"} mt-1 flex-col gap-1 md:mt-0 md:flex`}>
        {items.map((item) => {
          const current = best?.href === item.href;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center justify-between gap-2 rounded px-3 py-2 ${current ? "bg-af-blue text-white" : "text-af-blue hover:bg-af-blue-light"}`}
              >
                <span>{item.label}</span>
                {item.count ? (
                  <span className="rounded-full bg-white px-2 text-sm font-semibold text-af-blue" aria-label={`${item.count} st`}>
                    {item.count}
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
