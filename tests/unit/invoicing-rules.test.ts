import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/format";
import { monthlyLines } from "@/features/orders/lines";
import { canCredit, canInvoice, dayRange, invoiceableDays, lastInvoiceableDay, paymentDueDate, shortDate } from "@/features/orders/invoicing-rules";
import { kronorToOre, priceChangeForm, validatePriceChange } from "@/features/orders/invoicing-schemas";
import { lineDescription, orderState } from "@/features/orders/order-labels";

// A period starting mid-month: 9 Nov 2026 – 8 May 2027.
const period = { periodStart: "2026-11-09", periodEnd: "2027-05-08" };
const lines = monthlyLines({ startDate: period.periodStart, endDate: period.periodEnd });
const line = (month: string) => {
  const l = lines.find((x) => x.month === month)!;
  return { month: l.month, quantityDays: l.days };
};

describe("invoiceable days", () => {
  it("without an interruption: the ordered days, the first month from the start date", () => {
    const res = invoiceableDays(line("2026-11-01"), { ...period, interruptionDate: null });
    expect(res).toMatchObject({ days: 22, ordered: 22, from: "2026-11-09", to: "2026-11-30", limitedBy: "none" });
    expect(res.explanation).toBe("22 dagar (9–30 nov. 2026) enligt beställningen");
    expect(invoiceableDays(line("2026-12-01"), { ...period, interruptionDate: null }).days).toBe(31);
    expect(invoiceableDays(line("2027-05-01"), { ...period, interruptionDate: null })).toMatchObject({ days: 8, from: "2027-05-01", to: "2027-05-08" });
  });

  it("the interruption day itself is not invoiced (the placement ends on that date)", () => {
    expect(lastInvoiceableDay("2026-11-17")).toBe("2026-11-16");
    const res = invoiceableDays(line("2026-11-01"), { ...period, interruptionDate: "2026-11-17" });
    expect(res).toMatchObject({ days: 8, ordered: 22, from: "2026-11-09", to: "2026-11-16", limitedBy: "interruption" });
    expect(res.explanation).toBe("22 dagar (9–30 nov. 2026) enligt beställningen; avbrott 17 nov. 2026 (avbrottsdagen räknas inte) → 8 dagar (9–16 nov.)");
  });

  it("an interruption mid-month of a full month", () => {
    expect(invoiceableDays(line("2027-01-01"), { ...period, interruptionDate: "2027-01-20" })).toMatchObject({ days: 19, from: "2027-01-01", to: "2027-01-19" });
    // On the 2nd: one day.
    const one = invoiceableDays(line("2027-01-01"), { ...period, interruptionDate: "2027-01-02" });
    expect(one).toMatchObject({ days: 1, from: "2027-01-01", to: "2027-01-01" });
    expect(one.explanation).toContain("→ 1 dag (1 jan.)");
  });

  it("months entirely on or after the interruption give 0", () => {
    const after = invoiceableDays(line("2027-02-01"), { ...period, interruptionDate: "2027-01-20" });
    expect(after).toMatchObject({ days: 0, from: null, to: null, limitedBy: "interruption" });
    expect(after.explanation).toContain("0 dagar: hela månaden ligger från och med avbrottet");
    // An interruption on the first day of a month leaves nothing of that month.
    expect(invoiceableDays(line("2027-01-01"), { ...period, interruptionDate: "2027-01-01" }).days).toBe(0);
    // An interruption on the start date leaves nothing at all.
    expect(invoiceableDays(line("2026-11-01"), { ...period, interruptionDate: "2026-11-09" }).days).toBe(0);
  });

  it("months before the interruption are not affected, and say so", () => {
    const before = invoiceableDays(line("2026-12-01"), { ...period, interruptionDate: "2027-01-20" });
    expect(before).toMatchObject({ days: 31, limitedBy: "none" });
    expect(before.explanation).toContain("avbrottet 20 jan. 2027 påverkar inte månaden");
    // The interruption on the day after the month's last ordered day changes nothing.
    expect(invoiceableDays(line("2026-12-01"), { ...period, interruptionDate: "2027-01-01" }).days).toBe(31);
  });

  it("leap years: February 2028 has 29 days, cut by an interruption on the leap day", () => {
    const leap = monthlyLines({ startDate: "2028-02-10", endDate: "2028-08-09" });
    const feb = { month: leap[0].month, quantityDays: leap[0].days };
    expect(invoiceableDays(feb, { periodStart: "2028-02-10", periodEnd: "2028-08-09", interruptionDate: null })).toMatchObject({ days: 20, to: "2028-02-29" });
    expect(invoiceableDays(feb, { periodStart: "2028-02-10", periodEnd: "2028-08-09", interruptionDate: "2028-02-29" })).toMatchObject({ days: 19, to: "2028-02-28" });
    // An interruption on 1 March, the day after the leap day, leaves nothing of March.
    const mar = { month: leap[1].month, quantityDays: leap[1].days };
    expect(invoiceableDays(mar, { periodStart: "2028-02-10", periodEnd: "2028-08-09", interruptionDate: "2028-03-01" }).days).toBe(0);
    // 2100 is not a leap year.
    const y2100 = monthlyLines({ startDate: "2100-02-01", endDate: "2100-07-31" })[0];
    expect(invoiceableDays({ month: y2100.month, quantityDays: y2100.days }, { periodStart: "2100-02-01", periodEnd: "2100-07-31", interruptionDate: null }).days).toBe(28);
  });

  it("a period end moved earlier after the order: only up to the new end", () => {
    const res = invoiceableDays(line("2027-05-01"), { periodStart: period.periodStart, periodEnd: "2027-05-03", interruptionDate: null });
    expect(res).toMatchObject({ days: 3, to: "2027-05-03", limitedBy: "period-end" });
    expect(res.explanation).toContain("perioden slutar 3 maj 2027 → 3 dagar (1–3 maj)");
    // Moved later: the order is never changed, so still the ordered days.
    expect(invoiceableDays(line("2027-05-01"), { periodStart: period.periodStart, periodEnd: "2027-05-31", interruptionDate: null }).days).toBe(8);
  });

  it("one-off articles (no month) are invoiced as ordered", () => {
    expect(invoiceableDays({ month: null, quantityDays: 1 }, { ...period, interruptionDate: "2026-12-01" })).toMatchObject({ days: 1, from: null });
  });

  it("formats day ranges in Swedish", () => {
    expect(dayRange("2026-11-09", "2026-11-30")).toBe("9–30 nov.");
    expect(dayRange("2026-11-30", "2026-12-02")).toBe("30 nov.–2 dec.");
    expect(dayRange("2026-05-01", "2026-05-01")).toBe("1 maj");
    expect(dayRange("2026-06-01", "2026-07-15")).toBe("1 juni–15 juli");
  });

  it("a single date reads as everywhere else in the portal (formatDate, issue #14)", () => {
    for (const d of ["2026-11-17", "2026-03-01", "2026-06-30", "2027-05-03"]) expect(shortDate(d)).toBe(formatDate(d));
  });
});

