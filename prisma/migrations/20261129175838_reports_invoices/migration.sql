-- CreateEnum
CREATE TYPE "ParticipantReportKind" AS ENUM ('ABSENCE', 'DEVIATION', 'INFORMATIVE', 'WORK_SIGNAL', 'RESULT', 'FINAL');

-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- AlterEnum
ALTER TYPE "DecisionEventType" ADD VALUE 'REPORT_OUTCOME';

-- DropForeignKey
ALTER TABLE "InformativeReport" DROP CONSTRAINT "InformativeReport_decisionId_fkey";

-- DropTable
DROP TABLE "InformativeReport";

-- DropEnum
DROP TYPE "InformativeTopic";

-- CreateTable
CREATE TABLE "ParticipantReport" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "kind" "ParticipantReportKind" NOT NULL,
    "data" JSONB NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" UUID NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'RECEIVED',
    "statusReason" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "correctsId" UUID,
    "idempotencyKey" TEXT,

    CONSTRAINT "ParticipantReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "invoiceNumber" TEXT NOT NULL,
    "kind" "InvoiceKind" NOT NULL,
    "orderLineId" UUID NOT NULL,
    "creditsInvoiceId" UUID,
    "issueDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "quantityDays" INTEGER NOT NULL,
    "amountOre" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "idempotencyKey" TEXT,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ParticipantReport_idempotencyKey_key" ON "ParticipantReport"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ParticipantReport_decisionId_kind_idx" ON "ParticipantReport"("decisionId", "kind");

-- CreateIndex
CREATE INDEX "ParticipantReport_status_submittedAt_idx" ON "ParticipantReport"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_invoiceNumber_key" ON "Invoice"("invoiceNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_creditsInvoiceId_key" ON "Invoice"("creditsInvoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_idempotencyKey_key" ON "Invoice"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Invoice_orderLineId_idx" ON "Invoice"("orderLineId");

-- AddForeignKey
ALTER TABLE "ParticipantReport" ADD CONSTRAINT "ParticipantReport_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "OrderLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditsInvoiceId_fkey" FOREIGN KEY ("creditsInvoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

