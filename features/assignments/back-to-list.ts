// The way back from "Välj handledare" to the list it came from: the same filters and page, with
// the chosen participants still ticked. Before, "Tillbaka" opened the list afresh and the ticks
// were gone, so choosing one more participant meant ticking them all again.

/** The list's own parameters that the choice form carries along (hidden fields). */
export const LIST_PARAMS = ["tjanst", "enhet", "kommun", "sida"] as const;
export type ListParams = Partial<Record<(typeof LIST_PARAMS)[number], string>>;

const MAX_VALUE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list parameters out of a request's query: only the list's own keys, one short value each. */
export function listParamsFrom(query: Record<string, string | string[] | undefined>): ListParams {
  const out: ListParams = {};
  for (const key of LIST_PARAMS) {
    const raw = query[key];
    const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (value && value.length <= MAX_VALUE) out[key] = value;
  }
  return out;
}

/** The ids to tick again on the list (`d`, as the choice form sends them): well-formed, once each, at most `max`. */
export function tickedIds(raw: string | string[] | undefined, max = 200): string[] {
  const all = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return [...new Set(all.filter((id) => UUID.test(id)))].slice(0, max);
}

/** /nya-deltagare with the list's parameters and `d` once per participant to tick (the filter chips pass none). */
export function newParticipantsHref(params: ListParams, decisionIds: string[] = []): string {
  const s = new URLSearchParams();
  for (const key of LIST_PARAMS) if (params[key]) s.set(key, params[key]!);
  for (const id of decisionIds) s.append("d", id);
  const q = s.toString();
  return q ? `/nya-deltagare?${q}` : "/nya-deltagare";
}
