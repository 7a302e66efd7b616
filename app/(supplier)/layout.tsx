import { requireStaff } from "@/lib/authz/guard";
import { can, type StaffActor } from "@/lib/authz/permissions";
import { PortalHeader } from "@/components/layout/portal-header";
import { SideNav, type NavItem } from "@/components/layout/side-nav";
import { menuCountsOnce } from "@/features/menu/menu-counts";
// The menu's badges say "99+" past BADGE_CAP: their counts then stop at the next one.
import { BADGE_CAP } from "@/lib/badge-text";

export const dynamic = "force-dynamic";

export default async function SupplierLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireStaff();
  const organisations = actor.organisationCount ?? 1;
  // The menu is its own async component, not awaited here: React renders it beside the page,
  // so that the menu's counts and the page's own statements are asked at the same time on
  // two pooled connections instead of one after the other (a round trip less on every page).
  return (
    <>
      <PortalHeader userName={actor.name} organisation={actor.supplierName} canSwitchOrganisation={organisations > 1} />
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <SupplierMenu actor={actor} />
        <main id="innehall" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}

async function SupplierMenu({ actor }: { actor: StaffActor }) {
  // The menu's counts are single indexed counts, asked for in one statement.
  const { newParticipants: newCount, unreadEvents: unreadCount } = await menuCountsOnce(actor);
  const items: NavItem[] = [{ href: "/start", label: "Hem" }];
  if (newCount !== null) items.push({ href: "/nya-deltagare", label: "Nya deltagare", count: newCount, countCap: BADGE_CAP });
  if (can(actor, "reportOnParticipants")) items.push({ href: "/deltagare", label: "Deltagarlista" });
  if (can(actor, "seeOrders")) items.push({ href: "/bestallningar", label: "Beställningar" });
  if (unreadCount !== null) items.push({ href: "/handelser", label: "Händelser", count: unreadCount, countCap: BADGE_CAP, countLabel: "olästa" });
  if (can(actor, "manageStaff")) {
    items.push({ href: "/administration/anvandare", label: "Administration" });
    items.push({ href: "/administration/arbetsbelastning", label: "Arbetsbelastning" });
    items.push({ href: "/administration/api-nycklar", label: "API-nycklar" });
  }
  return <SideNav items={items} />;
}
