// Small helpers shared by the endpoint modules.
import { z } from "@/lib/validation/zod";

export const participantIdParams = z.object({ id: z.uuid() });

export const at = (d: Date): string => d.toISOString();
export const atOrNull = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** The later of two instants (the participant's "changed" time). */
export function latest(...instants: (Date | null | undefined)[]): Date {
  return new Date(Math.max(...instants.filter((d): d is Date => !!d).map((d) => d.getTime())));
}

export const changedSinceQuery = z.iso
  .datetime({ offset: true, error: "Ange tidpunkten i ISO 8601, till exempel 2026-05-01T00:00:00Z." })
  .optional();
