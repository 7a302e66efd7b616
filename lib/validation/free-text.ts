// Free text must never carry a personal identity number: Arbetsförmedlingen already knows
// who the participant is, and a number in a note ends up in exports, mails and copies.
// Every free-text field's schema refines with this (safe in the browser too). What cannot
// be detected (a diagnosis, say) is left to the forms' warning.
import { containsPersonnummer } from "./sensitive-text";

export const PERSONNUMMER_IN_TEXT_MESSAGE =
  "Skriv inte personnummer eller samordningsnummer i fritext. Arbetsförmedlingen vet redan vem deltagaren är.";

/** For z.string().refine(...): true when the text holds no personnummer or samordningsnummer. */
export const noPersonnummer = (text: string | undefined): boolean => !text || !containsPersonnummer(text);
