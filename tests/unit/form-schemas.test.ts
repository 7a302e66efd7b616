// Bad input gets a clear Swedish message on the right field.
import { describe, expect, it } from "vitest";
import { acceptInvitationInput, loginInput } from "@/lib/auth/schemas";
import { accessInput } from "@/features/staff/schemas";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("form schemas", () => {
  it("login: missing and malformed fields", () => {
    expect(messages(loginInput.safeParse({}))).toEqual({ email: expect.stringMatching(/e-post/i), password: expect.stringMatching(/lösenord/i) });
    expect(messages(loginInput.safeParse({ email: "anna", password: "x" }))).toEqual({ email: "Ange en giltig e-postadress." });
  });
  it("invitation: short password and mismatch", () => {
    expect(messages(acceptInvitationInput.safeParse({ token: "x".repeat(40), password: "kort", confirm: "kort" }))).toEqual({
      password: "Lösenordet måste ha minst 12 tecken.",
    });
    expect(messages(acceptInvitationInput.safeParse({ token: "x".repeat(40), password: "ett-långt-lösenord", confirm: "ett-annat-lösenord" }))).toEqual({
      confirm: "Lösenorden är inte lika.",
    });
  });
  it("access: unknown scope and malformed unit ids", () => {
    const r = messages(accessInput.safeParse({ permissions: [], unitScope: "SOME", unitIds: ["not-a-uuid"] }));
    expect(r.unitScope).toBe("Välj vilka utförande verksamheter personen ska ha.");
    expect(r["unitIds.0"]).toBe("Okänd utförande verksamhet.");
  });
  it("access: an administrator needs no unit; a unit permission does", () => {
    expect(accessInput.safeParse({ permissions: ["ADMINISTER_PERMISSIONS"], unitScope: "SELECTED", unitIds: [] }).success).toBe(true);
    expect(messages(accessInput.safeParse({ permissions: ["RECEIVE_PARTICIPANTS"], unitScope: "SELECTED", unitIds: [] })).unitIds).toMatch(/minst en utförande verksamhet/);
  });
});
