// Invoicing: supplier staff turn a delivered order line into an invoice, and credit a wrong
// invoice so that a corrected one can be issued; officers keep the price list.
//
// Who: staff who may see the order (administrators of the organisation, or holders of the
// reporting permission at the placement's unit; see orderScope in ./queries); anyone else is
// told "not found". Each change, its audit record and its idempotency key commit together
// (lib/idempotency.ts `once`), so a double click makes one invoice.
//
// Invoice numbers: one gap-free series per supplier and calendar year, shared by invoices
// ("F-…") and credit notes ("K-…"): F-<orgnr>-<year>-<000001>. The supplier's row is locked
// while a number is taken, so two invoices at once cannot get the same number.
//
// Crediting (see ./invoicing-rules): the credit note repeats the invoice's quantity and amount
// as positive numbers (UBL CreditNote), refers to it (creditsInvoiceId, one credit per
// invoice) and puts the line back to DELIVERED; the credited invoice stays in the history.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { now, today as clockToday } from "@/lib/clock";
import { audit } from "@/lib/audit";
import { once } from "@/lib/idempotency";
import { NotFoundError } from "@/lib/authz/errors";
import { RuleError } from "@/lib/errors";
import { assertOfficer, assertStaff } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/permissions";
import { fromIsoDate, toIsoDate } from "@/features/decisions/periods";
import { canCredit, canInvoice, invoiceableDays, paymentDueDate } from "./invoicing-rules";
import { lineDescription } from "./order-labels";
import { priceChangeInput, validatePriceChange, type CreateInvoiceInput, type CreditInvoiceInput, type PriceChangeInput } from "./invoicing-schemas";
import { orderFacts, orderScope, orderScopeWhere } from "./order-facts";

type Tx = Prisma.TransactionClient;

async function lockSupplier(tx: Tx, supplierId: string) {
  // NO KEY UPDATE does not block rows that merely refer to the supplier.
  await tx.$queryRaw`SELECT id FROM "Supplier" WHERE id = ${supplierId}::uuid FOR NO KEY UPDATE`;
}

async function lockLine(tx: Tx, orderLineId: string) {
  await tx.$queryRaw`SELECT id FROM "OrderLine" WHERE id = ${orderLineId}::uuid FOR UPDATE`;
}

/** The next number of the supplier's series for the year; call with the supplier's row locked. */
export async function nextInvoiceNumber(tx: Tx, supplier: { orgNumber: string }, kind: "INVOICE" | "CREDIT_NOTE", year: string): Promise<string> {
  const series = `-${supplier.orgNumber}-${year}-`;
  const taken = await tx.invoice.count({ where: { invoiceNumber: { contains: series } } });
  return `${kind === "INVOICE" ? "F" : "K"}${series}${String(taken + 1).padStart(6, "0")}`;
}

const lineInclude = {
  order: { include: { period: true, decision: { include: { supplier: true, interruptions: { where: { withdrawnAt: null }, select: { date: true }, orderBy: { registeredAt: "desc" } } } } } },
} as const satisfies Prisma.OrderLineInclude;

export interface InvoiceResult {
  invoiceId: string;
  invoiceNumber: string;
  /** the same idempotency key was used before: nothing new was made */
  replayed: boolean;
}

/**
 * Invoices a delivered order line: quantity = the days that may be invoiced (up to the day
 * before an interruption), amount = days × the order's unit price. Marks the line INVOICED.
 */
