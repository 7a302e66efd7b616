const LABELS: Record<string, string> = {
  "staff.invited": "Inbjuden",
  "staff.invitation-reissued": "Ny inbjudningslänk skapad",
  "staff.access-changed": "Behörigheter eller verksamheter ändrade",
  "staff.deactivated": "Inaktiverad",
  "staff.reactivated": "Återaktiverad",
};

export function describeAuditEvent(action: string): string {
  return LABELS[action] ?? action;
}
