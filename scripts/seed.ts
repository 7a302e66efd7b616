// npm run db:seed — migrates the configured database and fills it with demo data
// (two suppliers, their staff accounts and about sixty participants). Does nothing when
// the database already has suppliers. Refuses to run in production unless told to.
import { closeDb, dbHandle } from "@/lib/db";
import { describeDbTarget } from "@/lib/db/target";
import { migrate } from "@/lib/db/migrate";
import { migrateJobQueue } from "@/lib/mail/worker";
import { today } from "@/lib/clock";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "@/features/demo/seed";

if (process.env.NODE_ENV === "production" && process.env.ALLOW_DEMO_SEED !== "true") {
  console.error(
    "Demodata läggs inte in i produktion. Sätt ALLOW_DEMO_SEED=true om du verkligen vill fylla den här databasen med påhittade deltagare och konton.",
  );
  process.exit(1);
}

const handle = dbHandle();
try {
  const applied = await migrate(handle.sql);
  await migrateJobQueue(handle.target.url);
  if (applied.length) console.log(`Migrerade ${describeDbTarget(handle.target)}: ${applied.join(", ")}`);
  const date = today();
  const { created } = await seedDemoData(handle.prisma, { today: date });
  if (created) {
    console.log(`Demodata inlagd i ${describeDbTarget(handle.target)} (datum ${date}).`);
    console.log(`Alla konton har lösenordet ${DEMO_PASSWORD}:`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(46)} ${a.name} – ${a.description}`);
  } else {
    console.log(`Ingen demodata lades in: ${describeDbTarget(handle.target)} har redan leverantörer.`);
  }
} finally {
  await closeDb();
}
