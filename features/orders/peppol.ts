// PEPPOL BIS 3 documents (UBL 2.1) of the order-to-invoice flow, written with xmlbuilder2
// (escaping and namespaces handled by the library). Pure functions of plain data: the
// queries in ./queries.ts gather the data, the route handlers hand out the files.
//
// - orderXml: PEPPOL BIS Order only 3 (UBL Order), as Arbetsförmedlingen sends it: one line
//   per month, quantity in days, the genomförandereferens in the shipping marks. The BIS
//   syntax has shipping marks once per order, at
//   Order/cac:Delivery/cac:Shipment/cac:TransportHandlingUnit/cbc:ShippingMarks (with
//   cac:Shipment/cbc:ID "NA", which the syntax mandates); that is where it goes.
// - invoiceXml: PEPPOL BIS Billing 3 invoice (type 380) for one order line; the order
//   reference is the order's purchase order number.
// - creditNoteXml: PEPPOL BIS Billing 3 credit note (type 381) referring to the invoice it
//   credits. Amounts in a credit note are positive, as UBL CreditNote prescribes.
//
// VAT *(assumed)*: the compensation is treated as exempt from VAT, category E ("Exempt from
// VAT", 0 %), with an exemption reason text. Category O ("outside the scope of VAT") is for
// what is not a supply for consideration, which a procured service paid per day is. The
// seller's tax registration is given as "Godkänd för F-skatt" (the Swedish PEPPOL rule for
// BT-32), which also satisfies BR-E-02 without a VAT number. Change VAT in `VAT` only.
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { PAYMENT_TERMS_NOTE } from "./invoicing-rules";

export const NS = {
  order: "urn:oasis:names:specification:ubl:schema:xsd:Order-2",
  invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  creditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
} as const;
const XMLNS = "http://www.w3.org/2000/xmlns/";

export const ORDER_CUSTOMIZATION_ID = "urn:fdc:peppol.eu:poacc:trns:order:3";
export const ORDER_PROFILE_ID = "urn:fdc:peppol.eu:poacc:bis:order_only:3";
export const BILLING_CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
export const BILLING_PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
export const CURRENCY = "SEK";
/** UN/ECE Recommendation 20: day */
export const UNIT_DAY = "DAY";
/** UN/ECE Rec. 20 "each": a lump sum (a result part, a bonus) is one piece, not one day. */
export const UNIT_PIECE = "EA";
/** Base compensation is ordered and invoiced in days; every other article is a lump sum. */
export const unitOf = (article: string) => (article === "BASE_PER_DAY" ? UNIT_DAY : UNIT_PIECE);
/** ISO 6523 ICD of Swedish organisation numbers */
export const SCHEME_SE_ORGNR = "0007";

/** The buyer: Arbetsförmedlingen, PEPPOL id 0007:2021002114. */
export const BUYER = {
  name: "Arbetsförmedlingen",
  orgNumber: "2021002114",
  country: "SE",
} as const;

/** VAT of the compensation *(assumed, see the header)*. */
export const VAT = {
  category: "E",
  percent: 0,
  exemptionReason: "Undantagen från skatteplikt för mervärdesskatt (arbetsmarknadstjänst upphandlad av Arbetsförmedlingen)",
} as const;

/** The Swedish PEPPOL rule for the seller's tax registration (BT-32). */
export const SELLER_TAX_REGISTRATION = "Godkänd för F-skatt";

export interface PeppolSupplier {
  name: string;
  /** 10 digits without hyphen */
  orgNumber: string;
  /** the performing unit's address (the portal keeps no head-office address) */
  address?: { street: string; postalCode: string; city: string } | null;
}

export interface OrderXmlLine {
  lineNumber: number;
  /** Article code (BASE_PER_DAY …), given as the buyer's item identifier */
  article: string;
  /** "Grundersättning november 2026" */
  description: string;
  quantityDays: number;
  unitPriceOre: number;
  amountOre: number;
  /** the days the line covers */
  from: string | null;
  to: string | null;
}

