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
//
// The constants and inputs: ./peppol-model.ts; the UBL building blocks: ./peppol-builders.ts.
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { PAYMENT_TERMS_NOTE } from "./invoicing-rules";
import { BILLING_CUSTOMIZATION_ID, BILLING_PROFILE_ID, type BillingLine, CURRENCY, type CreditNoteXmlInput, type InvoiceXmlInput, NS, ORDER_CUSTOMIZATION_ID, ORDER_PROFILE_ID, type OrderXmlInput, VAT, assertLineAddsUp, unitOf } from "./peppol-model";
import { buyer, cac, cbc, money, party, period, root } from "./peppol-builders";

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
