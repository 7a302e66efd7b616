import { redirect } from "next/navigation";
import { requireActor } from "@/lib/authz/guard";

export const dynamic = "force-dynamic";

export default async function Home() {
  const actor = await requireActor();
  redirect(actor.kind === "officer" ? "/handlaggare" : "/start");
}