export interface OrderXmlInput {
  orderNumber: string;
  issueDate: string;
  implementationReference: string;
  supplier: PeppolSupplier;
  deliveryPeriod: { start: string; end: string };
  /** the last day the order is valid (PEPPOL-T01-R002) */
  validUntil: string;
  note?: string;
  lines: OrderXmlLine[];
}

export interface BillingLine {
  /** the order line number (OrderLineReference) */
  orderLineNumber: number;
  article: string;
  description: string;
  quantityDays: number;
  unitPriceOre: number;
  amountOre: number;
  /** the invoiced days */
  from: string | null;
  to: string | null;
}

export interface InvoiceXmlInput {
  invoiceNumber: string;
  issueDate: string;
  dueDate: string;
  /** the order's purchase order number */
  orderNumber: string;
  implementationReference: string;
  supplier: PeppolSupplier;
  note?: string;
  line: BillingLine;
}

export interface CreditNoteXmlInput {
  creditNoteNumber: string;
  issueDate: string;
  orderNumber: string;
  implementationReference: string;
  supplier: PeppolSupplier;
  /** the invoice this credit note credits */
  creditedInvoiceNumber: string;
  creditedInvoiceIssueDate: string;
  note?: string;
  line: BillingLine;
}

/** Öre as kronor with two decimals, without floating point: 123456 → "1234.56". */
export function kronor(ore: number): string {
  if (!Number.isInteger(ore)) throw new Error("amount must be whole öre");
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

function assertLineAddsUp(l: { quantityDays: number; unitPriceOre: number; amountOre: number }) {
  if (l.quantityDays * l.unitPriceOre !== l.amountOre) throw new Error("line amount must equal quantity × price");
}

// --- small builders ------------------------------------------------------------------------

function root(ns: string, name: string): { doc: XMLBuilder; el: XMLBuilder } {
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const el = doc.ele(ns, name).att(XMLNS, "xmlns:cac", NS.cac).att(XMLNS, "xmlns:cbc", NS.cbc);
  return { doc, el };
}

function cbc(parent: XMLBuilder, name: string, text: string | number, attrs?: Record<string, string>): XMLBuilder {
  const el = parent.ele(NS.cbc, `cbc:${name}`, attrs);
  el.txt(String(text));
  return parent;
}

function cac(parent: XMLBuilder, name: string): XMLBuilder {
  return parent.ele(NS.cac, `cac:${name}`);
}

const money = (parent: XMLBuilder, name: string, ore: number) => cbc(parent, name, kronor(ore), { currencyID: CURRENCY });

function period(parent: XMLBuilder, name: string, start: string, end: string) {
  const p = cac(parent, name);
  cbc(p, "StartDate", start);
  cbc(p, "EndDate", end);
}

function address(parent: XMLBuilder, a: PeppolSupplier["address"], country: string) {
  const addr = cac(parent, "PostalAddress");
  if (a) {
    cbc(addr, "StreetName", a.street);
    cbc(addr, "CityName", a.city);
    cbc(addr, "PostalZone", a.postalCode);
  }
  cbc(cac(addr, "Country"), "IdentificationCode", country);
}

/** A party identified by its Swedish organisation number (EndpointID and legal entity, scheme 0007). */
function party(parent: XMLBuilder, who: { name: string; orgNumber: string; address?: PeppolSupplier["address"] }, opts: { taxRegistration?: boolean; address: boolean }) {
  const p = cac(parent, "Party");
  cbc(p, "EndpointID", who.orgNumber, { schemeID: SCHEME_SE_ORGNR });
  cbc(cac(p, "PartyIdentification"), "ID", who.orgNumber, { schemeID: SCHEME_SE_ORGNR });
  cbc(cac(p, "PartyName"), "Name", who.name);
  if (opts.address) address(p, who.address ?? null, "SE");
  if (opts.taxRegistration) {
    const tax = cac(p, "PartyTaxScheme");
    cbc(tax, "CompanyID", SELLER_TAX_REGISTRATION);
    cbc(cac(tax, "TaxScheme"), "ID", "TAX");
  }
  const legal = cac(p, "PartyLegalEntity");
  cbc(legal, "RegistrationName", who.name);
  cbc(legal, "CompanyID", who.orgNumber, { schemeID: SCHEME_SE_ORGNR });
}

const buyer = { name: BUYER.name, orgNumber: BUYER.orgNumber, address: null };

// --- Order -----------------------------------------------------------------------------------

/** PEPPOL BIS Order only 3: Arbetsförmedlingen orders from the supplier, one line per month. */
export function orderXml(order: OrderXmlInput): string {
  order.lines.forEach(assertLineAddsUp);
  const total = order.lines.reduce((s, l) => s + l.amountOre, 0);
  const { doc, el } = root(NS.order, "Order");
  cbc(el, "CustomizationID", ORDER_CUSTOMIZATION_ID);
  cbc(el, "ProfileID", ORDER_PROFILE_ID);
  cbc(el, "ID", order.orderNumber);
  cbc(el, "IssueDate", order.issueDate);
  cbc(el, "OrderTypeCode", "220");
  cbc(el, "Note", order.note ?? `Genomförandereferens ${order.implementationReference}`);
  cbc(el, "DocumentCurrencyCode", CURRENCY);
  cbc(cac(el, "ValidityPeriod"), "EndDate", order.validUntil);
  party(cac(el, "BuyerCustomerParty"), buyer, { address: true });
  party(cac(el, "SellerSupplierParty"), order.supplier, { address: true });
  const delivery = cac(el, "Delivery");
  period(delivery, "RequestedDeliveryPeriod", order.deliveryPeriod.start, order.deliveryPeriod.end);
  const shipment = cac(delivery, "Shipment");
  cbc(shipment, "ID", "NA");
  cbc(cac(shipment, "TransportHandlingUnit"), "ShippingMarks", order.implementationReference);
  cbc(cac(el, "PaymentTerms"), "Note", PAYMENT_TERMS_NOTE);
  const totals = cac(el, "AnticipatedMonetaryTotal");
  money(totals, "LineExtensionAmount", total);
  money(totals, "PayableAmount", total);
  for (const l of order.lines) {
    const item = cac(cac(el, "OrderLine"), "LineItem");
    cbc(item, "ID", l.lineNumber);
    cbc(item, "Quantity", l.quantityDays, { unitCode: unitOf(l.article) });
    money(item, "LineExtensionAmount", l.amountOre);
    cbc(item, "PartialDeliveryIndicator", "false");
    if (l.from && l.to) period(cac(item, "Delivery"), "RequestedDeliveryPeriod", l.from, l.to);
    const price = cac(item, "Price");
    money(price, "PriceAmount", l.unitPriceOre);
    cbc(price, "BaseQuantity", 1, { unitCode: unitOf(l.article) });
    const it = cac(item, "Item");
    cbc(it, "Name", l.description);
    cbc(cac(it, "BuyersItemIdentification"), "ID", l.article);
  }
  return doc.end({ prettyPrint: true });
}

// --- Invoice and credit note ------------------------------------------------------------------

function taxAndTotals(el: XMLBuilder, amountOre: number) {
  const taxTotal = cac(el, "TaxTotal");
  money(taxTotal, "TaxAmount", 0);
  const sub = cac(taxTotal, "TaxSubtotal");
  money(sub, "TaxableAmount", amountOre);
  money(sub, "TaxAmount", 0);
  const cat = cac(sub, "TaxCategory");
  cbc(cat, "ID", VAT.category);
  cbc(cat, "Percent", VAT.percent);
  cbc(cat, "TaxExemptionReason", VAT.exemptionReason);
  cbc(cac(cat, "TaxScheme"), "ID", "VAT");
  // One line, no allowances or charges: every total is the line amount (VAT 0).
  const totals = cac(el, "LegalMonetaryTotal");
  money(totals, "LineExtensionAmount", amountOre);
  money(totals, "TaxExclusiveAmount", amountOre);
  money(totals, "TaxInclusiveAmount", amountOre);
  money(totals, "PayableAmount", amountOre);
}

function billingLine(el: XMLBuilder, kind: "InvoiceLine" | "CreditNoteLine", l: BillingLine) {
  const line = cac(el, kind);
  cbc(line, "ID", 1);
  cbc(line, kind === "InvoiceLine" ? "InvoicedQuantity" : "CreditedQuantity", l.quantityDays, { unitCode: unitOf(l.article) });
  money(line, "LineExtensionAmount", l.amountOre);
  if (l.from && l.to) period(line, "InvoicePeriod", l.from, l.to);
  cbc(cac(line, "OrderLineReference"), "LineID", l.orderLineNumber);
  const item = cac(line, "Item");
  cbc(item, "Name", l.description);
  cbc(cac(item, "BuyersItemIdentification"), "ID", l.article);
  const cat = cac(item, "ClassifiedTaxCategory");
  cbc(cat, "ID", VAT.category);
  cbc(cat, "Percent", VAT.percent);
  cbc(cac(cat, "TaxScheme"), "ID", "VAT");
  const price = cac(line, "Price");
  money(price, "PriceAmount", l.unitPriceOre);
  cbc(price, "BaseQuantity", 1, { unitCode: unitOf(l.article) });
}

/** PEPPOL BIS Billing 3 invoice (380) for one delivered order line. */
export function invoiceXml(invoice: InvoiceXmlInput): string {
  assertLineAddsUp(invoice.line);
  const { doc, el } = root(NS.invoice, "Invoice");
  cbc(el, "CustomizationID", BILLING_CUSTOMIZATION_ID);
  cbc(el, "ProfileID", BILLING_PROFILE_ID);
  cbc(el, "ID", invoice.invoiceNumber);
  cbc(el, "IssueDate", invoice.issueDate);
  cbc(el, "DueDate", invoice.dueDate);
  cbc(el, "InvoiceTypeCode", "380");
  cbc(el, "Note", invoice.note ?? `Genomförandereferens ${invoice.implementationReference}`);
  cbc(el, "DocumentCurrencyCode", CURRENCY);
  if (invoice.line.from && invoice.line.to) period(el, "InvoicePeriod", invoice.line.from, invoice.line.to);
  cbc(cac(el, "OrderReference"), "ID", invoice.orderNumber);
  party(cac(el, "AccountingSupplierParty"), invoice.supplier, { address: true, taxRegistration: true });
  party(cac(el, "AccountingCustomerParty"), buyer, { address: true });
  cbc(cac(el, "PaymentTerms"), "Note", PAYMENT_TERMS_NOTE);
  taxAndTotals(el, invoice.line.amountOre);
  billingLine(el, "InvoiceLine", invoice.line);
  return doc.end({ prettyPrint: true });
}

/** PEPPOL BIS Billing 3 credit note (381) crediting one invoice in full; amounts positive. */
export function creditNoteXml(creditNote: CreditNoteXmlInput): string {
  assertLineAddsUp(creditNote.line);
  const { doc, el } = root(NS.creditNote, "CreditNote");
  cbc(el, "CustomizationID", BILLING_CUSTOMIZATION_ID);
  cbc(el, "ProfileID", BILLING_PROFILE_ID);
  cbc(el, "ID", creditNote.creditNoteNumber);
  cbc(el, "IssueDate", creditNote.issueDate);
  cbc(el, "CreditNoteTypeCode", "381");
  cbc(el, "Note", creditNote.note ?? `Kreditering av faktura ${creditNote.creditedInvoiceNumber}. Genomförandereferens ${creditNote.implementationReference}`);
  cbc(el, "DocumentCurrencyCode", CURRENCY);
  if (creditNote.line.from && creditNote.line.to) period(el, "InvoicePeriod", creditNote.line.from, creditNote.line.to);
  cbc(cac(el, "OrderReference"), "ID", creditNote.orderNumber);
  const ref = cac(cac(el, "BillingReference"), "InvoiceDocumentReference");
  cbc(ref, "ID", creditNote.creditedInvoiceNumber);
  cbc(ref, "IssueDate", creditNote.creditedInvoiceIssueDate);
  party(cac(el, "AccountingSupplierParty"), creditNote.supplier, { address: true, taxRegistration: true });
  party(cac(el, "AccountingCustomerParty"), buyer, { address: true });
  taxAndTotals(el, creditNote.line.amountOre);
  billingLine(el, "CreditNoteLine", creditNote.line);
  return doc.end({ prettyPrint: true });
}
