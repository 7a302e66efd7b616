"use client";

// The month's report: hours per active day (rows) and approved activity (columns) with live
// sums, "på plats" or "på distans" per activity, "no activities", the two questions, a draft, a preview
// and sending. The same pure rules as the server check the grid before anything is sent. The
// grid itself: ./report-grid.tsx; the two questions: ./yes-no-question.tsx.
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { checkReport, formatHours, hoursForInput, hoursToMinutes, minutesByActivity, minutesByDay, totalMinutes, type EntryInput, type Issue, type ReportContent } from "@/features/periodic-reports/hours-rules";
import { WARN_MINUTES_PER_DAY } from "@/features/periodic-reports/rules";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Steps } from "@/components/ui/steps";
import { PeriodicSummary, type SummaryContent } from "@/features/periodic-reports/components/periodic-summary";
import { saveDraftAction, submitCorrectionAction, submitReportAction } from "@/features/periodic-reports/actions/report";
import { ReportGrid, cellId, cellKey, dayName } from "./report-grid";
import { YesNo } from "./yes-no-question";
import { errorHref, errorLabel, placeIssues as place, type Errors } from "./report-errors";

type Activity = { code: string; name: string };

export interface ReportFormProps {
  decisionId: string;
  month: string;
  monthLabel: string;
  days: string[];
  activities: Activity[];
  /** per date, the approved activity codes */
  approvedOn: Record<string, string[]>;
  today: string;
  /** may be sent now (the month has ended) */
  submittable: boolean;
  submitFromLabel: string;
  initial: SummaryContent | null;
  mode: "report" | "correction";
  draftRevision?: string | null;
  draftSavedNote?: string | null;
  correctsReportId?: string;
  correctsVersion?: number;
  onCancel?: () => void;
}

const asInput = hoursForInput;

const UNREADABLE = "Ange ett tal i timmar, till exempel 1,5 (eller 1.5).";

