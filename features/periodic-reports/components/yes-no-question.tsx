// A yes/no question of the report form (./report-form.tsx) as two radio buttons in a fieldset,
// with its error.
export function YesNo(props: { id: string; legend: string; value: boolean | null; error?: string; onChange: (v: boolean) => void }) {
  const { id, legend, value, error, onChange } = props;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="flex gap-4">
        <label className="inline-flex min-h-11 items-center gap-2">
          <input id={`${id}-yes`} type="radio" name={id} className="h-5 w-5" checked={value === true} onChange={() => onChange(true)} aria-invalid={!!error} />
          Ja
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input id={`${id}-no`} type="radio" name={id} className="h-5 w-5" checked={value === false} onChange={() => onChange(false)} aria-invalid={!!error} />
          Nej
        </label>
      </div>
      {error ? <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">{error}</p> : null}
    </fieldset>
  );
}
