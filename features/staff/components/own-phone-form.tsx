"use client";

import { PhoneForm } from "@/features/staff/components/phone-form";
import { setOwnPhoneAction } from "@/features/staff/actions/own-phone";

export function OwnPhoneForm({ current }: { current: string | null }) {
  return <PhoneForm current={current} save={(phone) => setOwnPhoneAction({ phone })} />;
}
