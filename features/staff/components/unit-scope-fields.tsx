"use client";

// "Alla, även verksamheter som läggs till senare" or chosen units: shared by staff access
// and API keys, which scope to units the same way.
import type { UseFormRegister } from "react-hook-form";
import { FieldError } from "@/components/ui/field";

type ScopeForm = { unitScope: "ALL" | "SELECTED"; unitIds: string[] };

export function UnitScopeFields(props: {
  register: UseFormRegister<ScopeForm>;
  scope: string | undefined;
  units: { id: string; name: string; street: string; city: string }[];
  errors: { unitIds?: string; unitScope?: string };
}) {
  const { register, scope, units, errors } = props;
  return (
    <fieldset
      className="mb-4"
      aria-describedby={[errors.unitIds ? "unitIds-error" : null, errors.unitScope ? "unitScope-error" : null].filter(Boolean).join(" ") || undefined}
    >
      <legend className="mb-1 font-medium">Utförande verksamheter</legend>
      <div className="mb-2 flex items-center gap-2">
        <input id="scope-all" type="radio" value="ALL" className="h-5 w-5" {...register("unitScope")} />
        <label htmlFor="scope-all">Alla, även verksamheter som läggs till senare</label>
      </div>
      <div className="mb-2 flex items-center gap-2">
        <input id="scope-selected" type="radio" value="SELECTED" className="h-5 w-5" {...register("unitScope")} />
        <label htmlFor="scope-selected">Valda verksamheter</label>
      </div>
      {scope === "SELECTED" ? (
        <div className="ml-7">
          {units.map((u) => (
            <div key={u.id} className="mb-1 flex items-center gap-2">
              <input id={`unit-${u.id}`} type="checkbox" value={u.id} className="h-5 w-5" {...register("unitIds")} />
              <label htmlFor={`unit-${u.id}`}>
                {u.name} <span className="text-sm text-gray-700">({u.street}, {u.city})</span>
              </label>
            </div>
          ))}
        </div>
      ) : null}
      <FieldError id="unitIds" error={errors.unitIds} />
      <FieldError id="unitScope" error={errors.unitScope} />
    </fieldset>
  );
}
