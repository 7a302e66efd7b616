-- A handledare's load is their running placements (features/assignments/service.ts loads):
-- counted from this index alone, without reading the table (in schema.prisma).
-- CreateIndex
CREATE INDEX "Decision_handledare_load_idx" ON "Decision"("supplierId", "currentHandledareId", "currentPeriodEnd", "interruptionDate");

-- Hand-written (schema.prisma cannot express a partial index with INCLUDE): Nya deltagare's
-- page walks this index in its own order, and the placements that ended without a handledare
-- keep needsHandledareSince and come first. With the filter's columns in the index it skips
-- them without reading the table: 0.4 ms instead of 2.3 ms for a page at 10,000 placements.
DROP INDEX "Decision_new_participants_idx";
CREATE INDEX "Decision_new_participants_idx" ON "Decision"("supplierId", "needsHandledareSince", "sortFirstName", "sortLastName", "id")
  INCLUDE ("unitId", "currentPeriodEnd", "interruptionDate", "serviceVersion") WHERE "needsHandledareSince" IS NOT NULL;
