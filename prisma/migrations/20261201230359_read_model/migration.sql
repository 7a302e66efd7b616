-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "currentHandledareId" UUID,
ADD COLUMN     "currentPeriodEnd" DATE,
ADD COLUMN     "currentPeriodNumber" INTEGER,
ADD COLUMN     "interruptionDate" DATE,
ADD COLUMN     "lastActiveDay" DATE,
ADD COLUMN     "needsHandledareSince" DATE,
ADD COLUMN     "serviceStart" DATE;

-- AlterTable
ALTER TABLE "DecisionEvent" ADD COLUMN     "supplierId" UUID,
ADD COLUMN     "unitId" UUID;

-- CreateIndex
CREATE INDEX "ParticipantReport_correctsId_idx" ON "ParticipantReport"("correctsId");

-- CreateIndex
CREATE INDEX "DecisionEvent_supplierId_at_idx" ON "DecisionEvent"("supplierId", "at");

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "deliveryStart" DATE,
ADD COLUMN     "state" TEXT NOT NULL DEFAULT 'open';

-- CreateTable
CREATE TABLE "ReportObligation" (
    "decisionId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "supplierId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "dueFrom" DATE NOT NULL,
    "dueBy" DATE NOT NULL,
    "submitted" BOOLEAN NOT NULL,
    "hasDraft" BOOLEAN NOT NULL,

    CONSTRAINT "ReportObligation_pkey" PRIMARY KEY ("decisionId","month")
);

-- CreateIndex
CREATE INDEX "ReportObligation_supplierId_submitted_dueFrom_idx" ON "ReportObligation"("supplierId", "submitted", "dueFrom");

-- CreateIndex
CREATE INDEX "Decision_supplierId_needsHandledareSince_idx" ON "Decision"("supplierId", "needsHandledareSince");

-- CreateIndex
CREATE INDEX "Decision_currentHandledareId_idx" ON "Decision"("currentHandledareId");

-- CreateIndex
CREATE INDEX "Decision_supplierId_currentPeriodEnd_idx" ON "Decision"("supplierId", "currentPeriodEnd");

-- CreateIndex
CREATE INDEX "Order_state_idx" ON "Order"("state");

-- CreateIndex
CREATE INDEX "Order_createdAt_idx" ON "Order"("createdAt");

-- AddForeignKey
ALTER TABLE "ReportObligation" ADD CONSTRAINT "ReportObligation_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------
-- Hand-written: the read model's maintenance. Every change of a period, an interruption, a
-- handledare assignment, a periodic report, an order line or an invoice refreshes the derived
-- facts of what it touches, in the same statement's transaction (statement-level triggers
-- with transition tables, so a bulk insert refreshes each placement once). The rules are the
-- pure functions named beside each; tests/integration/read-model.test.ts proves agreement.

-- Swedish alphabetical order for names in the database (å, ä, ö after z).
ALTER TABLE "Participant" ALTER COLUMN "firstName" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "Participant" ALTER COLUMN "lastName" TYPE TEXT COLLATE "sv-x-icu";

