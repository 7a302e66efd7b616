-- AlterEnum
ALTER TYPE "DecisionEventType" ADD VALUE 'WORK_PLACEMENT_REGISTERED';

-- CreateTable
CREATE TABLE "WorkPlacement" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "employer" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "registeredAt" TIMESTAMPTZ(3) NOT NULL,
    "registeredById" UUID NOT NULL,

    CONSTRAINT "WorkPlacement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkPlacement_decisionId_idx" ON "WorkPlacement"("decisionId");

-- AddForeignKey
ALTER TABLE "WorkPlacement" ADD CONSTRAINT "WorkPlacement_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

