// Validates UBL documents as the official PEPPOL tools do: the OASIS UBL 2.1 XSD (xmllint)
// and the compiled schematron of EN 16931, PEPPOL BIS Billing 3.0 and BIS Order 3 (Saxon-HE),
// from tests/peppol (see its README). One Saxon run per rule set over a folder of documents.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const HERE = path.join(process.cwd(), "tests", "peppol");
const SAXON = process.env.SAXON_JAR ?? "/usr/share/java/Saxon-HE.jar";

export interface Finding {
  /** fatal, error, warning (the schematron's flag); "xsd" for a schema error */
  flag: string;
  id: string;
  location: string;
  text: string;
}

const ROOT_RULES: Record<string, { xsd: string; rules: string[] }> = {
  Order: { xsd: "UBL-Order-2.1.xsd", rules: ["PEPPOLBIS-T01.xslt"] },
  Invoice: { xsd: "UBL-Invoice-2.1.xsd", rules: ["CEN-EN16931-UBL.xslt", "PEPPOL-EN16931-UBL.xslt"] },
  CreditNote: { xsd: "UBL-CreditNote-2.1.xsd", rules: ["CEN-EN16931-UBL.xslt", "PEPPOL-EN16931-UBL.xslt"] },
};

function rootOf(xml: string): string {
  const m = /<(?:[A-Za-z0-9_]+:)?(Order|Invoice|CreditNote)[\s>]/.exec(xml.replace(/<\?xml[^>]*\?>/, ""));
  if (!m) throw new Error("Not a UBL Order, Invoice or CreditNote.");
  return m[1];
}

function svrlFindings(svrl: string): Finding[] {
  const out: Finding[] = [];
  for (const m of svrl.matchAll(/<svrl:(failed-assert|successful-report)\b([^>]*)>([\s\S]*?)<\/svrl:\1>/g)) {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(m[2])?.[1] ?? "";
    const text = /<svrl:text>([\s\S]*?)<\/svrl:text>/.exec(m[3])?.[1].replace(/\s+/g, " ").trim() ?? "";
    out.push({ flag: attr("flag") || "error", id: attr("id"), location: attr("location").replace(/\*:([A-Za-z0-9_]+)\[namespace-uri\(\)='[^']*'\]/g, "$1"), text });
  }
  return out;
}

/** Every finding for each named document: XSD errors and schematron asserts of any flag. */
export function validatePeppol(documents: Record<string, string>): Record<string, Finding[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "peppol-"));
  const results: Record<string, Finding[]> = {};
  const byRule = new Map<string, string[]>();
  for (const [name, xml] of Object.entries(documents)) {
    const root = rootOf(xml);
    const file = path.join(dir, `${name}.xml`);
    writeFileSync(file, xml);
    results[name] = [];
    try {
      execFileSync("xmllint", ["--noout", "--schema", path.join(HERE, "xsd", "maindoc", ROOT_RULES[root].xsd), file], { stdio: "pipe" });
    } catch (err) {
      const stderr = String((err as { stderr?: Buffer }).stderr ?? err);
      for (const line of stderr.split("\n").filter((l) => l.trim() && !/validates$|fails to validate$/.test(l))) {
        results[name].push({ flag: "xsd", id: "XSD", location: "", text: line.trim() });
      }
    }
    for (const rule of ROOT_RULES[root].rules) byRule.set(rule, [...(byRule.get(rule) ?? []), name]);
  }
  for (const [rule, names] of byRule) {
    const input = path.join(dir, `in-${rule}`);
    const output = path.join(dir, `out-${rule}`);
    mkdirSync(input);
    mkdirSync(output);
    for (const n of names) writeFileSync(path.join(input, `${n}.xml`), readFileSync(path.join(dir, `${n}.xml`)));
    execFileSync("java", ["-cp", SAXON, "net.sf.saxon.Transform", `-s:${input}`, `-xsl:${path.join(HERE, "rules", rule)}`, `-o:${output}`], { stdio: "pipe" });
    for (const f of readdirSync(output)) results[path.basename(f, ".xml")].push(...svrlFindings(readFileSync(path.join(output, f), "utf8")));
  }
  return results;
}
