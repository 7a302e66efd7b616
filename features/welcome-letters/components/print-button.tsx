"use client";

import { Button } from "@/components/ui/button";

export function PrintButton() {
  return (
    <Button type="button" onClick={() => window.print()}>
      Skriv ut eller spara som PDF
    </Button>
  );
}
