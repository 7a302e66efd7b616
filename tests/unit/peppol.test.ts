import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import { BILLING_CUSTOMIZATION_ID, BILLING_PROFILE_ID, NS, ORDER_CUSTOMIZATION_ID, ORDER_PROFILE_ID, kronor, type BillingLine, type OrderXmlInput } from "@/features/orders/peppol-model";
import { creditNoteXml, invoiceXml, orderXml } from "@/features/orders/peppol";

// --- reading the XML back with xmlbuilder2 (its DOM) -----------------------------------------

type El = Element;

function parse(xml: string): El {
  return create(xml).root().node as unknown as El;
}

/** Children by "cac:Name/cbc:Name" steps, namespace-checked. */
function all(el: El, path: string): El[] {
  let current: El[] = [el];
  for (const step of path.split("/")) {
    const [prefix, local] = step.split(":");
    const ns = prefix === "cac" ? NS.cac : NS.cbc;
    current = current.flatMap((c) => Array.from(c.childNodes).filter((n): n is El => n.nodeType === 1 && (n as El).localName === local && (n as El).namespaceURI === ns));
  }
  return current;
}

function one(el: El, path: string): El {
  const found = all(el, path);
  expect(found, path).toHaveLength(1);
  return found[0];
}

const text = (el: El, path: string) => one(el, path).textContent;
const ore = (s: string | null) => Math.round(Number(s) * 100);

const supplier = { name: "Framtidsvägen AB & Co", orgNumber: "5561234567", address: { street: "Gatan 1", postalCode: "111 11", city: "Stockholm" } };

const order: OrderXmlInput = {
  orderNumber: "IO-2026-00001234",
  issueDate: "2026-11-09",
  implementationReference: "GR-2026-<77>",
  supplier,
  deliveryPeriod: { start: "2026-11-09", end: "2027-05-08" },
  validUntil: "2028-05-08",
  lines: [
    { lineNumber: 1, article: "BASE_PER_DAY", description: "Grundersättning november 2026", quantityDays: 22, unitPriceOre: 17_550, amountOre: 386_100, from: "2026-11-09", to: "2026-11-30" },
    { lineNumber: 2, article: "BASE_PER_DAY", description: "Grundersättning december 2026", quantityDays: 31, unitPriceOre: 17_550, amountOre: 544_050, from: "2026-12-01", to: "2026-12-31" },
  ],
};

const line: BillingLine = {
  orderLineNumber: 1, article: "BASE_PER_DAY", description: "Grundersättning november 2026", quantityDays: 8, unitPriceOre: 17_550, amountOre: 140_400,
  from: "2026-11-09", to: "2026-11-16",
};

function expectParty(party: El, name: string, orgNumber: string) {
  const endpoint = one(party, "cac:Party/cbc:EndpointID");
  expect(endpoint.getAttribute("schemeID")).toBe("0007");
  expect(endpoint.textContent).toBe(orgNumber);
  expect(text(party, "cac:Party/cac:PartyName/cbc:Name")).toBe(name);
  expect(text(party, "cac:Party/cac:PartyLegalEntity/cbc:RegistrationName")).toBe(name);
  expect(one(party, "cac:Party/cac:PartyLegalEntity/cbc:CompanyID").getAttribute("schemeID")).toBe("0007");
  expect(text(party, "cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode")).toBe("SE");
}

function expectSekEverywhere(doc: El) {
  const amounts = Array.from(doc.getElementsByTagNameNS(NS.cbc, "*")).filter((e) => /Amount$/.test(e.localName));
  expect(amounts.length).toBeGreaterThan(3);
  for (const a of amounts) {
    expect(a.getAttribute("currencyID"), a.localName).toBe("SEK");
    expect(a.textContent, a.localName).toMatch(/^-?\d+\.\d{2}$/);
  }
}

describe("money", () => {
  it("öre as kronor with two decimals, no floating point", () => {
    expect(kronor(0)).toBe("0.00");
    expect(kronor(5)).toBe("0.05");
    expect(kronor(17_550)).toBe("175.50");
    expect(kronor(123_456_789)).toBe("1234567.89");
    expect(kronor(-140_400)).toBe("-1404.00");
    expect(() => kronor(1.5)).toThrow();
  });
});

