import { describe, expect, it } from "vitest";
import { intentOf } from "../test-support.ts";
import { newTimeText } from "./new-time.ts";

describe("the new time of a meeting that moves", () => {
  it("is what follows 'naar' or 'to': the words before name the meeting as it stands", () => {
    expect(newTimeText("verzet mijn afspraak van donderdag naar vrijdag")).toBe("naar vrijdag");
    expect(newTimeText("move my Thursday meeting to Friday")).toBe("to Friday");
  });

  it("leaves out a time ruled out", () => {
    expect(newTimeText("de afspraak kan niet op donderdag, zet hem op vrijdag")).not.toMatch(/donderdag/);
    expect(newTimeText("the meeting can't be on Thursday, make it Friday")).not.toMatch(/Thursday/);
  });

  it("keeps a relative change whole", () => {
    expect(newTimeText("de afspraak twee uur later")).toBe("de afspraak twee uur later");
  });

  it("is the time text of a reschedule, without the body's name", () => {
    const intent = intentOf("verzet de afspraak met Venlo van donderdag naar vrijdag", "reschedule_meeting");
    expect(intent.whenText).toBe("naar vrijdag");
  });
});
