"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  count?: number;
}

export function SideNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Huvudmeny" className="md:w-56 md:shrink-0">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          // The most specific menu entry that contains the page is the current one.
          const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
          const best = items.filter((i) => matches(i.href)).sort((a, b) => b.href.length - a.href.length)[0];
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
