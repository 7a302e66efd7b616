// Accounts belong to their person: invitations by mail only and per organisation, neutral
// answers to administrators, password reset, password rules, and mail really delivered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import { dictionary } from "@zxcvbn-ts/language-common";
import { db } from "@/lib/db";
import { setClock } from "@/lib/clock";
import { RuleError } from "@/lib/errors";
import type { StaffActor } from "@/lib/authz/permissions";
import { loadActorState } from "@/lib/authz/actor";
import { signInWithPassword } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-rules";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { listParticipantsForStaff } from "@/features/participants/list";
import { acceptInvitation, answerInvitation, inviteStaff, liftMemberSignInLock, reissueInvitation, sendPasswordResetToMember } from "@/features/staff/service";
import { getStaffMember } from "@/features/staff/queries";
import { runQueuedJobs } from "@/lib/mail/worker";
import { freePort } from "@/lib/db/embedded-server";
import { makeOfficer, makePlacement, makeStaff, makeSupplier, staffActor, TEST_PASSWORD } from "../support/factories";
import { invitationTokenFor, mailsTo, resetTokenFor } from "../support/mail";

let framtid: Awaited<ReturnType<typeof makeSupplier>>;
let nord: Awaited<ReturnType<typeof makeSupplier>>;
let framtidAdmin: StaffActor;
let nordAdmin: StaffActor;
let officerId: string;

