// Until mail infrastructure exists the link is shown to the administrator, and written
// to the server log in development only (never in production: it is a credential).
export function invitationLink(token: string): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const link = `${base}/inbjudan/${token}`;
  if (process.env.NODE_ENV === "development") console.info(`[inbjudan] ${link}`);
  return link;
}
