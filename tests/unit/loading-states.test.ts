// Every section says, in Swedish and to screen readers, that it is loading while its page is
// read on the server (issue #14): a loading.tsx per section, one shared component, inside the
// layout's <main> and so without landmarks of its own.
import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";

const SECTIONS = [
  "(supplier)/start",
  "(supplier)/nya-deltagare",
  // The list's and the card's loading states sit below the layouts that check access, so that a
  // 403 or 404 keeps its HTTP status (the status is sent with the first streamed bytes).
  "(supplier)/deltagare/(lista)",
  "(supplier)/deltagare/[id]/(kort)",
  "(supplier)/deltagare/[id]/planering",
  "(supplier)/deltagare/[id]/rapporter",
  "(supplier)/deltagare/[id]/redovisning/(manader)",
  "(supplier)/deltagare/[id]/redovisning/[month]",
  "(supplier)/bestallningar/(lista)",
  "(supplier)/bestallningar/[id]",
  "(supplier)/handelser",
  "(supplier)/administration/anvandare/(lista)",
  "(supplier)/administration/anvandare/[id]",
  "(supplier)/administration/api-nycklar",
  "(supplier)/administration/arbetsbelastning",
  "(supplier)/api-dokumentation",
  // The officer's overview and lists in route groups, and each detail below its [id] layout's
  // existence check, for the same reason.
  "(officer)/handlaggare/(oversikt)",
  "(officer)/handlaggare/arbetssokande",
  "(officer)/handlaggare/beslut/(lista)",
  "(officer)/handlaggare/beslut/[id]",
  "(officer)/handlaggare/planeringar/(lista)",
  "(officer)/handlaggare/planeringar/[id]",
  "(officer)/handlaggare/redovisningar/(lista)",
  "(officer)/handlaggare/redovisningar/[id]",
  "(officer)/handlaggare/rapporter/(lista)",
  "(officer)/handlaggare/rapporter/[id]",
  "(officer)/handlaggare/leverantorer/(lista)",
  "(officer)/handlaggare/leverantorer/[id]",
  "(officer)/handlaggare/prislista",
];

const LANDMARKS = /<(main|nav|header|footer|aside|section|form)\b|role="(main|navigation|banner|contentinfo|complementary|region)"/;

describe("loading states", () => {
  for (const section of SECTIONS) {
    it(`${section} announces that it is loading, with no landmark of its own`, async () => {
      const file = path.join(process.cwd(), "app", section, "loading.tsx");
      expect(existsSync(file), file).toBe(true);
      const { default: Loading } = (await import(/* @vite-ignore */ file)) as { default: ComponentType };
      const html = renderToStaticMarkup(createElement(Loading));
      expect(html).toMatch(/^<div role="status" aria-live="polite"/);
      // The announced text, Swedish; the skeleton is hidden from assistive technology.
      expect(html).toMatch(/<p[^>]*>Laddar [^<]+ …<\/p>/);
      expect(html).toContain('aria-hidden="true"');
      expect(html).not.toMatch(LANDMARKS);
    });
  }

  it("each section names what it is loading", async () => {
    const labels = new Set<string>();
    for (const section of SECTIONS) {
      const { default: Loading } = (await import(/* @vite-ignore */ path.join(process.cwd(), "app", section, "loading.tsx"))) as { default: ComponentType };
      labels.add(renderToStaticMarkup(createElement(Loading)).match(/Laddar [^<]+ …/)![0]);
    }
    expect(labels.size).toBe(SECTIONS.length);
  });
});