export function ReportForm(props: ReportFormProps) {
  const { decisionId, month, days, activities, approvedOn, mode } = props;
  const router = useRouter();
  const names = useMemo(() => Object.fromEntries(activities.map((a) => [a.code, a.name])), [activities]);
  const [cells, setCells] = useState<Record<string, string>>(() =>
    Object.fromEntries((props.initial?.entries ?? []).map((e) => [cellKey(e.date, e.activityCode), asInput(e.minutes)])),
  );
  const [bad, setBad] = useState<Record<string, boolean>>({});
  const [remote, setRemote] = useState<Record<string, boolean>>(() => ({ ...(props.initial?.remoteByActivity ?? {}) }));
  const [noActivities, setNoActivities] = useState(props.initial?.noActivities ?? false);
  const [lang, setLang] = useState<boolean | null>(props.initial ? props.initial.languageSupportGiven : null);
  const [job, setJob] = useState<boolean | null>(props.initial ? props.initial.jobSuggestionsGiven : null);
  const [step, setStep] = useState<"edit" | "preview">("edit");
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string>();
  const [notice, setNotice] = useState<string | null>(props.draftSavedNote ?? null);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState<string | null>(props.draftRevision ?? null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const summaryRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const lastKeys = useRef<string[]>([]);

  const allowed = (date: string, code: string) => (approvedOn[date] ?? []).includes(code);

  /** The grid as entries (in a fixed order, remembered to place errors), plus cells that are not numbers. */
  function collect(): { entries: EntryInput[]; keys: string[]; unreadable: Errors } {
    const entries: EntryInput[] = [];
    const keys: string[] = [];
    const unreadable: Errors = {};
    if (noActivities) return { entries, keys, unreadable };
    for (const date of days) {
      for (const a of activities) {
        if (!allowed(date, a.code)) continue;
        const k = cellKey(date, a.code);
        if (bad[k]) {
          unreadable[k] = UNREADABLE;
          continue;
        }
        const minutes = hoursToMinutes(cells[k] ?? "");
        if (minutes === null || minutes === 0) continue;
        if (Number.isNaN(minutes)) {
          unreadable[k] = UNREADABLE;
          continue;
        }
        entries.push({ date, activityCode: a.code, minutes });
        keys.push(k);
      }
    }
    return { entries, keys, unreadable };
  }

  const live = collect();
  const content: ReportContent = { noActivities, languageSupportGiven: lang, jobSuggestionsGiven: job, entries: live.entries };
  const byDay = minutesByDay(live.entries.filter((e) => Number.isFinite(e.minutes)));
  const longDays = Object.keys(byDay).filter((d) => byDay[d] > WARN_MINUTES_PER_DAY).sort();
  const byActivity = minutesByActivity(live.entries.filter((e) => Number.isFinite(e.minutes)));
  const total = totalMinutes(live.entries.filter((e) => Number.isFinite(e.minutes)));
  const remoteByActivity: Record<string, boolean> = Object.fromEntries(activities.map((a) => [a.code, !!remote[a.code]]));

  function fromServer(res: ActionResult<unknown>): void {
    if (res.ok) return;
    const issues: Issue[] = Object.entries(res.fieldErrors ?? {}).map(([path, message]) => ({ path: path.split("."), message }));
    const { _form: general, month: monthError, ...placed } = place(issues, lastKeys.current);
    setErrors(placed);
    setFormError(res.formError ?? general ?? monthError);
    setStep("edit");
    setTimeout(() => summaryRef.current?.focus(), 0);
  }

  /** Checks the grid; shows the errors and returns false when there are any. */
  function validate(complete: boolean): boolean {
    const { entries, keys, unreadable } = collect();
    const check = checkReport({ ...content, entries }, { month, activeDays: days, approvedOn, today: props.today }, { complete });
    const found = { ...unreadable, ...place(check.errors, keys) };
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return false;
    }
    return true;
  }

  function payload() {
    const { entries, keys } = collect();
    lastKeys.current = keys;
    return { decisionId, month, noActivities, languageSupportGiven: lang, jobSuggestionsGiven: job, entries, remoteByActivity };
  }

  async function saveDraft() {
    setNotice(null);
    if (!validate(false)) return;
    setBusy(true);
    const res = await saveDraftAction({ ...payload(), draftRevision: revision });
    setBusy(false);
    if (res.ok) {
      setRevision(res.data.revision);
      setNotice("Utkastet är sparat. Du eller en kollega kan fortsätta med det senare.");
      router.refresh();
    } else fromServer(res);
  }

  function preview() {
    setNotice(null);
    if (!validate(true)) return;
    setStep("preview");
    setTimeout(() => previewRef.current?.focus(), 0);
  }

  async function send() {
    setBusy(true);
    setFormError(undefined);
    const base = { ...payload(), languageSupportGiven: lang as boolean, jobSuggestionsGiven: job as boolean, idempotencyKey };
    const res = mode === "correction" ? await submitCorrectionAction({ ...base, correctsReportId: props.correctsReportId! }) : await submitReportAction(base);
    setBusy(false);
    if (res.ok) {
      setNotice(mode === "correction" ? "Rättelsen är inskickad." : "Redovisningen är inskickad.");
      router.replace(`/deltagare/${decisionId}/redovisning/${month.slice(0, 7)}?${mode === "correction" ? "rattelse" : "inskickad"}=1`);
      router.refresh();
    } else fromServer(res);
  }

  function changeCell(k: string, date: string, v: string) {
    setCells((c) => ({ ...c, [k]: v }));
    setBad((b) => ({ ...b, [k]: false }));
    if (errors[k] || errors[`day:${date}`]) setErrors((x) => { const { [k]: _a, [`day:${date}`]: _b, ...rest } = x; return rest; });
  }

  function move(e: KeyboardEvent<HTMLInputElement>, date: string, code: string) {
    const down = e.key === "ArrowDown" || (e.key === "Enter" && !e.shiftKey);
    const up = e.key === "ArrowUp" || (e.key === "Enter" && e.shiftKey);
    if (!down && !up) return;
    e.preventDefault();
    const i = days.indexOf(date);
    const order = down ? days.slice(i + 1) : days.slice(0, i).reverse();
    const target = order.find((d) => allowed(d, code));
    if (target) document.getElementById(cellId(target, code))?.focus();
  }

  const errorList = Object.entries(errors);
  const hrefFor = errorHref;
  const labelFor = (key: string) => errorLabel(key, names);

  const title = mode === "correction" ? `Rättelse av version ${props.correctsVersion ?? ""}`.trim() : "Redovisa månaden";
  const summaryContent: SummaryContent = { noActivities, languageSupportGiven: lang, jobSuggestionsGiven: job, entries: live.entries, remoteByActivity };

  return (
    <section aria-labelledby="report-form-title" className="rounded bg-white p-4 shadow">
      <h2 id="report-form-title" className="mb-2 text-lg font-semibold">{title}</h2>
      <Steps steps={["Fyll i", "Förhandsgranska och skicka in"]} current={step === "edit" ? 0 : 1} />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <div ref={summaryRef} tabIndex={-1} className="outline-none">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        {errorList.length ? (
          <Alert tone="error" title={errorList.length === 1 ? "Rätta 1 fel innan du går vidare" : `Rätta ${errorList.length} fel innan du går vidare`}>
            <ul className="list-disc pl-5">
              {errorList.slice(0, 12).map(([key, message]) => (
                <li key={key}>
                  <a href={hrefFor(key)} className="underline">{labelFor(key) ? `${labelFor(key)}: ` : ""}{message}</a>
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </div>

      {step === "preview" ? (
        <div>
          <h3 ref={previewRef} tabIndex={-1} className="mb-2 text-base font-semibold outline-none">Förhandsgranska {props.monthLabel}</h3>
          <p className="mb-3 text-sm">Kontrollera uppgifterna. En inskickad redovisning kan inte ändras; om något blir fel skickar du en rättelse.</p>
          <PeriodicSummary content={summaryContent} activityNames={names} caption={`Timmar per dag och aktivitet, ${props.monthLabel}`} />
          {!props.submittable ? <Alert tone="info">Redovisningen kan skickas in från och med {props.submitFromLabel}.</Alert> : null}
          <div className="mt-4 flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => setStep("edit")} disabled={busy}>Ändra</Button>
            <Button type="button" onClick={send} disabled={busy || !props.submittable}>
              {mode === "correction" ? "Skicka rättelse" : "Skicka in"}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          {!props.submittable ? <p className="mb-3 text-sm">Du kan fylla i och spara utkast under månaden. Redovisningen kan skickas in från och med {props.submitFromLabel}.</p> : null}
          <fieldset className="mb-4">
            <legend className="sr-only">Deltagande</legend>
            <div className="flex items-start gap-2">
              <input id="no-activities" type="checkbox" className="mt-1 h-5 w-5" checked={noActivities}
                aria-invalid={!!errors.noActivities} aria-describedby={errors.noActivities ? "no-activities-error" : undefined}
                onChange={(e) => { setNoActivities(e.target.checked); setErrors((x) => { const { noActivities: _n, ...rest } = x; return rest; }); }} />
              <label htmlFor="no-activities" className="font-medium">Deltagaren har inte deltagit i några aktiviteter under perioden</label>
            </div>
            {noActivities && Object.values(cells).some((v) => v.trim() !== "" && v.trim() !== "0") ? (
              <p className="mt-1 text-sm">Timmarna i tabellen skickas inte med så länge rutan är ikryssad.</p>
            ) : null}
            {errors.noActivities ? <p id="no-activities-error" role="alert" className="mt-1 text-sm font-medium text-red-800">{errors.noActivities}</p> : null}
          </fieldset>

          {activities.length === 0 ? (
            <Alert tone="warning">Det finns ingen godkänd gemensam planering för perioden, så det finns inga aktiviteter att redovisa timmar för.</Alert>
          ) : (
            <div id="timmar">
              <p id="grid-help" className="mb-2 text-sm text-gray-700">
                Ange timmar i kvartstimmar (0,25 = 15 minuter). Pil upp och ned eller Enter flyttar mellan dagar, Tabb mellan aktiviteter.
              </p>
              {errors.entries ? <p role="alert" className="mb-2 text-sm font-medium text-red-800">{errors.entries}</p> : null}
              {/* The day-sum column can be off screen in a wide month: the warning is repeated here, always visible. */}
              {longDays.length ? (
                <p role="status" className="mb-2 rounded border-l-4 border-amber-700 bg-amber-50 p-2 text-sm" data-testid="long-days">
                  <span aria-hidden="true">⚠ </span>Mer än 8 timmar: {longDays.map((d) => `${dayName(d).label} (${formatHours(byDay[d])} h)`).join(", ")}. Kontrollera att det stämmer.
                </p>
              ) : null}
              <ReportGrid
                monthLabel={props.monthLabel} days={days} activities={activities} allowed={allowed} cells={cells} remote={remote}
                noActivities={noActivities} errors={errors} byDay={byDay} byActivity={byActivity} total={total}
                onCellChange={changeCell} onRemoteChange={(code, isRemote) => setRemote((r) => ({ ...r, [code]: isRemote }))} onMove={move}
              />
            </div>
          )}

          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <YesNo id="lang" legend="Språkstöd har getts" value={lang} error={errors.languageSupportGiven}
              onChange={(v) => { setLang(v); setErrors((x) => { const { languageSupportGiven: _l, ...rest } = x; return rest; }); }} />
            <YesNo id="job" legend="Individuella förslag på lämpliga arbeten har getts" value={job} error={errors.jobSuggestionsGiven}
              onChange={(v) => { setJob(v); setErrors((x) => { const { jobSuggestionsGiven: _j, ...rest } = x; return rest; }); }} />
          </div>

          <div className="mt-4 flex flex-wrap gap-2">
            {mode === "report" ? <Button type="button" variant="secondary" onClick={saveDraft} disabled={busy}>Spara utkast</Button> : null}
            <Button type="button" onClick={preview} disabled={busy}>Förhandsgranska</Button>
            {props.onCancel ? <Button type="button" variant="secondary" onClick={props.onCancel} disabled={busy}>Avbryt rättelse</Button> : null}
          </div>
        </div>
      )}
    </section>
  );
}

/** The read-only month with a button that opens a correction prefilled from the latest version. */
export function CorrectionLauncher(props: Omit<ReportFormProps, "mode" | "onCancel">) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" onClick={() => setOpen(true)}>Skicka rättelse</Button>
    );
  }
  return <ReportForm {...props} mode="correction" onCancel={() => setOpen(false)} />;
}
