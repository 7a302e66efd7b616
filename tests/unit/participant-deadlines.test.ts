import { describe, expect, it } from "vitest";
import { participantDeadlines } from "@/features/participants/participant-deadlines";

const base = { countedFrom: "2026-11-01", hasHandledare: false, serviceStart: "2026-11-01", periodEnd: "2027-04-30", firstMeetingDate: null, meetings: [], ongoing: true };

describe("deadline view", () => {
  it("shows the assignment deadline overdue until a handledare is assigned", () => {
    const items = participantDeadlines(base, "2026-11-12");
    expect(items.find((i) => i.key === "assignment")).toMatchObject({ date: "2026-11-11", state: "overdue" });
    expect(participantDeadlines({ ...base, hasHandledare: true }, "2026-11-12").find((i) => i.key === "assignment")?.state).toBe("done");
  });
  it("flags a missing first meeting once a handledare is assigned", () => {
    expect(participantDeadlines({ ...base, hasHandledare: true }, "2026-11-05").find((i) => i.key === "first-meeting")?.state).toBe("missing");
    expect(participantDeadlines({ ...base, hasHandledare: true, firstMeetingDate: "2026-11-08" }, "2026-11-05").find((i) => i.key === "first-meeting")).toMatchObject({ state: "ok", note: "bokat" });
  });
  it("counts the next follow-up from the latest recorded meeting", () => {
    const items = participantDeadlines({ ...base, hasHandledare: true, meetings: ["2026-11-20", "2026-11-06"] }, "2026-12-05");
    expect(items.find((i) => i.key === "follow-up")).toMatchObject({ date: "2026-12-04", state: "overdue" });
    // Due on the fourteenth day, overdue only after it.
    expect(participantDeadlines({ ...base, hasHandledare: true, meetings: ["2026-11-20"] }, "2026-12-04").find((i) => i.key === "follow-up")).toMatchObject({ date: "2026-12-04", state: "due-soon" });
    expect(participantDeadlines({ ...base, meetings: [] }, "2026-11-14").find((i) => i.key === "follow-up")).toMatchObject({ date: "2026-11-15", state: "due-soon" });
  });
  it("has no follow-up once the placement is over", () => {
    expect(participantDeadlines({ ...base, ongoing: false }, "2027-05-05").map((i) => i.key)).toEqual(["assignment", "first-meeting", "period-end"]);
  });
});

describe("deadline view: periodic reports", () => {
  it("shows the next report due, overdue when late", () => {
    const items = participantDeadlines({ ...base, hasHandledare: true, nextReport: { monthLabel: "november 2026", dueBy: "2026-12-10", overdue: false } }, "2026-12-09");
    expect(items.find((i) => i.key === "report")).toMatchObject({ label: "Periodisk redovisning, november 2026", date: "2026-12-10", state: "due-soon" });
    expect(participantDeadlines({ ...base, nextReport: { monthLabel: "oktober 2026", dueBy: "2026-11-10", overdue: true } }, "2026-11-20").find((i) => i.key === "report")?.state).toBe("overdue");
    expect(participantDeadlines(base, "2026-11-20").some((i) => i.key === "report")).toBe(false);
  });
});

describe("deadline view: a late assignment (issue #13, finding 12)", () => {
  it("says it was done late instead of a green Klart", () => {
    const late = participantDeadlines({ ...base, hasHandledare: true, assignedOn: "2026-12-09" }, "2026-12-10").find((i) => i.key === "assignment");
    expect(late).toMatchObject({ date: "2026-11-11", state: "done-late", note: "klart 9 dec. 2026, 28 dagar för sent" });
    const onTime = participantDeadlines({ ...base, hasHandledare: true, assignedOn: "2026-11-11" }, "2026-12-10").find((i) => i.key === "assignment");
    expect(onTime).toMatchObject({ state: "done" });
  });
});
