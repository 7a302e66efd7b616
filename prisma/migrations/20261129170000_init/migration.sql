-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ServiceVersion" AS ENUM ('ROM1', 'ROM2');

-- CreateEnum
CREATE TYPE "Level" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('SUPPLIER_STAFF', 'OFFICER');

-- CreateEnum
CREATE TYPE "Permission" AS ENUM ('ADMINISTER_PERMISSIONS', 'RECEIVE_PARTICIPANTS', 'REPORTING');

-- CreateEnum
CREATE TYPE "InterruptionReason" AS ENUM ('WORK', 'STUDIES', 'OTHER_SERVICE', 'ILLNESS', 'CHANGED_SUPPLIER', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('RECEIVED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "InformativeTopic" AS ENUM ('OTHER_SERVICE_NEEDED', 'AID_NEEDED', 'SIGN_LANGUAGE_INTERPRETER_NEEDED', 'DIALOGUE_WITH_AGENCY_NEEDED');

-- CreateEnum
CREATE TYPE "OrderKind" AS ENUM ('BASE', 'RESULT');

-- CreateEnum
CREATE TYPE "Article" AS ENUM ('BASE_PER_DAY', 'RESULT_1', 'RESULT_2', 'SUPPLEMENT', 'SPEED_BONUS');

-- CreateEnum
CREATE TYPE "OrderLineState" AS ENUM ('OPEN', 'DELIVERED', 'INVOICED', 'CREDITED');

-- CreateTable
CREATE TABLE "Supplier" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "orgNumber" TEXT NOT NULL,
    "serviceVersion" "ServiceVersion" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Supplier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryArea" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "DeliveryArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PerformingUnit" (
    "id" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "deliveryAreaId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postalCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "municipality" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PerformingUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "kind" "UserKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "permissions" "Permission"[],
    "allUnits" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipUnit" (
    "membershipId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "MembershipUnit_pkey" PRIMARY KEY ("membershipId","unitId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "invitedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "activeSupplierId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "UserSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" UUID NOT NULL,
    "personalIdentityNumber" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "street" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "municipality" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "implementationReference" TEXT NOT NULL,
    "participantId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "level" "Level" NOT NULL,
    "serviceVersion" "ServiceVersion" NOT NULL,
    "participationRate" INTEGER NOT NULL,
    "interpreterNeeded" BOOLEAN NOT NULL DEFAULT false,
    "interpreterLanguage" TEXT,
    "languageSupportNeeded" BOOLEAN NOT NULL DEFAULT false,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedById" UUID NOT NULL,
    "firstMeetingDate" DATE,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Period" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "originalEndDate" DATE NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL,
    "grantedById" UUID NOT NULL,

    CONSTRAINT "Period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Interruption" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "reason" "InterruptionReason" NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "registeredById" UUID NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnById" UUID,

    CONSTRAINT "Interruption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandledareAssignment" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "handledareId" UUID NOT NULL,
    "assignedAt" TIMESTAMPTZ(3) NOT NULL,
    "assignedById" UUID NOT NULL,
    "endedAt" TIMESTAMPTZ(3),
    "endedById" UUID,

    CONSTRAINT "HandledareAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodicReport" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "month" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "supersedesId" UUID,
    "noActivities" BOOLEAN NOT NULL DEFAULT false,
    "languageSupportGiven" BOOLEAN NOT NULL DEFAULT false,
    "jobSuggestionsGiven" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "status" "ReportStatus",
    "statusReason" TEXT,
    "idempotencyKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeriodicReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeriodicReportEntry" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "activityCode" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "remote" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PeriodicReportEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InformativeReport" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "topic" "InformativeTopic" NOT NULL,
    "text" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" UUID NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'RECEIVED',
    "statusReason" TEXT,
    "correctsId" UUID,

    CONSTRAINT "InformativeReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriceListEntry" (
    "id" UUID NOT NULL,
    "serviceVersion" "ServiceVersion" NOT NULL,
    "level" "Level" NOT NULL,
    "article" "Article" NOT NULL,
    "amountOre" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "PriceListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" UUID NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "decisionId" UUID NOT NULL,
    "periodId" UUID,
    "kind" "OrderKind" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "lineNumber" INTEGER NOT NULL,
    "article" "Article" NOT NULL,
    "month" DATE,
    "quantityDays" INTEGER NOT NULL,
    "unitPriceOre" INTEGER NOT NULL,
    "amountOre" INTEGER NOT NULL,
    "state" "OrderLineState" NOT NULL DEFAULT 'OPEN',
    "deliveredAt" TIMESTAMPTZ(3),
    "deliveryReportId" UUID,
    "invoicedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "supplierId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_DeliveryAreaToSupplier" (
    "A" UUID NOT NULL,
    "B" UUID NOT NULL,

    CONSTRAINT "_DeliveryAreaToSupplier_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Supplier_orgNumber_key" ON "Supplier"("orgNumber");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryArea_code_key" ON "DeliveryArea"("code");

-- CreateIndex
CREATE INDEX "PerformingUnit_supplierId_idx" ON "PerformingUnit"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "PerformingUnit_supplierId_name_key" ON "PerformingUnit"("supplierId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_supplierId_idx" ON "Membership"("supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_supplierId_key" ON "Membership"("userId", "supplierId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "UserSession_userId_idx" ON "UserSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_personalIdentityNumber_key" ON "Participant"("personalIdentityNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_implementationReference_key" ON "Decision"("implementationReference");

-- CreateIndex
CREATE INDEX "Decision_supplierId_unitId_idx" ON "Decision"("supplierId", "unitId");

-- CreateIndex
CREATE INDEX "Decision_participantId_idx" ON "Decision"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "Period_decisionId_number_key" ON "Period"("decisionId", "number");

-- CreateIndex
CREATE INDEX "Interruption_decisionId_idx" ON "Interruption"("decisionId");

-- CreateIndex
CREATE INDEX "HandledareAssignment_decisionId_idx" ON "HandledareAssignment"("decisionId");

-- CreateIndex
CREATE INDEX "HandledareAssignment_handledareId_idx" ON "HandledareAssignment"("handledareId");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodicReport_supersedesId_key" ON "PeriodicReport"("supersedesId");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodicReport_idempotencyKey_key" ON "PeriodicReport"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodicReport_decisionId_month_version_key" ON "PeriodicReport"("decisionId", "month", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PeriodicReportEntry_reportId_date_activityCode_key" ON "PeriodicReportEntry"("reportId", "date", "activityCode");

-- CreateIndex
CREATE INDEX "InformativeReport_decisionId_idx" ON "InformativeReport"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "PriceListEntry_serviceVersion_level_article_validFrom_key" ON "PriceListEntry"("serviceVersion", "level", "article", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Order_orderNumber_key" ON "Order"("orderNumber");

-- CreateIndex
CREATE INDEX "Order_decisionId_idx" ON "Order"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLine_orderId_lineNumber_key" ON "OrderLine"("orderId", "lineNumber");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_supplierId_at_idx" ON "AuditEvent"("supplierId", "at");

-- CreateIndex
CREATE INDEX "_DeliveryAreaToSupplier_B_index" ON "_DeliveryAreaToSupplier"("B");

-- AddForeignKey
ALTER TABLE "PerformingUnit" ADD CONSTRAINT "PerformingUnit_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PerformingUnit" ADD CONSTRAINT "PerformingUnit_deliveryAreaId_fkey" FOREIGN KEY ("deliveryAreaId") REFERENCES "DeliveryArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipUnit" ADD CONSTRAINT "MembershipUnit_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipUnit" ADD CONSTRAINT "MembershipUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "PerformingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserSession" ADD CONSTRAINT "UserSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_supplierId_fkey" FOREIGN KEY ("supplierId") REFERENCES "Supplier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "PerformingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Period" ADD CONSTRAINT "Period_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interruption" ADD CONSTRAINT "Interruption_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandledareAssignment" ADD CONSTRAINT "HandledareAssignment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandledareAssignment" ADD CONSTRAINT "HandledareAssignment_handledareId_fkey" FOREIGN KEY ("handledareId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodicReport" ADD CONSTRAINT "PeriodicReport_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodicReport" ADD CONSTRAINT "PeriodicReport_supersedesId_fkey" FOREIGN KEY ("supersedesId") REFERENCES "PeriodicReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodicReportEntry" ADD CONSTRAINT "PeriodicReportEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "PeriodicReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InformativeReport" ADD CONSTRAINT "InformativeReport_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_deliveryReportId_fkey" FOREIGN KEY ("deliveryReportId") REFERENCES "PeriodicReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeliveryAreaToSupplier" ADD CONSTRAINT "_DeliveryAreaToSupplier_A_fkey" FOREIGN KEY ("A") REFERENCES "DeliveryArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_DeliveryAreaToSupplier" ADD CONSTRAINT "_DeliveryAreaToSupplier_B_fkey" FOREIGN KEY ("B") REFERENCES "Supplier"("id") ON DELETE CASCADE ON UPDATE CASCADE;

