"use client";

import { PhoneForm } from "@/features/staff/components/phone-form";
import { setMemberPhoneAction } from "@/features/staff/actions/member-phone";

export function MemberPhoneForm({ membershipId, current, disabled }: { membershipId: string; current: string | null; disabled: boolean }) {
  return <PhoneForm current={current} disabled={disabled} save={(phone) => setMemberPhoneAction({ membershipId, phone })} />;
}
