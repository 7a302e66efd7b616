-- AlterTable (the names sort in Swedish: the ICU collation, as on "Participant")
ALTER TABLE "Decision" ADD COLUMN     "sortFirstName" TEXT COLLATE "sv-x-icu",
ADD COLUMN     "sortLastName" TEXT COLLATE "sv-x-icu";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "supplierId" UUID,
ADD COLUMN     "unitId" UUID;

-- ---------------------------------------------------------------------------------------
-- Hand-written: copies that let the two biggest lists sort, count and page on one table's
-- index instead of joining and sorting every row in the supplier's scope (issue #11).
-- lib/decisions/read-model.ts holds the rule; tests/integration/read-model.test.ts proves it.

-- A placement carries its participant's names.
CREATE FUNCTION rm_decision_sort_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."lastName", p."firstName" INTO NEW."sortLastName", NEW."sortFirstName" FROM "Participant" p WHERE p.id = NEW."participantId";
  RETURN NEW;
END $$;
CREATE TRIGGER rm_decision_sort_names BEFORE INSERT OR UPDATE OF "participantId" ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION rm_decision_sort_names();

CREATE FUNCTION rm_participant_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Decision" SET "sortLastName" = NEW."lastName", "sortFirstName" = NEW."firstName" WHERE "participantId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER rm_participant_names AFTER UPDATE OF "firstName", "lastName" ON "Participant"
  FOR EACH ROW EXECUTE FUNCTION rm_participant_names();

-- An order carries its placement's organisation and unit.
CREATE FUNCTION rm_order_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d."supplierId", d."unitId" INTO NEW."supplierId", NEW."unitId" FROM "Decision" d WHERE d.id = NEW."decisionId";
  RETURN NEW;
END $$;
CREATE TRIGGER rm_order_scope BEFORE INSERT OR UPDATE OF "decisionId" ON "Order"
  FOR EACH ROW EXECUTE FUNCTION rm_order_scope();

CREATE FUNCTION rm_decision_scope() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Order" SET "supplierId" = NEW."supplierId", "unitId" = NEW."unitId" WHERE "decisionId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER rm_decision_scope AFTER UPDATE OF "supplierId", "unitId" ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION rm_decision_scope();

UPDATE "Decision" d SET "sortLastName" = p."lastName", "sortFirstName" = p."firstName" FROM "Participant" p WHERE p.id = d."participantId";
UPDATE "Order" o SET "supplierId" = d."supplierId", "unitId" = d."unitId" FROM "Decision" d WHERE d.id = o."decisionId";

-- CreateIndex
CREATE INDEX "Decision_supplierId_sortLastName_sortFirstName_id_idx" ON "Decision"("supplierId", "sortLastName", "sortFirstName", "id");

-- CreateIndex
CREATE INDEX "Decision_supplierId_serviceStart_idx" ON "Decision"("supplierId", "serviceStart");

-- CreateIndex
CREATE INDEX "Order_supplierId_createdAt_orderNumber_idx" ON "Order"("supplierId", "createdAt", "orderNumber");

-- CreateIndex
CREATE INDEX "Order_supplierId_unitId_idx" ON "Order"("supplierId", "unitId");

-- Hand-written (schema.prisma cannot express a partial index with INCLUDE): the menu's count
-- of "Nya deltagare" and the page's filter counts read only this index (index-only scans over
-- the running placements that need a handledare; the ended ones keep needsHandledareSince).
CREATE INDEX "Decision_needs_handledare_idx" ON "Decision"("supplierId", "currentPeriodEnd")
  INCLUDE ("unitId", "serviceVersion", "interruptionDate", "needsHandledareSince", "sortFirstName", "sortLastName") WHERE "needsHandledareSince" IS NOT NULL;
