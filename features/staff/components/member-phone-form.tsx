"use client";

import { PhoneForm } from "@/features/staff/components/phone-form";
import { setMemberPhoneAction } from "@/features/staff/actions/member-phone";

export function MemberPhoneForm({ membershipId, current, disabled, name }: { membershipId: string; current: string | null; disabled: boolean; name: string }) {
  return <PhoneForm current={current} disabled={disabled} whose={name} save={(phone) => setMemberPhoneAction({ membershipId, phone })} />;
}
