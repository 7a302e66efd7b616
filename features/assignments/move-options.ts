// Who a bulk move can go to depends on which participants are ticked: a handledare needs
// Rapportering at each chosen participant's unit. The server says at which of the
// participants' units each person can take them; this picks those who can take all that are
// ticked (plain, so the form and its test share it). The move itself checks again.

export interface MoveOption {
  userId: string;
  /** the participants' units at which this person can be handledare */
  unitIds: string[];
}

/** The options that can take every ticked participant; all who can take any, when none is ticked. */
export function optionsForSelection<O extends MoveOption>(options: O[], selectedUnitIds: Iterable<string>): O[] {
  const units = [...new Set(selectedUnitIds)];
  return options.filter((o) => (units.length === 0 ? o.unitIds.length > 0 : units.every((u) => o.unitIds.includes(u))));
}

/** What the form says after a move: how many, and to whom ("1 deltagare har flyttats till Hugo Handledare."). */
export function movedMessage(assigned: number, toName: string | undefined): string {
  return toName ? `${assigned} deltagare har flyttats till ${toName}.` : `${assigned} deltagare har flyttats.`;
}
