// How a handledare's load is named where a handledare is chosen (issue #14): "Kim Konsult (2 av
// 50)" did not say what the numbers are. Plain functions, shared by the card, the assignment
// flow and the bulk move, so the words are the same everywhere (and reach screen readers, which
// read an option's text).

/** "2 av högst 50 deltagare", or "2 deltagare" where the service has no cap (Rusta och matcha). */
export function handledareLoadText(load: number, cap: number | null): string {
  return cap === null ? `${load} deltagare nu` : `${load} av högst ${cap} deltagare`;
}

/** The option's text: the name and the load in words. */
export function handledareOptionLabel(o: { name: string; load: number; cap: number | null }): string {
  return `${o.name} (${handledareLoadText(o.load, o.cap)})`;
}

/** The hint beside a choice of handledare, tied to it with aria-describedby. */
export const HANDLEDARE_LOAD_HINT =
  "Inom parentes: hur många deltagare handledaren har nu och, i Rusta och matcha 2, hur många hen får ha samtidigt (högst 50).";
