import { describe, expect, it } from "vitest";
import { assignmentDeadline, deadlineStatus } from "@/features/assignments/assignment-deadline";
import { setClock, swedishDateOf, today } from "@/lib/clock";

describe("ten-day assignment deadline", () => {
  it("counts calendar days after the decision, across month and year ends", () => {
    expect(assignmentDeadline("2026-05-01")).toBe("2026-05-11");
    expect(assignmentDeadline("2026-12-25")).toBe("2027-01-04");
    expect(assignmentDeadline("2028-02-25")).toBe("2028-03-06"); // leap year
    expect(assignmentDeadline("2027-02-25")).toBe("2027-03-07");
  });
  it("has clear states: days left, due today, overdue", () => {
    expect(deadlineStatus("2026-11-20", "2026-11-29")).toEqual({ daysLeft: 1, state: "due-soon" });
    expect(deadlineStatus("2026-11-19", "2026-11-29")).toEqual({ daysLeft: 0, state: "due-today" });
    expect(deadlineStatus("2026-11-18", "2026-11-29")).toEqual({ daysLeft: -1, state: "overdue" });
    expect(deadlineStatus("2026-11-29", "2026-11-29")).toEqual({ daysLeft: 10, state: "ok" });
  });
});

describe("clock", () => {
  it("gives today's date in Sweden, not in UTC", () => {
    setClock("2026-06-30T22:30:00Z"); // 00:30 on 1 July in Stockholm (summer time)
    expect(today()).toBe("2026-07-01");
    setClock("2026-12-31T22:59:00Z"); // 23:59 on 31 December (winter time)
    expect(today()).toBe("2026-12-31");
    setClock(null);
    expect(swedishDateOf(new Date("2026-03-29T00:30:00Z"))).toBe("2026-03-29");
  });
});
