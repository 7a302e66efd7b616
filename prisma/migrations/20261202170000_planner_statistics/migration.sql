-- Hand-written: schema.prisma cannot express extended statistics or this partial index.
--
-- A unit belongs to one supplier, but PostgreSQL assumes columns independent: with 20
-- suppliers of 3 units each it estimated "this supplier, these units" at 1/20 × 1/20 of the
-- rows instead of 1/20, so it sorted every placement in scope for a page of 25 (Deltagarlista
-- 10 ms a load at 100,000 placements) instead of walking the sort index and stopping.
CREATE STATISTICS "Decision_supplier_unit_stat" (dependencies, ndistinct) ON "supplierId", "unitId" FROM "Decision";
CREATE STATISTICS "DecisionEvent_supplier_unit_stat" (dependencies, ndistinct) ON "supplierId", "unitId" FROM "DecisionEvent";
CREATE STATISTICS "ReportObligation_supplier_unit_stat" (dependencies, ndistinct) ON "supplierId", "unitId" FROM "ReportObligation";
CREATE STATISTICS "Order_supplier_unit_stat" (dependencies, ndistinct) ON "supplierId", "unitId" FROM "Order";

-- Nya deltagare in its own order (most urgent first, then by name): a page is the first 25
-- entries of this index that are running and at the actor's units, not a sort of all of them.
CREATE INDEX "Decision_new_participants_idx" ON "Decision"("supplierId", "needsHandledareSince", "sortFirstName", "sortLastName", "id")
  WHERE "needsHandledareSince" IS NOT NULL;

-- CreateIndex (also in schema.prisma): the start page's unsent months in due-date order.
CREATE INDEX "ReportObligation_supplierId_submitted_dueBy_idx" ON "ReportObligation"("supplierId", "submitted", "dueBy");

ANALYZE "Decision";
ANALYZE "DecisionEvent";
ANALYZE "ReportObligation";
ANALYZE "Order";
