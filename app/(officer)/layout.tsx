import { requireOfficer } from "@/lib/authz/guard";
import type { OfficerActor } from "@/lib/authz/permissions";
import { PortalHeader } from "@/components/layout/portal-header";
import { SideNav } from "@/components/layout/side-nav";
import { officerQueueCountsOnce } from "@/features/officer-review/queue-counts";
import { BADGE_CAP } from "@/lib/badge-text";

export const dynamic = "force-dynamic";

export default async function OfficerLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireOfficer();
  // The menu is its own async component, not awaited here: React renders it beside the page,
  // so that the queue counts and the page's own statements are asked at the same time.
  return (
    <>
      <PortalHeader userName={actor.name} organisation="Arbetsförmedlingen" />
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <OfficerMenu actor={actor} />
        <main id="innehall" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}

async function OfficerMenu({ actor }: { actor: OfficerActor }) {
  // The menu's queue counts, each up to "99+" (the overview shows the same, from the same read).
  const { plannings, received, reports } = await officerQueueCountsOnce(actor);
  return (
    <SideNav
      items={[
        { href: "/handlaggare", label: "Översikt" },
        { href: "/handlaggare/beslut", label: "Beslut" },
        { href: "/handlaggare/planeringar", label: "Planeringar", count: plannings, countCap: BADGE_CAP, countLabel: "att granska" },
        { href: "/handlaggare/redovisningar", label: "Redovisningar", count: received, countCap: BADGE_CAP, countLabel: "att granska" },
        { href: "/handlaggare/rapporter", label: "Rapporter", count: reports, countCap: BADGE_CAP, countLabel: "att granska" },
        { href: "/handlaggare/leverantorer", label: "Leverantörer" },
        { href: "/handlaggare/prislista", label: "Prislista" },
      ]}
    />
  );
}