describe("PEPPOL BIS Order (order only)", () => {
  const doc = parse(orderXml(order));

  it("is a UBL Order with the BIS identifiers", () => {
    expect(doc.localName).toBe("Order");
    expect(doc.namespaceURI).toBe(NS.order);
    expect(text(doc, "cbc:CustomizationID")).toBe(ORDER_CUSTOMIZATION_ID);
    expect(text(doc, "cbc:ProfileID")).toBe(ORDER_PROFILE_ID);
    expect(ORDER_CUSTOMIZATION_ID).toBe("urn:fdc:peppol.eu:poacc:trns:order:3");
    expect(ORDER_PROFILE_ID).toBe("urn:fdc:peppol.eu:poacc:bis:order_only:3");
    expect(text(doc, "cbc:ID")).toBe("IO-2026-00001234");
    expect(text(doc, "cbc:IssueDate")).toBe("2026-11-09");
    expect(text(doc, "cbc:DocumentCurrencyCode")).toBe("SEK");
  });

  it("Arbetsförmedlingen buys, the supplier sells", () => {
    expectParty(one(doc, "cac:BuyerCustomerParty"), "Arbetsförmedlingen", "2021002114");
    expectParty(one(doc, "cac:SellerSupplierParty"), "Framtidsvägen AB & Co", "5561234567");
  });

  it("delivery period and the genomförandereferens in the shipping marks (escaped)", () => {
    expect(text(doc, "cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate")).toBe("2026-11-09");
    expect(text(doc, "cac:Delivery/cac:RequestedDeliveryPeriod/cbc:EndDate")).toBe("2027-05-08");
    expect(text(doc, "cac:Delivery/cac:Shipment/cbc:ID")).toBe("NA");
    expect(text(doc, "cac:Delivery/cac:Shipment/cac:TransportHandlingUnit/cbc:ShippingMarks")).toBe("GR-2026-<77>");
  });

  it("one line per month, quantity in days, price and line amount; totals add up", () => {
    const lines = all(doc, "cac:OrderLine/cac:LineItem");
    expect(lines).toHaveLength(2);
    let sum = 0;
    lines.forEach((l, i) => {
      expect(text(l, "cbc:ID")).toBe(String(i + 1));
      const q = one(l, "cbc:Quantity");
      expect(q.getAttribute("unitCode")).toBe("DAY");
      const price = ore(text(l, "cac:Price/cbc:PriceAmount"));
      const amount = ore(text(l, "cbc:LineExtensionAmount"));
      expect(amount).toBe(Number(q.textContent) * price);
      sum += amount;
      expect(text(l, "cac:Item/cbc:Name")).toBe(order.lines[i].description);
      expect(text(l, "cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate")).toBe(order.lines[i].from);
    });
    expect(text(lines[0], "cbc:Quantity")).toBe("22");
    expect(text(lines[0], "cac:Price/cbc:PriceAmount")).toBe("175.50");
    expect(ore(text(doc, "cac:AnticipatedMonetaryTotal/cbc:LineExtensionAmount"))).toBe(sum);
    expect(ore(text(doc, "cac:AnticipatedMonetaryTotal/cbc:PayableAmount"))).toBe(sum);
    expectSekEverywhere(doc);
  });

  it("refuses a line whose amount is not quantity × price", () => {
    expect(() => orderXml({ ...order, lines: [{ ...order.lines[0], amountOre: 1 }] })).toThrow();
  });
});

