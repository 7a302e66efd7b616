-- CreateTable
CREATE TABLE "ActivityType" (
    "id" UUID NOT NULL,
    "serviceVersion" "ServiceVersion" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mandatory" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ActivityType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointPlanning" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "periodId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "remote" BOOLEAN NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedById" UUID NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'RECEIVED',
    "statusReason" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "idempotencyKey" TEXT,

    CONSTRAINT "JointPlanning_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JointPlanningActivity" (
    "planningId" UUID NOT NULL,
    "activityCode" TEXT NOT NULL,

    CONSTRAINT "JointPlanningActivity_pkey" PRIMARY KEY ("planningId","activityCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActivityType_serviceVersion_code_key" ON "ActivityType"("serviceVersion", "code");

-- CreateIndex
CREATE UNIQUE INDEX "JointPlanning_idempotencyKey_key" ON "JointPlanning"("idempotencyKey");

-- CreateIndex
CREATE INDEX "JointPlanning_decisionId_idx" ON "JointPlanning"("decisionId");

-- CreateIndex
CREATE UNIQUE INDEX "JointPlanning_periodId_version_key" ON "JointPlanning"("periodId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Order_periodId_kind_key" ON "Order"("periodId", "kind");

-- AddForeignKey
ALTER TABLE "JointPlanning" ADD CONSTRAINT "JointPlanning_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPlanning" ADD CONSTRAINT "JointPlanning_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "Period"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JointPlanningActivity" ADD CONSTRAINT "JointPlanningActivity_planningId_fkey" FOREIGN KEY ("planningId") REFERENCES "JointPlanning"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- The activity catalogue of both service versions (reference data, not demo data).
-- Rusta och matcha 2 adds Kartläggning as mandatory, renames and removes some (DOMAIN.md).
INSERT INTO "ActivityType" ("id", "serviceVersion", "code", "name", "mandatory", "sortOrder") VALUES
  (gen_random_uuid(), 'ROM1', 'INDIVIDUAL_DEVELOPMENT_MEETING', 'Individuellt utvecklingsmöte', true, 1),
  (gen_random_uuid(), 'ROM1', 'OWN_WORK', 'Eget arbete enligt individuell planering med anordnare', true, 2),
  (gen_random_uuid(), 'ROM1', 'MOTIVATIONAL_TALK', 'Motiverande samtal', false, 3),
  (gen_random_uuid(), 'ROM1', 'HEALTH', 'Hälsofrämjande åtgärder', false, 4),
  (gen_random_uuid(), 'ROM1', 'INFORMATION', 'Information', false, 5),
  (gen_random_uuid(), 'ROM1', 'OTHER_PROVIDER', 'Insats hos annan aktör', false, 6),
  (gen_random_uuid(), 'ROM1', 'EMPLOYER_CONTACTS', 'Kontakter med arbetsgivare', false, 7),
  (gen_random_uuid(), 'ROM1', 'SHORT_TRAINING', 'Kortare utbildning', false, 8),
  (gen_random_uuid(), 'ROM1', 'GUIDANCE', 'Vägledning mot arbete eller utbildning', false, 9),
  (gen_random_uuid(), 'ROM1', 'PRACTICAL_SUPPORT', 'Praktiskt stöd', false, 10),
  (gen_random_uuid(), 'ROM1', 'DIGITAL_SKILLS', 'Stöd för digital kompetens', false, 11),
  (gen_random_uuid(), 'ROM1', 'LANGUAGE_SKILLS', 'Stöd för språkkunskaper', false, 12),
  (gen_random_uuid(), 'ROM2', 'MAPPING', 'Kartläggning', true, 1),
  (gen_random_uuid(), 'ROM2', 'INDIVIDUAL_DEVELOPMENT_MEETING', 'Individuellt utvecklingsmöte', true, 2),
  (gen_random_uuid(), 'ROM2', 'OWN_WORK', 'Eget arbete enligt individuell planering med anordnare', true, 3),
  (gen_random_uuid(), 'ROM2', 'MOTIVATION', 'Motivationshöjande samtal', false, 4),
  (gen_random_uuid(), 'ROM2', 'DIET_HEALTH', 'Kost och hälsa', false, 5),
  (gen_random_uuid(), 'ROM2', 'INFORMATION', 'Information', false, 6),
  (gen_random_uuid(), 'ROM2', 'OTHER_PROVIDER', 'Insats hos annan aktör', false, 7),
  (gen_random_uuid(), 'ROM2', 'EMPLOYER_CONTACTS', 'Kontakter med arbetsgivare', false, 8),
  (gen_random_uuid(), 'ROM2', 'GUIDANCE', 'Vägledning mot arbete eller utbildning', false, 9),
  (gen_random_uuid(), 'ROM2', 'PRACTICAL_SUPPORT', 'Praktiskt stöd', false, 10),
  (gen_random_uuid(), 'ROM2', 'DIGITAL_SKILLS', 'Stöd för digital kompetens', false, 11),
  (gen_random_uuid(), 'ROM2', 'LANGUAGE_SKILLS', 'Stöd för språkkunskaper', false, 12);
