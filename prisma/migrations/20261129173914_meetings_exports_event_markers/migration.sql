-- CreateTable
CREATE TABLE "FollowUpMeeting" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL,
    "recordedById" UUID NOT NULL,

    CONSTRAINT "FollowUpMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ParticipantExport" (
    "id" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "fromDate" DATE NOT NULL,
    "toDate" DATE NOT NULL,
    "format" TEXT NOT NULL,

    CONSTRAINT "ParticipantExport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportedDecision" (
    "exportId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,

    CONSTRAINT "ExportedDecision_pkey" PRIMARY KEY ("exportId","decisionId")
);

-- CreateTable
CREATE TABLE "EventReadMarker" (
    "userId" UUID NOT NULL,
    "supplierId" UUID NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventReadMarker_pkey" PRIMARY KEY ("userId","supplierId")
);

-- CreateIndex
CREATE INDEX "FollowUpMeeting_decisionId_date_idx" ON "FollowUpMeeting"("decisionId", "date");

-- CreateIndex
CREATE INDEX "ParticipantExport_supplierId_at_idx" ON "ParticipantExport"("supplierId", "at");

-- CreateIndex
CREATE INDEX "ExportedDecision_decisionId_idx" ON "ExportedDecision"("decisionId");

-- AddForeignKey
ALTER TABLE "FollowUpMeeting" ADD CONSTRAINT "FollowUpMeeting_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportedDecision" ADD CONSTRAINT "ExportedDecision_exportId_fkey" FOREIGN KEY ("exportId") REFERENCES "ParticipantExport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportedDecision" ADD CONSTRAINT "ExportedDecision_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

