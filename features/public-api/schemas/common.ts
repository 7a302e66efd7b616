// The registry of the public API's component schemas (the OpenAPI document is generated from
// it) and the building blocks every representation uses: dates, instants, ids, levels, states.
// Import the representations through ../schemas.ts, which registers them in the document's order.
import { z } from "@/lib/validation/zod";
import { DECISION_STATES } from "@/features/decisions/schemas";

/** The component schemas of the OpenAPI document (answers). */
export const apiComponents = z.registry<{ id: string; description?: string }>();

export function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiComponents.add(schema, description ? { id, description } : { id });
  return schema;
}

// ---------------------------------------------------------------------------------------
// Building blocks

export const isoDate = z.iso.date().describe("A Swedish calendar date, YYYY-MM-DD.");
export const instant = z.iso.datetime().describe("An instant, ISO 8601 in UTC.");
export const id = z.uuid();

export const LEVELS = ["A", "B", "C"] as const;
export const SERVICE_VERSIONS = ["ROM1", "ROM2"] as const;
export const REPORT_STATUSES = ["RECEIVED", "APPROVED", "REJECTED"] as const;

export const level = z.enum(LEVELS).describe("Nivå A, B or C.");
export const serviceVersion = z.enum(SERVICE_VERSIONS).describe("ROM1 = Rusta och matcha, ROM2 = Rusta och matcha 2.");
export const decisionState = z.enum(DECISION_STATES).describe("new (no handledare yet), active, planned-interruption, interrupted, period-ended, completed.");
export const reportStatus = z.enum(REPORT_STATUSES).describe("RECEIVED (Mottagen), APPROVED (Godkänd), REJECTED (Ej godkänd).");

export const Ref = component("Ref", z.object({ id, name: z.string() }), "Something referred to by id, with its name.");

export const PageInfo = { nextCursor: z.string().nullable().describe("Pass as `cursor` to read the next page; null on the last page.") };
