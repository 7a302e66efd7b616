export { db, dbHandle, closeDb, type Db } from "./client";
