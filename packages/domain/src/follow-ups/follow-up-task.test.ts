import { describe, expect, it } from "vitest";
import { CalendarDay, FollowUpTask } from "./follow-up-task.ts";

describe("follow-up tasks", () => {
  it("are due on a real calendar day", () => {
    expect(CalendarDay.safeParse("2023-11-15").success).toBe(true);
    expect(CalendarDay.safeParse("2023-02-29").success).toBe(false);
    expect(CalendarDay.safeParse("15-11-2023").success).toBe(false);
  });

  it("belong to a body and are attributed", () => {
    const task = {
      id: "f1",
      bodyCode: "GM0984",
      dueOn: "2023-11-15",
      note: "Bel half november terug.",
      createdBy: "staff-anna",
      createdAt: new Date("2023-10-20T10:00:00Z"),
    };
    expect(FollowUpTask.parse(task)).toEqual(task);
    expect(FollowUpTask.safeParse({ ...task, bodyCode: "Venray" }).success).toBe(false);
    expect(FollowUpTask.safeParse({ ...task, createdBy: "" }).success).toBe(false);
  });
});
