import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { csvField, toCsv, xlsxStream, type ExportRow } from "@/features/participants/export";
import { extensionText, interpreterNeedText, trackCode } from "@/features/participants/export-values";
import { participantExportQuery, participantListQuery } from "@/features/participants/schemas";

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  decisionId: "00000000-0000-4000-8000-000000000000",
  name: "Åsa Öberg",
  service: "Rusta och matcha 2",
  level: "B",
  trackCode: "A012SP2",
  unitName: "Stockholm City",
  period: 1,
  periodStart: "2026-11-01",
  periodEnd: "2027-04-30",
  extended: "Nej",
  implementationReference: "GR-2026-ABCDEFGH",
  orderNumber: "RM2611-000123",
  status: "Pågående",
  interruptionDate: null,
  interpreter: "Ja, arabiska",
  handledare: "Kim Handledare",
  ...over,
});

const HEADER =
  "Namn;Tjänst;Nivå;Sparkod;Utförande verksamhet;Period;Periodstart;Periodslut;Förlängning;Genomförandereferens;Ordernummer;Status;Avbrott;Tolkbehov;Handledare";

describe("toCsv", () => {
  it("starts with a UTF-8 byte order mark, separates with semicolons, ends lines with CRLF", () => {
    const csv = toCsv([row()]);
    expect(csv).toBe(
      `\uFEFF${HEADER}\r\nÅsa Öberg;Rusta och matcha 2;B;A012SP2;Stockholm City;1;2026-11-01;2027-04-30;Nej;GR-2026-ABCDEFGH;RM2611-000123;Pågående;;Ja, arabiska;Kim Handledare\r\n`,
    );
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("writes only the header when there are no rows, and empty fields for no handledare, order or avbrott", () => {
    expect(toCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
    expect(toCsv([row({ handledare: null })]).split("\r\n")[1].endsWith(";Ja, arabiska;")).toBe(true);
    expect(toCsv([row({ orderNumber: null, interruptionDate: "2026-12-01" })]).split("\r\n")[1]).toContain(";GR-2026-ABCDEFGH;;Pågående;2026-12-01;");
  });

  it("never writes the decision id", () => {
    expect(toCsv([row()])).not.toContain("00000000-0000-4000-8000-000000000000");
  });

  it("quotes fields with semicolons, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("Enhet; Syd")).toBe('"Enhet; Syd"');
    expect(csvField('Kim "KG" Berg')).toBe('"Kim ""KG"" Berg"');
    expect(csvField("rad ett\nrad två")).toBe('"rad ett\nrad två"');
    expect(csvField("rad ett\r\nrad två")).toBe('"rad ett\r\nrad två"');
    expect(csvField("vanlig text, med komma")).toBe("vanlig text, med komma");
    const line = toCsv([row({ unitName: 'Syd; "Hus 2"\nPlan 3' })]).slice(1).split("\r\n").slice(1, -1).join("\r\n");
    expect(line).toBe('Åsa Öberg;Rusta och matcha 2;B;A012SP2;"Syd; ""Hus 2""\nPlan 3";1;2026-11-01;2027-04-30;Nej;GR-2026-ABCDEFGH;RM2611-000123;Pågående;;Ja, arabiska;Kim Handledare');
  });

  it("keeps a spreadsheet from reading a value as a formula", () => {
    expect(csvField("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    expect(csvField("+46 70")).toBe("'+46 70");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("2026-11-01")).toBe("2026-11-01");
  });
});

describe("the export's derived values", () => {
  it("Sparkod ends in 1, 2 or 3 for level A, B or C", () => {
    expect(trackCode("A")).toBe("A012SP1");
    expect(trackCode("B")).toBe("A012SP2");
    expect(trackCode("C")).toBe("A012SP3");
  });

  it("Tolkbehov says no, or yes with the language when it is known", () => {
    expect(interpreterNeedText(false, null)).toBe("Nej");
    // A language left over from an earlier choice does not make it a need.
    expect(interpreterNeedText(false, "arabiska")).toBe("Nej");
    expect(interpreterNeedText(true, "arabiska")).toBe("Ja, arabiska");
    expect(interpreterNeedText(true, "  ")).toBe("Ja");
    expect(interpreterNeedText(true, null)).toBe("Ja");
  });

  // The user guide (kottetall/fristaende-aktorer, public/src/instructions_msfa.js, "Export
  // till Excel"): "Här kan du hitta information om deltagaren fått beslut om period 2 under
  // rubriken Förlängning". A period end moved later is not what the column says.
  it("Förlängning is Ja when the placement has been granted period 2, whatever its end dates", () => {
    expect(extensionText({ periodNumbers: [1] })).toBe("Nej");
    expect(extensionText({ periodNumbers: [1, 2] })).toBe("Ja");
  });
});

describe("participantExportQuery", () => {
  const base = { from: "2026-11-01", to: "2026-11-30", format: "csv" };
  const messages = (input: Record<string, unknown>) => {
    const r = participantExportQuery.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it("accepts a valid query, with alla and no exclusion by default", () => {
    expect(participantExportQuery.parse(base)).toEqual({ ...base, handledare: "alla", excludeExported: false });
    expect(participantExportQuery.parse({ ...base, handledare: "utan", excludeExported: "1", format: "xlsx" })).toMatchObject({ handledare: "utan", excludeExported: true, format: "xlsx" });
    expect(participantExportQuery.parse({ ...base, from: "2026-11-30" })).toMatchObject({ from: "2026-11-30", to: "2026-11-30" });
  });

  it("asks for missing dates in Swedish", () => {
    expect(messages({ format: "csv" })).toEqual(["Ange ett från-datum.", "Ange ett till-datum."]);
    expect(messages({ ...base, from: "" })).toEqual(["Ange ett från-datum."]);
  });

  it("refuses dates that do not exist or are not written YYYY-MM-DD", () => {
    expect(messages({ ...base, to: "2026-02-30" })).toEqual(["Till-datum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD)."]);
    expect(messages({ ...base, from: "1/11/2026" })).toEqual(["Från-datum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD)."]);
    expect(messages({ ...base, from: "2026-13-01" })).toEqual(["Från-datum måste vara ett giltigt datum (ÅÅÅÅ-MM-DD)."]);
  });

  it("from must not be after to", () => {
    expect(messages({ ...base, from: "2026-12-01" })).toEqual(["Från-datum kan inte vara senare än till-datum."]);
  });

  it("covers at most 366 days, both ends included", () => {
    expect(messages({ ...base, from: "2024-01-01", to: "2024-12-31" })).toEqual([]); // 366 days (leap year)
    expect(messages({ ...base, from: "2025-01-01", to: "2026-01-01" })).toEqual([]); // 366 days
    expect(messages({ ...base, from: "2025-01-01", to: "2026-01-02" })).toEqual(["En export kan omfatta högst 366 dagar."]);
  });

  it("refuses an unknown format or handledare choice", () => {
    expect(messages({ ...base, format: "pdf" })).toEqual(["Välj formatet CSV eller Excel."]);
    expect(messages({ from: base.from, to: base.to })).toEqual(["Välj formatet CSV eller Excel."]);
    expect(messages({ ...base, handledare: "kanske" })).toEqual(["Välj alla, med handledare eller utan handledare."]);
  });
});

describe("participantListQuery", () => {
  it("never fails: bad values fall back to no filter, name order, page 1", () => {
    expect(participantListQuery.parse({})).toMatchObject({ mine: false, sort: "name", dir: "asc", page: 1 });
    expect(
      participantListQuery.parse({ q: "   ", mine: "nej", handledareId: "x", unitId: "y", level: "D", state: "okänd", sort: "pnr", dir: "up", page: "-3" }),
    ).toMatchObject({ q: undefined, mine: false, handledareId: undefined, unitId: undefined, level: undefined, state: undefined, sort: "name", dir: "asc", page: 1 });
  });

  it("reads the form's values", () => {
    const unit = "11111111-1111-4111-8111-111111111111";
    expect(participantListQuery.parse({ q: "  Åsa  ", mine: "1", unitId: unit, level: "C", state: "period-ended", sort: "end", dir: "desc", page: "3" })).toMatchObject({
      q: "Åsa",
      mine: true,
      unitId: unit,
      level: "C",
      state: "period-ended",
      sort: "end",
      dir: "desc",
      page: 3,
    });
    expect(participantListQuery.parse({ q: "x".repeat(300) }).q).toHaveLength(100);
  });
});

describe("xlsxStream", () => {
  it("writes every batch's rows, in order, into one workbook that parses back", async () => {
    const BATCHES = 4;
    const PER_BATCH = 1000;
    let pulled = 0;
    async function* batches() {
      for (let b = 0; b < BATCHES; b++) {
        pulled++;
        yield Array.from({ length: PER_BATCH }, (_, i) => row({ name: `Deltagare ${b}-${i}`, implementationReference: `GR-${b}-${i}`.padEnd(16, "X") }));
      }
    }
    const data = await new Response(xlsxStream(batches())).arrayBuffer();
    expect(pulled).toBe(BATCHES);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data);
    const sheet = workbook.getWorksheet("Deltagare")!;
    expect(sheet.rowCount).toBe(BATCHES * PER_BATCH + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe("Namn");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(BATCHES * PER_BATCH + 1).getCell(1).value).toBe(`Deltagare ${BATCHES - 1}-${PER_BATCH - 1}`);
    expect(sheet.getRow(2).getCell(7).value).toEqual(new Date("2026-11-01T00:00:00Z"));
  });
});
