// The report forms render with a label for every field, choices in fieldsets with a legend,
// and the sensitive-data warning and a counter next to every free-text field.
import { describe, expect, it, vi } from "vitest";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReportFormProps } from "@/features/participant-reports/components/form-parts";
import { AbsenceForm } from "@/features/participant-reports/components/absence-form";
import { DeviationForm } from "@/features/participant-reports/components/deviation-form";
import { InformativeForm } from "@/features/participant-reports/components/informative-form";
import { WorkSignalForm } from "@/features/participant-reports/components/work-signal-form";
import { ResultForm } from "@/features/participant-reports/components/result-form";
import { FinalForm } from "@/features/participant-reports/components/final-form";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn(), refresh: vi.fn() }) }));

const props = (original: Record<string, unknown> | null = null): ReportFormProps => ({
  decisionId: "0b8e2a4e-7f0c-4b8e-9a37-3f1f3c1d2e4a",
  correctsId: original ? "5f0d4c2b-1a3e-4f5a-8b6c-7d8e9f0a1b2c" : null,
  original,
  today: "2026-06-15",
  activities: [{ code: "MAPPING", name: "Kartläggning" }, { code: "GUIDANCE", name: "Vägledning" }],
  catalogue: [{ code: "MAPPING", name: "Kartläggning", mandatory: true }, { code: "GUIDANCE", name: "Vägledning", mandatory: false }, { code: "HEALTH", name: "Kost och hälsa", mandatory: false }],
  contact: { name: "Anna Handledare", email: "anna@example.se" },
});

const render = (Form: ComponentType<ReportFormProps>, original: Record<string, unknown> | null = null) => renderToStaticMarkup(createElement(Form, props(original)));

/** Every visible field has an id with a <label for>; every radio and checkbox sits in a fieldset with a legend. */
function checkLabels(html: string) {
  const fields = [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)].filter((m) => !/type="hidden"/.test(m[2]));
  expect(fields.length).toBeGreaterThan(0);
  for (const [, , attrs] of fields) {
    const id = /\bid="([^"]+)"/.exec(attrs)?.[1];
    expect(id, attrs).toBeTruthy();
    expect(html, `label for ${id}`).toContain(`for="${id}"`);
  }
  // The live-form wrapper (<fieldset role="none">) only disables the form until it is hydrated; it groups nothing.
  const fieldsets = html.split("<fieldset").slice(1).filter((f) => !/^[^>]*role="none"/.test(f));
  expect(fieldsets.every((f) => f.trimStart().match(/^[^>]*>\s*<legend/))).toBe(true);
  const choices = (html.match(/type="(radio|checkbox)"/g) ?? []).length;
  const inFieldsets = fieldsets.map((f) => f.split("</fieldset>")[0]).join("").match(/type="(radio|checkbox)"/g)?.length ?? 0;
  expect(inFieldsets).toBe(choices);
}

function freeTextIds(html: string): string[] {
  return [...html.matchAll(/id="([^"]+)-warning"/g)].map((m) => m[1]);
}

describe("report forms", () => {
  it("frånvaro: part of the day and annan orsak show their fields", () => {
    const html = render(AbsenceForm, { date: "2026-06-12", extent: "PART_DAY", reason: "OTHER_KNOWN", otherReason: "OTHER", otherText: "Flytt" });
    checkLabels(html);
    expect(html).toContain('id="absentFrom"');
    expect(html).toContain('max="2026-06-15"');
    expect(freeTextIds(html)).toEqual(["otherText"]);
    expect(html).toContain("5 av 200 tecken");
    expect(checkLabels(render(AbsenceForm))).toBeUndefined();
    expect(render(AbsenceForm)).not.toContain('id="absentFrom"');
  });

  it("avvikelse: the chosen reason's own fields; the description with warning and counter", () => {
    const html = render(DeviationForm, { reason: "DECLINED_JOB", date: "2026-06-01", description: "Tackade nej." });
    checkLabels(html);
    for (const id of ["offeredJob", "employer", "offeredDate"]) expect(html).toContain(`id="${id}"`);
    expect(html).not.toContain('id="offeredActivity"');
    expect(freeTextIds(html)).toEqual(["description"]);
    expect(html).toContain("12 av 2\u00a0000 tecken");
    expect(html).toMatch(/aria-describedby="[^"]*description-warning[^"]*description-count/);
  });

  it("informativ: the warning is visible next to the text", () => {
    const html = render(InformativeForm);
    checkLabels(html);
    expect(freeTextIds(html)).toEqual(["text"]);
    expect(html).toContain("Skriv inga känsliga personuppgifter");
    expect(html).toContain('autoComplete="email"');
  });

  it("signal, resultat and slutredovisning", () => {
    checkLabels(render(WorkSignalForm, { type: "WORK", extent: "PART_TIME", percent: 50, startDate: "2026-07-01" }));
    expect(render(WorkSignalForm, { extent: "PART_TIME" })).toContain('id="percent"');
    const result = render(ResultForm, {
      employments: [
        { type: "EMPLOYMENT", extent: "FULL_TIME", employer: "A AB", orgNumber: "556036-0793", startDate: "2026-07-01" },
        { type: "EDUCATION", extent: "PART_TIME", percent: 50, employer: "Skolan", orgNumber: "000000-0000", startDate: "2026-08-01" },
      ],
    });
    checkLabels(result);
    expect(result).toContain('id="employments-1-percent"');
    expect(result).not.toContain('id="employments-0-percent"');
    const final = render(FinalForm, { mainOccupation: "JOB_SEEKING" });
    checkLabels(final);
    expect(freeTextIds(final)).toEqual(["jobSeekingReasons", "activities-0-progress", "activities-0-nextStep", "activities-1-progress", "activities-1-nextStep"]);
    expect(final).toContain("<legend class=\"px-1 font-semibold\">Kartläggning</legend>");
  });
});
