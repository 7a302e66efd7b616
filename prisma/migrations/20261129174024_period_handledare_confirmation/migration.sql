-- AlterTable
ALTER TABLE "Period" ADD COLUMN     "handledareConfirmedAt" TIMESTAMPTZ(3);


-- At most one current handledare per placement, whatever writes the rows. A partial index
-- cannot be expressed in schema.prisma; tests/integration/migrations.test.ts knows it.
CREATE UNIQUE INDEX "HandledareAssignment_one_current_per_decision" ON "HandledareAssignment"("decisionId") WHERE "endedAt" IS NULL;