export async function createInvoice(actor: Actor, input: CreateInvoiceInput, today = clockToday()): Promise<InvoiceResult> {
  assertStaff(actor);
  const scope = await orderScope(actor);
  if (!scope) throw new NotFoundError("Orderraden finns inte.");
  const { resultId, replayed } = await once(input.idempotencyKey, actor.userId, "invoice.create", async (tx) => {
    const target = await tx.orderLine.findFirst({ where: { id: input.orderLineId, order: orderScopeWhere(scope) }, select: { id: true } });
    if (!target) throw new NotFoundError("Orderraden finns inte.");
    await lockSupplier(tx, scope.supplierId);
    await lockLine(tx, target.id);
    const line = await tx.orderLine.findUniqueOrThrow({ where: { id: target.id }, include: lineInclude });
    const { order } = line;
    const month = line.month ? toIsoDate(line.month) : null;
    const inv = invoiceableDays({ month, quantityDays: line.quantityDays }, orderFacts(order));
    const check = canInvoice({ state: line.state, invoiceableFrom: line.invoiceableFrom ? toIsoDate(line.invoiceableFrom) : null }, inv, today);
    if (!check.ok) throw new RuleError(check.message);

    const at = now();
    const amountOre = inv.days * line.unitPriceOre;
    const invoiceNumber = await nextInvoiceNumber(tx, order.decision.supplier, "INVOICE", today.slice(0, 4));
    const dueDate = paymentDueDate(today);
    const invoice = await tx.invoice.create({
      data: {
        invoiceNumber, kind: "INVOICE", orderLineId: line.id, issueDate: fromIsoDate(today), dueDate: fromIsoDate(dueDate),
        quantityDays: inv.days, amountOre, createdAt: at, createdById: actor.userId, idempotencyKey: input.idempotencyKey,
      },
    });
    await tx.orderLine.update({ where: { id: line.id }, data: { state: "INVOICED", invoicedAt: at } });
    await audit(tx, {
      actorId: actor.userId, supplierId: order.decision.supplierId, action: "invoice.created", entityType: "Invoice", entityId: invoice.id,
      before: { orderLineId: line.id, state: line.state },
      after: {
        invoiceNumber, orderNumber: order.orderNumber, orderLineId: line.id, lineNumber: line.lineNumber, description: lineDescription({ article: line.article, month }),
        quantityDays: inv.days, orderedDays: line.quantityDays, unitPriceOre: line.unitPriceOre, amountOre, issueDate: today, dueDate,
        calculation: inv.explanation, lineState: "INVOICED",
      },
    });
    return invoice.id;
  });
  const invoice = await db.invoice.findUniqueOrThrow({ where: { id: resultId }, select: { invoiceNumber: true } });
  return { invoiceId: resultId, invoiceNumber: invoice.invoiceNumber, replayed };
}

/**
 * Credits an invoice in full with a credit note that refers to it, and puts the line back
 * to DELIVERED so that a corrected invoice can be issued. One credit per invoice.
 */
export async function creditInvoice(actor: Actor, input: CreditInvoiceInput, today = clockToday()): Promise<InvoiceResult> {
  assertStaff(actor);
  const scope = await orderScope(actor);
  if (!scope) throw new NotFoundError("Fakturan finns inte.");
  const { resultId, replayed } = await once(input.idempotencyKey, actor.userId, "invoice.credit", async (tx) => {
    const target = await tx.invoice.findFirst({ where: { id: input.invoiceId, orderLine: { order: orderScopeWhere(scope) } }, select: { id: true, orderLineId: true } });
    if (!target) throw new NotFoundError("Fakturan finns inte.");
    await lockSupplier(tx, scope.supplierId);
    await lockLine(tx, target.orderLineId);
    const original = await tx.invoice.findUniqueOrThrow({
      where: { id: target.id },
      include: { creditedBy: { select: { id: true } }, orderLine: { include: lineInclude } },
    });
    const check = canCredit({ kind: original.kind, credited: original.creditedBy !== null });
    if (!check.ok) throw new RuleError(check.message);
    const line = original.orderLine;
    const { order } = line;

    const at = now();
    const number = await nextInvoiceNumber(tx, order.decision.supplier, "CREDIT_NOTE", today.slice(0, 4));
    const creditNote = await tx.invoice.create({
      data: {
        invoiceNumber: number, kind: "CREDIT_NOTE", orderLineId: line.id, creditsInvoiceId: original.id,
        // Nothing is paid on a credit note: its due date is its issue date.
        issueDate: fromIsoDate(today), dueDate: fromIsoDate(today),
        quantityDays: original.quantityDays, amountOre: original.amountOre, createdAt: at, createdById: actor.userId, idempotencyKey: input.idempotencyKey,
      },
    });
    // The invoice credited is the line's current one (a line is INVOICED by at most one
    // uncredited invoice), so the line can be invoiced again.
    // After a rejected periodic report the month is not delivered: it waits for the correction.
    const rejected = line.deliveryReportId
      ? (await tx.periodicReport.findUnique({ where: { id: line.deliveryReportId }, select: { status: true } }))?.status === "REJECTED"
      : false;
    const lineState = rejected ? "OPEN" : "DELIVERED";
    await tx.orderLine.update({
      where: { id: line.id },
      data: rejected ? { state: lineState, invoicedAt: null, deliveredAt: null, deliveryReportId: null } : { state: lineState, invoicedAt: null },
    });
    await audit(tx, {
      actorId: actor.userId, supplierId: order.decision.supplierId, action: "invoice.credited", entityType: "Invoice", entityId: creditNote.id,
      before: { invoiceId: original.id, invoiceNumber: original.invoiceNumber, lineState: line.state, deliveryReportId: line.deliveryReportId },
      after: {
        creditNoteNumber: number, creditsInvoiceNumber: original.invoiceNumber, orderNumber: order.orderNumber, orderLineId: line.id,
        quantityDays: original.quantityDays, amountOre: original.amountOre, issueDate: today, lineState,
      },
    });
    return creditNote.id;
  });
  const creditNote = await db.invoice.findUniqueOrThrow({ where: { id: resultId }, select: { invoiceNumber: true } });
  return { invoiceId: resultId, invoiceNumber: creditNote.invoiceNumber, replayed };
}

