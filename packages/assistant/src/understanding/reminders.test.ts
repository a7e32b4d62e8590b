import { describe, expect, it } from "vitest";
import { intentOf } from "./test-support.ts";

describe("reminders", () => {
  it("reads 'stuur hier elke maandag het overzicht' as a digest subscription", () => {
    expect(intentOf("stuur hier elke maandag het overzicht", "subscribe_reminders").kinds).toEqual([
      "digest",
    ]);
  });

  it("reads meeting reminders in both languages", () => {
    expect(intentOf("herinner me aan mijn afspraken", "subscribe_reminders").kinds).toEqual(["meetings"]);
    expect(intentOf("turn on meeting reminders", "subscribe_reminders").kinds).toEqual(["meetings"]);
  });

  it("reads unsubscribing, with and without a kind", () => {
    expect(intentOf("zet de herinneringen uit", "unsubscribe_reminders").kinds).toBeUndefined();
    expect(intentOf("ik wil geen weekoverzicht meer", "unsubscribe_reminders").kinds).toEqual(["digest"]);
    expect(intentOf("I don't want the weekly digest anymore", "unsubscribe_reminders").kinds).toEqual([
      "digest",
    ]);
  });

  it("lists reminders", () => {
    expect(intentOf("welke herinneringen heb ik", "list_reminders")).toEqual({ intent: "list_reminders" });
  });
});