describe("payment terms", () => {
  it("due 30 days after the issue date, across months, years and leap days", () => {
    expect(paymentDueDate("2026-11-02")).toBe("2026-12-02");
    expect(paymentDueDate("2026-12-15")).toBe("2027-01-14");
    expect(paymentDueDate("2028-02-01")).toBe("2028-03-02");
    expect(paymentDueDate("2027-02-01")).toBe("2027-03-03");
  });
});

describe("what may be invoiced or credited", () => {
  it("only delivered lines with some day to invoice", () => {
    expect(canInvoice({ state: "DELIVERED" })).toEqual({ ok: true });
    expect(canInvoice({ state: "OPEN" })).toMatchObject({ ok: false, message: expect.stringMatching(/inte levererad/) });
    expect(canInvoice({ state: "INVOICED" })).toMatchObject({ ok: false, message: expect.stringMatching(/redan fakturerad/) });
    expect(canInvoice({ state: "CREDITED" }).ok).toBe(false);
    expect(canInvoice({ state: "DELIVERED" }, { days: 0, explanation: "x" })).toMatchObject({ ok: false, message: expect.stringMatching(/inga dagar/) });
  });

  it("an invoice once; never a credit note", () => {
    expect(canCredit({ kind: "INVOICE", credited: false })).toEqual({ ok: true });
    expect(canCredit({ kind: "INVOICE", credited: true })).toMatchObject({ ok: false, message: "Fakturan är redan krediterad." });
    expect(canCredit({ kind: "CREDIT_NOTE", credited: false }).ok).toBe(false);
  });
});

describe("an order's state from its lines", () => {
  const l = (state: "OPEN" | "DELIVERED" | "INVOICED", invoiceableDays = 30, hasCreditNote = false) => ({ state, invoiceableDays, hasCreditNote });
  it("the most urgent wins", () => {
    expect(orderState([l("OPEN"), l("OPEN")])).toBe("open");
    expect(orderState([l("INVOICED"), l("DELIVERED"), l("OPEN")])).toBe("delivered");
    expect(orderState([l("INVOICED"), l("DELIVERED", 30, true), l("DELIVERED")])).toBe("credited");
    expect(orderState([l("INVOICED"), l("INVOICED", 30, true)])).toBe("invoiced");
  });
  it("open lines after an interruption no longer keep the order open", () => {
    expect(orderState([l("INVOICED"), l("OPEN", 0), l("OPEN", 0)])).toBe("invoiced");
    expect(orderState([l("INVOICED"), l("OPEN", 5), l("OPEN", 0)])).toBe("open");
  });
});

describe("price list changes", () => {
  it("only from a future date", () => {
    expect(validatePriceChange("2026-06-06", "2026-06-05").ok).toBe(true);
    expect(validatePriceChange("2026-06-05", "2026-06-05").ok).toBe(false);
    expect(validatePriceChange("2026-01-01", "2026-06-05").ok).toBe(false);
  });
  it("reads kronor as typed in Sweden", () => {
    expect(kronorToOre("175")).toBe(17_500);
    expect(kronorToOre("175,5")).toBe(17_550);
    expect(kronorToOre("1 750,05 kr")).toBe(175_005);
    expect(kronorToOre("12.3")).toBe(1_230);
    expect(kronorToOre("12,345")).toBeNull();
    expect(kronorToOre("-5")).toBeNull();
    expect(kronorToOre("abc")).toBeNull();
  });
  it("the form's schema gives öre and Swedish messages", () => {
    const ok = priceChangeForm.safeParse({ serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amount: "180,00", validFrom: "2027-01-01" });
    expect(ok.success && ok.data).toEqual({ serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amountOre: 18_000, validFrom: "2027-01-01" });
    const bad = priceChangeForm.safeParse({ serviceVersion: "ROM2", level: "B", article: "BASE_PER_DAY", amount: "0", validFrom: "2027-02-30" });
    expect(bad.success).toBe(false);
    const messages = bad.success ? [] : bad.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["amount: Beloppet måste vara större än noll.", "validFrom: Ange ett giltigt datum (ÅÅÅÅ-MM-DD)."]));
  });
});

describe("labels", () => {
  it("describes a base line by its month", () => {
    expect(lineDescription({ article: "BASE_PER_DAY", month: "2026-11-01" })).toBe("Grundersättning november 2026");
    expect(lineDescription({ article: "SPEED_BONUS", month: null })).toBe("Snabbhetspremie");
  });
});
