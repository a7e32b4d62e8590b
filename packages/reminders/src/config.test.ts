import { describe, expect, it } from "vitest";
import { reminderConfig, reminderConfigFromEnv, remindersEnabled } from "./config.ts";

describe("reminder configuration", () => {
  it("defaults to 15 working days, Monday 09:00 and Dutch", () => {
    expect(reminderConfig()).toMatchObject({ followUpWorkingDays: 15, digestCron: "0 9 * * 1", lang: "nl" });
  });

  it("reads WEERBAAR_REMINDERS_* and rejects nonsense", () => {
    expect(
      reminderConfigFromEnv({
        WEERBAAR_REMINDERS_FOLLOW_UP_WORKING_DAYS: "10",
        WEERBAAR_REMINDERS_DIGEST_CRON: "0 8 * * 5",
      }),
    ).toMatchObject({ followUpWorkingDays: 10, digestCron: "0 8 * * 5" });
    expect(() => reminderConfigFromEnv({ WEERBAAR_REMINDERS_FOLLOW_UP_WORKING_DAYS: "many" })).toThrow();
    expect(remindersEnabled({ WEERBAAR_REMINDERS: "off" })).toBe(false);
    expect(remindersEnabled({})).toBe(true);
  });
});
