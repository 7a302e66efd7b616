"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/logga-in" })} className="min-h-11 underline">
      Logga ut
    </button>
  );
}