-- lib/decisions/read-model.ts placementReadModel()
CREATE FUNCTION rm_refresh_decisions(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Decision" d SET
    "serviceStart" = s.first_start,
    "currentPeriodNumber" = s.last_number,
    "currentPeriodEnd" = s.last_end,
    "interruptionDate" = s.int_date,
    "lastActiveDay" = CASE WHEN s.int_date IS NOT NULL AND s.int_date - 1 < s.last_end THEN s.int_date - 1 ELSE s.last_end END,
    "currentHandledareId" = s.handledare,
    "needsHandledareSince" = CASE
      WHEN s.last_number IS NULL THEN NULL
      WHEN s.handledare IS NULL OR s.p2_unconfirmed
        THEN ((CASE WHEN s.last_number = 2 THEN s.last_granted ELSE d."decidedAt" END) AT TIME ZONE 'Europe/Stockholm')::date
    END
  FROM (
    SELECT dd.id,
      (SELECT p."startDate" FROM "Period" p WHERE p."decisionId" = dd.id ORDER BY p.number ASC LIMIT 1) AS first_start,
      lp.number AS last_number, lp."endDate" AS last_end, lp."grantedAt" AS last_granted,
      EXISTS (SELECT 1 FROM "Period" p WHERE p."decisionId" = dd.id AND p.number = 2 AND p."handledareConfirmedAt" IS NULL) AS p2_unconfirmed,
      (SELECT i.date FROM "Interruption" i WHERE i."decisionId" = dd.id AND i."withdrawnAt" IS NULL ORDER BY i."registeredAt" ASC LIMIT 1) AS int_date,
      (SELECT a."handledareId" FROM "HandledareAssignment" a WHERE a."decisionId" = dd.id AND a."endedAt" IS NULL ORDER BY a."assignedAt" DESC LIMIT 1) AS handledare
    FROM "Decision" dd
    LEFT JOIN LATERAL (SELECT p.number, p."endDate", p."grantedAt" FROM "Period" p WHERE p."decisionId" = dd.id ORDER BY p.number DESC LIMIT 1) lp ON true
    WHERE dd.id = ANY(ids)
  ) s
  WHERE d.id = s.id;
$$;

-- lib/reports/periodic/rules.ts reportMonths(): every month with an active day, due from the
-- day after its last active day, overdue after the 10th of the following month.
CREATE FUNCTION rm_refresh_obligations(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "ReportObligation" WHERE "decisionId" = ANY(ids);
  INSERT INTO "ReportObligation" ("decisionId", "month", "supplierId", "unitId", "dueFrom", "dueBy", "submitted", "hasDraft")
  SELECT d.id, m.month::date, d."supplierId", d."unitId",
    LEAST((m.month + interval '1 month' - interval '1 day')::date, d."lastActiveDay") + 1,
    (m.month + interval '1 month' + interval '9 days')::date,
    EXISTS (SELECT 1 FROM "PeriodicReport" r WHERE r."decisionId" = d.id AND r.month = m.month::date AND r."submittedAt" IS NOT NULL),
    EXISTS (SELECT 1 FROM "PeriodicReport" r WHERE r."decisionId" = d.id AND r.month = m.month::date AND r."submittedAt" IS NULL)
  FROM "Decision" d
  CROSS JOIN LATERAL generate_series(date_trunc('month', d."serviceStart"::timestamp), date_trunc('month', d."lastActiveDay"::timestamp), interval '1 month') AS m(month)
  WHERE d.id = ANY(ids) AND d."serviceStart" IS NOT NULL AND d."lastActiveDay" >= d."serviceStart";
$$;

-- lib/orders/invoicing-rules.ts orderState() over invoiceableDays(), and deliveryPeriod()'s start.
CREATE FUNCTION rm_refresh_orders(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Order" o SET "state" = s.state, "deliveryStart" = s.delivery_start
  FROM (
    SELECT oo.id,
      CASE
        WHEN bool_or(l.state IN ('DELIVERED', 'CREDITED') AND (l.state = 'CREDITED' OR l.has_credit)) THEN 'credited'
        WHEN bool_or(l.state IN ('DELIVERED', 'CREDITED')) THEN 'delivered'
        WHEN bool_or(l.state = 'OPEN' AND l.invoiceable) THEN 'open'
        ELSE 'invoiced'
      END AS state,
      COALESCE(min(l.ordered_from), min(p."startDate")) AS delivery_start
    FROM "Order" oo
    JOIN "Decision" d ON d.id = oo."decisionId"
    LEFT JOIN "Period" p ON p.id = oo."periodId"
    LEFT JOIN LATERAL (
      SELECT ol.state::text AS state,
        EXISTS (SELECT 1 FROM "Invoice" inv WHERE inv."orderLineId" = ol.id AND inv.kind = 'CREDIT_NOTE') AS has_credit,
        CASE WHEN ol.month IS NULL THEN NULL ELSE GREATEST(ol.month, COALESCE(p."startDate", DATE '0001-01-01')) END AS ordered_from,
        CASE
          WHEN ol."quantityDays" <= 0 THEN false
          WHEN ol.month IS NULL THEN true
          ELSE LEAST(
              (date_trunc('month', ol.month::timestamp) + interval '1 month' - interval '1 day')::date,
              GREATEST(ol.month, COALESCE(p."startDate", DATE '0001-01-01')) + (GREATEST(ol."quantityDays", 1) - 1),
              COALESCE(p."endDate", DATE '9999-12-31'),
              COALESCE(d."interruptionDate" - 1, DATE '9999-12-31')
            ) >= GREATEST(ol.month, COALESCE(p."startDate", DATE '0001-01-01'))
        END AS invoiceable
      FROM "OrderLine" ol WHERE ol."orderId" = oo.id
    ) l ON true
    WHERE oo.id = ANY(ids)
    GROUP BY oo.id
  ) s
  WHERE o.id = s.id;
$$;

CREATE FUNCTION rm_refresh_placements(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  PERFORM rm_refresh_decisions(ids);
  PERFORM rm_refresh_obligations(ids);
  PERFORM rm_refresh_orders(ARRAY(SELECT id FROM "Order" WHERE "decisionId" = ANY(ids)));
END $$;

-- Trigger bodies: collect the affected placements (or orders) from the transition tables.
CREATE FUNCTION rm_on_placement_fact() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "decisionId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT "decisionId") INTO ids FROM new_rows;
  END IF;
  PERFORM rm_refresh_placements(ids);
  RETURN NULL;
END $$;

CREATE FUNCTION rm_on_periodic_report() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "decisionId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT "decisionId") INTO ids FROM new_rows;
  END IF;
  IF ids IS NOT NULL THEN PERFORM rm_refresh_obligations(ids); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION rm_on_order_line() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "orderId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT "orderId") INTO ids FROM new_rows;
  END IF;
  IF ids IS NOT NULL THEN PERFORM rm_refresh_orders(ids); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION rm_on_invoice() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  SELECT array_agg(DISTINCT l."orderId") INTO ids FROM new_rows n JOIN "OrderLine" l ON l.id = n."orderLineId";
  IF ids IS NOT NULL THEN PERFORM rm_refresh_orders(ids); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION rm_on_order() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  SELECT array_agg(id) INTO ids FROM new_rows;
  IF ids IS NOT NULL THEN PERFORM rm_refresh_orders(ids); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER rm_period_ins AFTER INSERT ON "Period" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_period_upd AFTER UPDATE ON "Period" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_period_del AFTER DELETE ON "Period" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_interruption_ins AFTER INSERT ON "Interruption" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_interruption_upd AFTER UPDATE ON "Interruption" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_interruption_del AFTER DELETE ON "Interruption" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_assignment_ins AFTER INSERT ON "HandledareAssignment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_assignment_upd AFTER UPDATE ON "HandledareAssignment" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_assignment_del AFTER DELETE ON "HandledareAssignment" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_placement_fact();
CREATE TRIGGER rm_periodic_report_ins AFTER INSERT ON "PeriodicReport" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_periodic_report();
CREATE TRIGGER rm_periodic_report_upd AFTER UPDATE ON "PeriodicReport" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_periodic_report();
CREATE TRIGGER rm_periodic_report_del AFTER DELETE ON "PeriodicReport" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_periodic_report();
CREATE TRIGGER rm_order_ins AFTER INSERT ON "Order" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_order();
CREATE TRIGGER rm_order_line_ins AFTER INSERT ON "OrderLine" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_order_line();
CREATE TRIGGER rm_order_line_upd AFTER UPDATE ON "OrderLine" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_order_line();
CREATE TRIGGER rm_order_line_del AFTER DELETE ON "OrderLine" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_order_line();
CREATE TRIGGER rm_invoice_ins AFTER INSERT ON "Invoice" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rm_on_invoice();

-- The events feed's scope, copied from the placement when an event is written.
CREATE FUNCTION rm_event_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d."supplierId", d."unitId" INTO NEW."supplierId", NEW."unitId" FROM "Decision" d WHERE d.id = NEW."decisionId";
  RETURN NEW;
END $$;
CREATE TRIGGER rm_event_scope BEFORE INSERT ON "DecisionEvent" FOR EACH ROW EXECUTE FUNCTION rm_event_scope();
UPDATE "DecisionEvent" e SET "supplierId" = d."supplierId", "unitId" = d."unitId" FROM "Decision" d WHERE d.id = e."decisionId";

-- Placements and orders that exist already.
SELECT rm_refresh_placements(ARRAY(SELECT id FROM "Decision"));
SELECT rm_refresh_orders(ARRAY(SELECT id FROM "Order"));
