// npm run db:migrate — applies pending migrations to the configured database.
import { closeDb, dbHandle } from "@/lib/db";
import { describeDbTarget } from "@/lib/db/target";
import { migrate } from "@/lib/db/migrate";

const handle = dbHandle();
try {
  const applied = await migrate(handle.sql);
  console.log(
    applied.length ? `Migrerade ${describeDbTarget(handle.target)}: ${applied.join(", ")}` : `${describeDbTarget(handle.target)} är redan uppdaterad.`,
  );
} finally {
  await closeDb();
}
