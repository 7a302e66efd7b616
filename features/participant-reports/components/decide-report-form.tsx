"use client";

import { useRouter } from "next/navigation";
import { decideReportInput } from "@/features/participant-reports/schemas";
import { OfficerDecisionForm } from "@/features/officer-review/components/officer-decision-form";
import { decideReportAction } from "@/features/participant-reports/actions/decide";

export function DecideReportForm({ reportId, approveHint }: { reportId: string; approveHint?: string }) {
  const router = useRouter();
  return (
    <OfficerDecisionForm
      schema={decideReportInput}
      defaultValues={{ reportId, reason: "" }}
      noun="rapporten"
      approveHint={approveHint}
      submit={async (values) => {
        const res = await decideReportAction(values);
        if (res.ok) router.push(`/handlaggare/rapporter?beslut=${res.data.status === "APPROVED" ? "godkand" : "ej-godkand"}`);
        return res;
      }}
    />
  );
}
