// What the PEPPOL documents (./peppol.ts) are made of: the UBL namespaces, the BIS
// customization and profile ids, units, the buyer, VAT, the inputs of each document and the
// amounts in kronor. Pure.


export const NS = {
  order: "urn:oasis:names:specification:ubl:schema:xsd:Order-2",
  invoice: "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
  creditNote: "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
  cac: "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  cbc: "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
} as const;
export const XMLNS = "http://www.w3.org/2000/xmlns/";

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

export function assertLineAddsUp(l: { quantityDays: number; unitPriceOre: number; amountOre: number }) {
  if (l.quantityDays * l.unitPriceOre !== l.amountOre) throw new Error("line amount must equal quantity × price");
}
