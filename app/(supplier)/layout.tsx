import { requireStaff } from "@/lib/authz/guard";
import { can } from "@/lib/authz/permissions";
import { db } from "@/lib/db";
import { PortalHeader } from "@/components/layout/portal-header";
import { SideNav, type NavItem } from "@/components/layout/side-nav";
import { countNewParticipants } from "@/lib/participants/new-participants";
import { countUnreadEvents } from "@/lib/events/feed";
import { canFollowEvents } from "@/lib/events/rules";

export const dynamic = "force-dynamic";

export default async function SupplierLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireStaff();
  const organisations = await db.membership.count({ where: { userId: actor.userId, active: true, acceptedAt: { not: null } } });
  const items: NavItem[] = [{ href: "/start", label: "Hem" }];
  if (can(actor, "receiveParticipants")) items.push({ href: "/nya-deltagare", label: "Nya deltagare", count: await countNewParticipants(actor) });
  if (can(actor, "reportOnParticipants")) items.push({ href: "/deltagare", label: "Deltagarlista" });
  if (can(actor, "manageStaff") || can(actor, "reportOnParticipants")) items.push({ href: "/bestallningar", label: "Beställningar" });
  if (canFollowEvents(actor)) items.push({ href: "/handelser", label: "Händelser", count: await countUnreadEvents(actor) });
  if (can(actor, "manageStaff")) {
    items.push({ href: "/administration/anvandare", label: "Administration" });
    items.push({ href: "/administration/arbetsbelastning", label: "Arbetsbelastning" });
    items.push({ href: "/administration/api-nycklar", label: "API-nycklar" });
  }
  return (
    <>
      <PortalHeader userName={actor.name} organisation={actor.supplierName} canSwitchOrganisation={organisations > 1} />
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <SideNav items={items} />
        <main id="innehall" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </>
  );
}
