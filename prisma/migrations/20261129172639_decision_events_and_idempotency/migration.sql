-- CreateEnum
CREATE TYPE "DecisionEventType" AS ENUM ('DECISION_CREATED', 'INTERRUPTION_REGISTERED', 'INTERRUPTION_WITHDRAWN', 'PERIOD_GRANTED', 'PERIOD_END_CHANGED', 'HANDLEDARE_ASSIGNED');

-- CreateTable
CREATE TABLE "DecisionEvent" (
    "id" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "type" "DecisionEventType" NOT NULL,
    "data" JSONB,

    CONSTRAINT "DecisionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "key" TEXT NOT NULL,
    "actorId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "DecisionEvent_decisionId_at_idx" ON "DecisionEvent"("decisionId", "at");

-- AddForeignKey
ALTER TABLE "DecisionEvent" ADD CONSTRAINT "DecisionEvent_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Level (nivå) never changes after the decision: enforced by the database itself, so no
-- screen, action, API or script can change it. Not expressible in schema.prisma.
CREATE FUNCTION decision_level_is_immutable() RETURNS trigger AS $$
BEGIN
  IF NEW."level" IS DISTINCT FROM OLD."level" THEN
    RAISE EXCEPTION 'Nivån kan inte ändras efter beslutet' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Decision_level_immutable" BEFORE UPDATE OF "level" ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION decision_level_is_immutable();