describe("PEPPOL BIS Billing 3 invoice", () => {
  const xml = invoiceXml({
    invoiceNumber: "F-5561234567-2026-000001", issueDate: "2026-12-02", dueDate: "2027-01-01", orderNumber: "IO-2026-00001234",
    implementationReference: "GR-2026-77", supplier, line,
  });
  const doc = parse(xml);

  it("is a UBL Invoice of type 380 with the BIS identifiers", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(doc.localName).toBe("Invoice");
    expect(doc.namespaceURI).toBe(NS.invoice);
    expect(text(doc, "cbc:CustomizationID")).toBe(BILLING_CUSTOMIZATION_ID);
    expect(BILLING_CUSTOMIZATION_ID).toBe("urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
    expect(text(doc, "cbc:ProfileID")).toBe(BILLING_PROFILE_ID);
    expect(BILLING_PROFILE_ID).toBe("urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
    expect(text(doc, "cbc:ID")).toBe("F-5561234567-2026-000001");
    expect(text(doc, "cbc:InvoiceTypeCode")).toBe("380");
    expect(text(doc, "cbc:DocumentCurrencyCode")).toBe("SEK");
  });

  it("refers to the order's purchase order number, 30 days net", () => {
    expect(text(doc, "cac:OrderReference/cbc:ID")).toBe("IO-2026-00001234");
    expect(text(doc, "cbc:IssueDate")).toBe("2026-12-02");
    expect(text(doc, "cbc:DueDate")).toBe("2027-01-01");
    expect(text(doc, "cac:PaymentTerms/cbc:Note")).toBe("30 dagar netto");
    expect(text(doc, "cac:InvoiceLine/cac:OrderLineReference/cbc:LineID")).toBe("1");
  });

  it("the supplier invoices Arbetsförmedlingen", () => {
    const seller = one(doc, "cac:AccountingSupplierParty");
    expectParty(seller, "Framtidsvägen AB & Co", "5561234567");
    expect(text(seller, "cac:Party/cac:PartyTaxScheme/cbc:CompanyID")).toBe("Godkänd för F-skatt");
    expectParty(one(doc, "cac:AccountingCustomerParty"), "Arbetsförmedlingen", "2021002114");
  });

  it("one line of 8 days; VAT exempt (E, 0 %) with a reason; every sum adds up", () => {
    const lines = all(doc, "cac:InvoiceLine");
    expect(lines).toHaveLength(1);
    const l = lines[0];
    expect(one(l, "cbc:InvoicedQuantity").getAttribute("unitCode")).toBe("DAY");
    expect(text(l, "cbc:InvoicedQuantity")).toBe("8");
    const lineAmount = ore(text(l, "cbc:LineExtensionAmount"));
    expect(lineAmount).toBe(8 * ore(text(l, "cac:Price/cbc:PriceAmount")));
    expect(text(l, "cac:InvoicePeriod/cbc:StartDate")).toBe("2026-11-09");
    expect(text(l, "cac:InvoicePeriod/cbc:EndDate")).toBe("2026-11-16");
    expect(text(l, "cac:Item/cac:ClassifiedTaxCategory/cbc:ID")).toBe("E");
    expect(text(l, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent")).toBe("0");

    const tax = one(doc, "cac:TaxTotal");
    expect(ore(text(tax, "cbc:TaxAmount"))).toBe(0);
    expect(ore(text(tax, "cac:TaxSubtotal/cbc:TaxableAmount"))).toBe(lineAmount);
    expect(text(tax, "cac:TaxSubtotal/cac:TaxCategory/cbc:ID")).toBe("E");
    expect(text(tax, "cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason")).toBeTruthy();
    expect(text(tax, "cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:ID")).toBe("VAT");

    const totals = one(doc, "cac:LegalMonetaryTotal");
    const t = (n: string) => ore(text(totals, `cbc:${n}`));
    expect(t("LineExtensionAmount")).toBe(lineAmount);
    expect(t("TaxExclusiveAmount")).toBe(t("LineExtensionAmount"));
    expect(t("TaxInclusiveAmount")).toBe(t("TaxExclusiveAmount") + ore(text(tax, "cbc:TaxAmount")));
    expect(t("PayableAmount")).toBe(t("TaxInclusiveAmount"));
    expect(t("PayableAmount")).toBe(140_400);
    expectSekEverywhere(doc);
  });
});

describe("PEPPOL BIS Billing 3 credit note", () => {
  const doc = parse(
    creditNoteXml({
      creditNoteNumber: "K-5561234567-2026-000002", issueDate: "2026-12-05", orderNumber: "IO-2026-00001234", implementationReference: "GR-2026-77",
      supplier, creditedInvoiceNumber: "F-5561234567-2026-000001", creditedInvoiceIssueDate: "2026-12-02", line,
    }),
  );

  it("is a UBL CreditNote of type 381 referring to the original invoice", () => {
    expect(doc.localName).toBe("CreditNote");
    expect(doc.namespaceURI).toBe(NS.creditNote);
    expect(text(doc, "cbc:CustomizationID")).toBe(BILLING_CUSTOMIZATION_ID);
    expect(text(doc, "cbc:ProfileID")).toBe(BILLING_PROFILE_ID);
    expect(text(doc, "cbc:ID")).toBe("K-5561234567-2026-000002");
    expect(text(doc, "cbc:CreditNoteTypeCode")).toBe("381");
    expect(text(doc, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")).toBe("F-5561234567-2026-000001");
    expect(text(doc, "cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate")).toBe("2026-12-02");
    expect(text(doc, "cac:OrderReference/cbc:ID")).toBe("IO-2026-00001234");
    expectParty(one(doc, "cac:AccountingSupplierParty"), "Framtidsvägen AB & Co", "5561234567");
    expectParty(one(doc, "cac:AccountingCustomerParty"), "Arbetsförmedlingen", "2021002114");
  });

  it("positive amounts that add up", () => {
    const l = one(doc, "cac:CreditNoteLine");
    expect(text(l, "cbc:CreditedQuantity")).toBe("8");
    expect(one(l, "cbc:CreditedQuantity").getAttribute("unitCode")).toBe("DAY");
    const totals = one(doc, "cac:LegalMonetaryTotal");
    for (const n of ["LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "PayableAmount"]) expect(ore(text(totals, `cbc:${n}`))).toBe(140_400);
    expect(ore(text(l, "cbc:LineExtensionAmount"))).toBe(140_400);
    expectSekEverywhere(doc);
  });
});
