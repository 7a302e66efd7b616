const { dbHandle, closeDb } = await import("@/lib/db");
const { migrate } = await import("@/lib/db/migrate");
console.log(await migrate(dbHandle().sql));
await closeDb();
