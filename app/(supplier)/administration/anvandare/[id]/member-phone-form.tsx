"use client";

import { PhoneForm } from "@/components/forms/phone-form";
import { setMemberPhoneAction } from "../phone-actions";

export function MemberPhoneForm({ membershipId, current, disabled }: { membershipId: string; current: string | null; disabled: boolean }) {
  return <PhoneForm current={current} disabled={disabled} save={(phone) => setMemberPhoneAction({ membershipId, phone })} />;
}
