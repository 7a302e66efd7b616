"use client";

import type { FieldErrors, UseFormRegister, UseFormWatch } from "react-hook-form";
import { ALL_PERMISSIONS, PERMISSION_LABELS } from "@/lib/authz/permissions";
import { FieldError } from "@/components/ui/field";
import { UnitScopeFields } from "./unit-scope-fields";
import type { AccessInput } from "@/features/staff/schemas";

const PERMISSION_HINTS = {
  ADMINISTER_PERMISSIONS: "Hela organisationen: bjuda in personer och ändra deras behörigheter och utförande verksamheter.",
  RECEIVE_PARTICIPANTS: "Vid valda verksamheter: se nya deltagare och tilldela eller byta handledare.",
  REPORTING: "Vid valda verksamheter: deltagarlista, deltagarkort, planering och alla rapporter. Krävs för att vara handledare.",
} as const;

type Form = AccessInput & Record<string, unknown>;

export function AccessFields(props: {
  register: UseFormRegister<Form>;
  watch: UseFormWatch<Form>;
  errors: FieldErrors<Form>;
  units: { id: string; name: string; street: string; city: string }[];
}) {
  const { register, watch, errors, units } = props;
  const scope = watch("unitScope");
  return (
    <>
      <fieldset className="mb-4" aria-describedby={errors.permissions ? "permissions-error" : undefined}>
        <legend className="mb-1 font-medium">Behörigheter</legend>
        {ALL_PERMISSIONS.map((p) => (
          <div key={p} className="mb-2 flex items-start gap-2">
            <input id={`perm-${p}`} type="checkbox" value={p} className="mt-1 h-5 w-5" aria-describedby={`perm-${p}-hint`} {...register("permissions")} />
            <div>
              <label htmlFor={`perm-${p}`} className="font-medium">
                {PERMISSION_LABELS[p]}
              </label>
              <p id={`perm-${p}-hint`} className="text-sm text-gray-700">
                {PERMISSION_HINTS[p]}
              </p>
            </div>
          </div>
        ))}
        <FieldError id="permissions" error={errors.permissions?.message as string | undefined} />
      </fieldset>
      <UnitScopeFields
        register={register as never}
        scope={scope}
        units={units}
        errors={{ unitIds: errors.unitIds?.message as string | undefined, unitScope: errors.unitScope?.message as string | undefined }}
      />
    </>
  );
}
