// npm run db:migrate — applies pending migrations to the configured database.
import { closeDb, dbHandle } from "@/lib/db";
import { describeDbTarget } from "@/lib/db/target";
import { migrate } from "@/lib/db/migrate";
import { migrateJobQueue } from "@/lib/mail/worker";

const handle = dbHandle();
try {
  const applied = await migrate(handle.sql);
  await migrateJobQueue(handle.target.url);
  console.log(
    applied.length ? `Migrerade ${describeDbTarget(handle.target)}: ${applied.join(", ")}` : `${describeDbTarget(handle.target)} är redan uppdaterad.`,
  );
} finally {
  await closeDb();
}
