-- CreateIndex
CREATE INDEX "Decision_decidedAt_idx" ON "Decision"("decidedAt");

-- CreateIndex
CREATE INDEX "Decision_serviceStart_idx" ON "Decision"("serviceStart");

-- CreateIndex
CREATE INDEX "Decision_sortLastName_sortFirstName_id_idx" ON "Decision"("sortLastName", "sortFirstName", "id");

