// A list's filter form is plain HTML with default values, and a client navigation to the same
// page (a chip that removes a filter, "Visa alla", the next page) keeps the form's DOM and what
// its fields show: the values the URL no longer has (Kommun still said "Stockholm" after its
// chip was removed, and the next Filtrera sent it again). Keyed on the filters, the form is
// drawn afresh whenever they change.

/** The key of a filter form: changes exactly when one of the filters in the URL does. */
export function filterFormKey(filters: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== "").sort(([a], [b]) => a.localeCompare(b)));
}