// ---------------------------------------------------------------------------------------
// Price list (officers)

export interface PriceRowView {
  id: string;
  serviceVersion: PriceChangeInput["serviceVersion"];
  level: PriceChangeInput["level"];
  article: PriceChangeInput["article"];
  amountOre: number;
  validFrom: string;
  createdAt: Date;
  /** in force today; planned (from a future date); replaced by a later price in force */
  status: "in-force" | "planned" | "replaced";
}

export const PRICE_STATUS_LABELS: Record<PriceRowView["status"], string> = { "in-force": "Gäller", planned: "Planerad", replaced: "Ersatt" };

/** Every price, grouped by service, level and article, newest first within each. */
export async function listPrices(actor: Actor, today = clockToday()): Promise<PriceRowView[]> {
  assertOfficer(actor);
  const rows = await db.priceListEntry.findMany({ orderBy: [{ serviceVersion: "asc" }, { level: "asc" }, { article: "asc" }, { validFrom: "desc" }] });
  // Sorted newest first within each key: the first row valid today or earlier is in force.
  const inForce = new Map<string, string>();
  return rows.map((r) => {
    const validFrom = toIsoDate(r.validFrom);
    const key = `${r.serviceVersion}|${r.level}|${r.article}`;
    let status: PriceRowView["status"] = "planned";
    if (validFrom <= today) {
      status = inForce.has(key) ? "replaced" : "in-force";
      if (!inForce.has(key)) inForce.set(key, r.id);
    }
    return { id: r.id, serviceVersion: r.serviceVersion, level: r.level, article: r.article, amountOre: r.amountOre, validFrom, createdAt: r.createdAt, status };
  });
}

/**
 * A new price from a future date (a planned price for the same date is replaced). Prices in
 * force and existing orders never change: orders carry their own unit price.
 */
export async function updatePrice(actor: Actor, input: PriceChangeInput, today = clockToday()): Promise<{ id: string; created: boolean }> {
  assertOfficer(actor);
  const data = priceChangeInput.parse(input);
  const check = validatePriceChange(data.validFrom, today);
  if (!check.ok) throw new RuleError(check.message, "validFrom");
  return db.$transaction(async (tx) => {
    const key = { serviceVersion: data.serviceVersion, level: data.level, article: data.article, validFrom: fromIsoDate(data.validFrom) };
    const existing = await tx.priceListEntry.findUnique({ where: { serviceVersion_level_article_validFrom: key } });
    const saved = existing
      ? await tx.priceListEntry.update({ where: { id: existing.id }, data: { amountOre: data.amountOre, createdById: actor.userId } })
      : await tx.priceListEntry.create({ data: { ...key, amountOre: data.amountOre, createdById: actor.userId } });
    await audit(tx, {
      actorId: actor.userId, action: "price.updated", entityType: "PriceListEntry", entityId: saved.id,
      before: existing ? { amountOre: existing.amountOre } : undefined,
      after: { serviceVersion: data.serviceVersion, level: data.level, article: data.article, validFrom: data.validFrom, amountOre: data.amountOre },
    });
    return { id: saved.id, created: !existing };
  });
}
