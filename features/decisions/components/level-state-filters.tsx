import { DECISION_STATES } from "@/features/decisions/schemas";
import { DECISION_STATE_LABELS } from "@/features/decisions/rules";
import { inputClass } from "@/components/ui/field";

/** The "Nivå" and "Status" selects of a GET filter form (params `niva` and `status`). */
export function LevelStateFilters({ level, state }: { level?: string; state?: string }) {
  return (
    <>
      <div>
        <label htmlFor="niva" className="mb-1 block font-medium">Nivå</label>
        <select id="niva" name="niva" defaultValue={level ?? ""} className={inputClass}>
          <option value="">Alla</option>
          <option value="A">A</option>
          <option value="B">B</option>
          <option value="C">C</option>
        </select>
      </div>
      <div>
        <label htmlFor="status" className="mb-1 block font-medium">Status</label>
        <select id="status" name="status" defaultValue={state ?? ""} className={inputClass}>
          <option value="">Alla</option>
          {DECISION_STATES.map((s) => <option key={s} value={s}>{DECISION_STATE_LABELS[s]}</option>)}
        </select>
      </div>
    </>
  );
}