beforeAll(async () => {
  framtid = await makeSupplier({ name: "Framtidsvägen Test AB", units: 2 });
  nord = await makeSupplier({ name: "Nordstjärnan Test AB", units: 1 });
  framtidAdmin = await staffActor((await makeStaff({ supplierId: framtid.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"], allUnits: true })).user.id, framtid.supplier.id);
  nordAdmin = await staffActor((await makeStaff({ supplierId: nord.supplier.id, permissions: ["ADMINISTER_PERMISSIONS"], allUnits: true })).user.id, nord.supplier.id);
  officerId = (await makeOfficer()).id;
  await makePlacement({ supplierId: framtid.supplier.id, unitId: framtid.units[0].id, officerId, startDate: "2026-10-01" });
});

describe("invitations cannot hand one organisation's access to another", () => {
  it("another supplier's invitation to the same address opens only its own membership (the takeover of finding 1)", async () => {
    const email = "ny.kollega@test.example.se";
    await inviteStaff(framtidAdmin, { name: "Ny Kollega", email, permissions: ["REPORTING"], unitScope: "ALL", unitIds: [] });
    const framtidToken = await invitationTokenFor(email);
    // Nordstjärnan invites the same address; its administrator sees no link, only a membership id.
    const res = await inviteStaff(nordAdmin, { name: "Ny Kollega", email, permissions: [], unitScope: "ALL", unitIds: [] });
    expect(Object.keys(res)).toEqual(["membershipId"]);
    const nordToken = await invitationTokenFor(email);
    expect(nordToken).not.toBe(framtidToken);
    // Whoever holds Nordstjärnan's link sets the password …
    await acceptInvitation(nordToken, await hashPassword("Ett-bra-lösenord-1"));
    const login = await signInWithPassword(email, "Ett-bra-lösenord-1");
    const state = await loadActorState((login as { sessionId: string }).sessionId);
    // … and gets Nordstjärnan only: Framtidsvägen's membership is still pending, no organisation to pick.
    expect(state.status === "ok" && state.actor.kind === "staff" && state.actor.supplierId).toBe(nord.supplier.id);
    const actor = (state as { actor: StaffActor }).actor;
    expect((await listParticipantsForStaff(actor)).rows).toEqual([]);
    // Framtidsvägen's own link still works, and now asks the account's owner to answer it.
    await expect(answerInvitation(actor.userId, framtidToken, true)).resolves.toEqual({ supplierId: framtid.supplier.id });
  });

  it("an administrator can never expire or reissue another organisation's invitation", async () => {
    const email = "tva.org@test.example.se";
    const a = await inviteStaff(framtidAdmin, { name: "Två Org", email, permissions: [], unitScope: "ALL", unitIds: [] });
    const framtidToken = await invitationTokenFor(email);
    const b = await inviteStaff(nordAdmin, { name: "Två Org", email, permissions: [], unitScope: "ALL", unitIds: [] });
    await reissueInvitation(nordAdmin, b.membershipId);
    await expect(reissueInvitation(nordAdmin, a.membershipId)).rejects.toMatchObject({ name: "NotFoundError" });
    // Framtidsvägen's first link was not touched by Nordstjärnan's reissue.
    await expect(acceptInvitation(framtidToken, await hashPassword("Ett-bra-lösenord-1"))).resolves.toEqual({ email });
    // And once the person has a password, Framtidsvägen can still send a new invitation to another pending membership.
    const c = await inviteStaff(nordAdmin, { name: "x", email: "annan@test.example.se", permissions: [], unitScope: "ALL", unitIds: [] });
    await expect(reissueInvitation(nordAdmin, c.membershipId)).resolves.toBeUndefined();
  });

  it("answers every address alike (new, another supplier's account, an officer's) and adds nobody without consent (finding 6)", async () => {
    const elsewhere = await makeStaff({ supplierId: nord.supplier.id, permissions: ["REPORTING"], allUnits: true });
    const officer = await makeOfficer();
    const answers = [];
    for (const email of ["helt.ny@test.example.se", elsewhere.user.email, officer.email]) {
      const r = await inviteStaff(framtidAdmin, { name: "Inbjuden Person", email, permissions: ["REPORTING"], unitScope: "ALL", unitIds: [] });
      answers.push(Object.keys(r));
      const m = await getStaffMember(framtidAdmin, r.membershipId);
      expect({ name: m.name, pending: m.invitationPending }).toEqual({ name: "Inbjuden Person", pending: true });
    }
    expect(answers).toEqual([["membershipId"], ["membershipId"], ["membershipId"]]);
    // The officer gets no mail and can never accept; the colleague elsewhere signs in as before.
    expect(await mailsTo(officer.email)).toEqual([]);
    const login = await signInWithPassword(elsewhere.user.email, TEST_PASSWORD);
    expect((await loadActorState((login as { sessionId: string }).sessionId)).status).toBe("ok");
    // Declining removes the pending membership's access for good.
    const token = await invitationTokenFor(elsewhere.user.email);
    await answerInvitation(elsewhere.user.id, token, false);
    await expect(answerInvitation(elsewhere.user.id, token, true)).rejects.toBeInstanceOf(RuleError);
  });

  it("a signed-in person cannot answer someone else's invitation", async () => {
    const victim = "offer@test.example.se";
    await inviteStaff(framtidAdmin, { name: "Offer", email: victim, permissions: ["REPORTING"], unitScope: "ALL", unitIds: [] });
    const someoneElse = await makeStaff({ supplierId: nord.supplier.id, permissions: [], allUnits: true });
    await expect(answerInvitation(someoneElse.user.id, await invitationTokenFor(victim), true)).rejects.toBeInstanceOf(RuleError);
  });
});

describe("forgotten passwords", () => {
  it("sends a single-use link valid one hour, says nothing about unknown addresses, and the new password ends every session and lifts a lock-out", async () => {
    const { user } = await makeStaff({ supplierId: framtid.supplier.id, permissions: ["REPORTING"], allUnits: true });
    const session = await signInWithPassword(user.email, TEST_PASSWORD);
    for (let i = 0; i < 6; i++) await signInWithPassword(user.email, "fel-gissning");
    expect(await signInWithPassword(user.email, TEST_PASSWORD)).toEqual({ ok: false, reason: "locked" });

    await expect(requestPasswordReset("finns.inte@test.example.se")).resolves.toBeUndefined();
    expect(await mailsTo("finns.inte@test.example.se")).toEqual([]);
    await requestPasswordReset(user.email.toUpperCase());
    const token = await resetTokenFor(user.email);
    const mail = (await mailsTo(user.email)).at(-1)!;
    expect(mail.html).toContain("/aterstall-losenord/");
    expect(mail.text).not.toMatch(/\d{6}-?\d{4}/);

    await resetPassword(token, "Ett-nytt-bra-lösenord-9");
    expect((await loadActorState((session as { sessionId: string }).sessionId)).status).toBe("none");
    expect((await signInWithPassword(user.email, "Ett-nytt-bra-lösenord-9")).ok).toBe(true);
    await expect(resetPassword(token, "Ett-tredje-lösenord-8")).rejects.toBeInstanceOf(RuleError);

    await requestPasswordReset(user.email);
    const late = await resetTokenFor(user.email);
    setClock(new Date(Date.now() + 61 * 60_000));
    try {
      await expect(resetPassword(late, "Ett-fjärde-lösenord-7")).rejects.toBeInstanceOf(RuleError);
    } finally {
      setClock(null);
    }
  });

  it("is rate-limited per address: a flood of requests sends only a few mails", async () => {
    const { user } = await makeStaff({ supplierId: framtid.supplier.id, permissions: [], allUnits: true });
    for (let i = 0; i < 8; i++) await requestPasswordReset(user.email);
    expect((await mailsTo(user.email)).length).toBe(3);
  });

  it("an administrator sends the member a reset link (to the member's mailbox) and can lift a lock", async () => {
    const member = await makeStaff({ supplierId: framtid.supplier.id, permissions: ["REPORTING"], allUnits: true });
    for (let i = 0; i < 6; i++) await signInWithPassword(member.user.email, "fel");
    expect(await liftMemberSignInLock(framtidAdmin, member.membership.id)).toBe(true);
    expect((await signInWithPassword(member.user.email, TEST_PASSWORD)).ok).toBe(true);
    await sendPasswordResetToMember(framtidAdmin, member.membership.id);
    expect((await mailsTo(member.user.email)).at(-1)?.kind).toBe("password-reset");
    // Not across organisations.
    await expect(sendPasswordResetToMember(nordAdmin, member.membership.id)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(liftMemberSignInLock(nordAdmin, member.membership.id)).rejects.toMatchObject({ name: "NotFoundError" });
  });
});

describe("password rules", () => {
  it("refuse the e-mail address, the name, common passwords and trivial ones; accept a good one", async () => {
    const person = { email: "eva.ek@test.example.se", name: "Eva Ekström" };
    const common = (dictionary["passwords-common"] as string[]).find((p) => p.length >= 12)!;
    expect(passwordProblem("eva.ek@test.example.se", person)).toMatch(/e-postadress/);
    expect(passwordProblem("evaektest1234", person)).toMatch(/e-postadress/);
    expect(passwordProblem("Ekström2026!", person)).toMatch(/namn/);
    expect(passwordProblem(common, person)).toMatch(/vanligt/);
    expect(passwordProblem("aaaaaaaaaaaa", person)).not.toBeNull();
    expect(passwordProblem("Tre-blå-hästar-springer", person)).toBeNull();
    const { user } = await makeStaff({ supplierId: framtid.supplier.id, permissions: [], allUnits: true });
    await requestPasswordReset(user.email);
    await expect(resetPassword(await resetTokenFor(user.email), user.email)).rejects.toMatchObject({ field: "password" });
  });
});

describe("mail delivery", () => {
  let smtp: SMTPServer;
  const received: { to: string; subject: string; text: string }[] = [];
  let failNext = false;

  beforeAll(async () => {
    const port = await freePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, _session, callback) {
        if (failNext) {
          failNext = false;
          stream.resume();
          return callback(new Error("451 try again later"));
        }
        simpleParser(stream).then((m) => {
          received.push({ to: (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? "", subject: m.subject ?? "", text: m.text ?? "" });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((r) => smtp.listen(port, "127.0.0.1", () => r()));
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    // What the tests above queued goes out first, so the jobs below are the only ones left.
    await runQueuedJobs(process.env.DATABASE_URL!);
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await new Promise<void>((r) => smtp.close(() => r()));
  });

  it("a queued invitation reaches a real SMTP server once, in Swedish, after the transaction commits; a failing relay is retried", async () => {
    const email = "smtp.mottagare@test.example.se";
    await inviteStaff(framtidAdmin, { name: "Smtp Mottagare", email, permissions: [], unitScope: "ALL", unitIds: [] });
    failNext = true;
    await runQueuedJobs(process.env.DATABASE_URL!).catch(() => undefined);
    const afterFailure = (await mailsTo(email))[0];
    expect(afterFailure).toMatchObject({ sentAt: null, attempts: 1 });
    expect(afterFailure.lastError).toContain("451");
    // The queue waits before a retry; move its clock forward by making the job due now.
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE locked_at IS NULL`;
    await runQueuedJobs(process.env.DATABASE_URL!);
    const mine = received.filter((m) => m.to === email);
    expect(mine).toHaveLength(1);
    expect(mine[0].subject).toBe("Du har bjudits in till Framtidsvägen Test AB i Mina sidor för fristående aktörer");
    expect(mine[0].text).toContain("Välj lösenord: http");
    expect((await mailsTo(email))[0].sentAt).not.toBeNull();
    await runQueuedJobs(process.env.DATABASE_URL!);
    expect(received.filter((m) => m.to === email)).toHaveLength(1);
  });

  it("a change that rolls back sends nothing", async () => {
    const before = await db.outgoingMail.count();
    await expect(
      inviteStaff(framtidAdmin, { name: "Rulla Tillbaka", email: "rulla@test.example.se", permissions: ["REPORTING"], unitScope: "SELECTED", unitIds: [nord.units[0].id] }),
    ).rejects.toBeInstanceOf(RuleError);
    expect(await db.outgoingMail.count()).toBe(before);
  });
});
