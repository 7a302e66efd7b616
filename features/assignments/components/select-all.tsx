"use client";

import { useState } from "react";

/** "Välj alla deltagare": checks every participant box of the form. */
export function SelectAll({ formId, name, initiallyAll = false }: { formId: string; name: string; initiallyAll?: boolean }) {
  // Ticked when the list comes back with every participant still ticked (Tillbaka from the next step).
  const [all, setAll] = useState(initiallyAll);
  return (
    <div className="flex min-h-11 items-center gap-2">
      <input
        id="select-all"
        type="checkbox"
        className="h-5 w-5"
        checked={all}
        onChange={(e) => {
          setAll(e.target.checked);
          const form = document.getElementById(formId);
          form?.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`).forEach((box) => (box.checked = e.target.checked));
        }}
      />
      <label htmlFor="select-all" className="font-medium">Välj alla deltagare</label>
    </div>
  );
}
