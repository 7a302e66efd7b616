"use client";

import { useRouter } from "next/navigation";
import { decidePlanningInput } from "@/features/planning/schemas";
import { OfficerDecisionForm } from "@/features/officer-review/components/officer-decision-form";
import { decidePlanningAction } from "@/features/planning/actions/decide";

export function DecidePlanningForm({ planningId, createsOrder }: { planningId: string; createsOrder: boolean }) {
  const router = useRouter();
  return (
    <OfficerDecisionForm
      schema={decidePlanningInput}
      defaultValues={{ planningId, reason: "" }}
      noun="planeringen"
      approveHint={createsOrder ? "Periodens beställning skapas." : "Periodens beställning finns redan och används även för den här versionen."}
      submit={async (values) => {
        const res = await decidePlanningAction(values);
        if (res.ok) {
          const sp = new URLSearchParams({ beslut: res.data.status === "APPROVED" ? "godkand" : "ej-godkand" });
          if (res.data.orderNumber) sp.set("order", res.data.orderNumber);
          router.push(`/handlaggare/planeringar?${sp.toString()}`);
        }
        return res;
      }}
    />
  );
}
