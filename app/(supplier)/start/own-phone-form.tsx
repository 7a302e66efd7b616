"use client";

import { PhoneForm } from "@/components/forms/phone-form";
import { setOwnPhoneAction } from "./actions";

export function OwnPhoneForm({ current }: { current: string | null }) {
  return <PhoneForm current={current} save={(phone) => setOwnPhoneAction({ phone })} />;
}
