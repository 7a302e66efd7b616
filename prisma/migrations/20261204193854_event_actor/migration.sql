-- Who caused an event, so that a supplier's staff member's own actions (assigning a handledare)
-- are not unread news to them in Händelser and its badge. Events from before stay without one.

-- AlterTable
ALTER TABLE "DecisionEvent" ADD COLUMN     "actorId" UUID;

