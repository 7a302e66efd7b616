// The job queue (graphile-worker on the portal's own PostgreSQL): every app instance runs a
// worker; each job is taken by exactly one of them (SKIP LOCKED), retried with exponential
// back-off when the relay fails, and picked up at once through LISTEN/NOTIFY.
import { Logger, run, runMigrations, runOnce, type Runner, type TaskList } from "graphile-worker";
import { z } from "@/lib/validation/zod";
import { SEND_MAIL_TASK } from "./outbox";
import { deliverMail } from "./transport";

const quiet = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[e-post] ${message}`);
});

const payload = z.object({ mailId: z.uuid() });

export const taskList: TaskList = {
  [SEND_MAIL_TASK]: async (raw) => {
    await deliverMail(payload.parse(raw).mailId);
  },
};

/** The queue's own tables (schema graphile_worker), next to the portal's migrations. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quiet });
}

const globalForWorker = globalThis as unknown as { __mailWorker?: Promise<Runner> };

export function startMailWorker(connectionString: string): Promise<Runner> {
  globalForWorker.__mailWorker ??= run({ connectionString, concurrency: 2, pollInterval: 2000, noHandleSignals: false, logger: quiet, taskList });
  return globalForWorker.__mailWorker;
}

/** Works off every job that is due now, then returns (tests and scripts). */
export async function runQueuedJobs(connectionString: string): Promise<void> {
  await runOnce({ connectionString, logger: quiet, taskList });
}
