import { renderPlainText } from "@weerbaar/reply";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  engines,
  openTestDatabase,
  setupCtx,
  type TestClock,
  type TestDatabase,
  testClock,
} from "../test/engines.ts";
import { aStaffMember, bookLeudal, recordingLogger, recordingSender, subscribe } from "../test/scenario.ts";
import { previewReminders } from "./preview.ts";
import { ChannelGoneError } from "./sender.ts";
import { createReminderService, type ReminderServiceOptions } from "./service.ts";
import { manualTimer } from "./timer.ts";

const TEAM = { platform: "teams", channelId: "19:team@thread.tacv2" };
// Monday 30 October 2023 09:00 Amsterdam, the first day of winter time.
const MONDAY_0900 = "2023-10-30T08:00:00.000Z";

describe.each(engines)("reminder service on $name", (engine) => {
  let db: TestDatabase;
  let clock: TestClock;
  beforeEach(async () => {
    clock = testClock("2023-10-27T10:00:00Z");
    db = await openTestDatabase(engine, clock);
    await aStaffMember(db.store);
  });
  afterEach(async () => db.cleanup());

  const service = (overrides: Partial<ReminderServiceOptions> = {}) =>
    createReminderService({
      store: db.store,
      senders: { teams: recordingSender() },
      now: clock.now,
      workerId: "w1",
      ...overrides,
    });

  it("keeps planned reminders in the store: a new instance on another connection sends what the first planned", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    const meeting = await bookLeudal(db.store, MONDAY_0900);
    const first = await service().tick();
    expect(first.enqueued).toBe(2);
    expect(first.sent).toEqual([]);
    const pending = await db.store.deliveries.list({ status: "pending" });
    expect(pending.map((d) => [d.key, d.dueAt.toISOString()])).toEqual([
      [`meeting:${meeting.id}:0:meeting_day_before:teams:${TEAM.channelId}`, "2023-10-29T15:00:00.000Z"],
      [`meeting:${meeting.id}:0:meeting_hour_before:teams:${TEAM.channelId}`, "2023-10-30T07:00:00.000Z"],
    ]);

    // The second instance shares nothing with the first but the database.
    const other = await db.open();
    const sender = recordingSender();
    const second = createReminderService({
      store: other,
      senders: { teams: sender },
      now: clock.now,
      workerId: "w2",
    });
    clock.set("2023-10-29T15:00:00Z");
    const report = await second.tick();
    expect(report.enqueued).toBe(0);
    expect(report.sent.map((s) => s.key)).toEqual([pending[0]?.key]);
    expect(report.sent[0]?.late).toBe(false);
    const text = renderPlainText(
      sender.calls[0]?.reply ?? {
        lang: "nl",
        intent: "",
        blocks: [],
        actions: [],
        attachments: [],
        data: {},
      },
    );
    expect(text).toContain("Morgen om 09:00: gesprek met Leudal.");
    expect(text).toContain("Gemeentehuis Leudal");
    expect(text).toContain("Anna de Vries");
    const sent = await db.store.deliveries.getByKey(pending[0]?.key ?? "");
    expect(sent).toMatchObject({
      status: "sent",
      platformMessageId: sender.calls[0] && `msg:${sender.calls[0].txnId}`,
    });
    // A later tick of either instance sends nothing again.
    expect((await second.tick()).sent).toEqual([]);
    expect(sender.calls).toHaveLength(1);
  });

  it("writes each channel's reminders in the language it subscribed in", async () => {
    const english = { platform: "teams", channelId: "19:english@thread.tacv2" };
    await subscribe(db.store, TEAM, ["meetings"]);
    await db.store.subscriptions.subscribe(
      { ...english, kind: "meetings", lang: "en" },
      { actorId: "staff-anna", channel: "test" },
    );
    await bookLeudal(db.store, MONDAY_0900);
    const sender = recordingSender();
    const svc = service({ senders: { teams: sender } });
    await svc.tick();
    clock.set("2023-10-29T15:00:00Z");
    await svc.tick();
    const byChannel = new Map(sender.calls.map((c) => [c.channelId, renderPlainText(c.reply)]));
    expect(byChannel.get(TEAM.channelId)).toContain("Morgen om 09:00: gesprek met Leudal.");
    expect(byChannel.get(english.channelId)).toMatch(/Tomorrow at 09:00: meeting with Leudal\./);
  });

  it("retries a failed send with backoff and marks it failed after the attempt limit", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    await bookLeudal(db.store, MONDAY_0900);
    const flaky = recordingSender((_m, call) => (call <= 2 ? new Error("503 from the channel") : undefined));
    const logger = recordingLogger();
    const svc = service({ senders: { teams: flaky }, logger });
    clock.set("2023-10-29T15:00:00Z");
    expect((await svc.tick()).failed).toMatchObject([{ error: "Error: 503 from the channel", final: false }]);
    // Backoff: not retried at once, retried after 30 s, then after another 60 s.
    expect((await svc.tick()).sent).toEqual([]);
    clock.advance(30_000);
    expect((await svc.tick()).failed).toHaveLength(1);
    clock.advance(59_000);
    expect((await svc.tick()).sent).toEqual([]);
    clock.advance(1_000);
    expect((await svc.tick()).sent).toHaveLength(1);
    expect(flaky.posted.size).toBe(1);
    expect(logger.lines.filter((l) => l.details.event === "reminder_failed")).toHaveLength(2);

    const broken = recordingSender(() => new Error("always down"));
    const limited = service({ senders: { teams: broken }, config: { maxAttempts: 2 }, logger });
    clock.set("2023-10-30T07:00:00Z");
    expect((await limited.tick()).failed).toMatchObject([{ final: false }]);
    clock.advance(60_000);
    expect((await limited.tick()).failed).toMatchObject([{ final: true }]);
    clock.advance(3_600_000);
    expect((await limited.tick()).failed).toEqual([]);
    expect(await db.store.deliveries.list({ status: "failed" })).toHaveLength(1);
    expect(logger.lines.some((l) => l.level === "error" && l.message === "reminder failed for good")).toBe(
      true,
    );
  });

  it("tells onTick what each round did, and onTickError when a scheduled round fails", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    await bookLeudal(db.store, MONDAY_0900);
    const reports: { sent: number; failed: number }[] = [];
    const errors: unknown[] = [];
    const timer = manualTimer();
    const flaky = recordingSender((_m, call) => (call === 1 ? new Error("503 from the channel") : undefined));
    const svc = service({
      senders: { teams: flaky },
      timer,
      onTick: (report) => reports.push({ sent: report.sent.length, failed: report.failed.length }),
      onTickError: (error) => errors.push(error),
    });
    clock.set("2023-10-29T15:00:00Z");
    await svc.tick();
    clock.advance(30_000);
    await svc.tick();
    expect(reports).toEqual([
      { sent: 0, failed: 1 },
      { sent: 1, failed: 0 },
    ]);
    await db.store.close();
    svc.start();
    await svc.stop();
    expect(errors).toHaveLength(1);
    expect(reports).toHaveLength(2);
  });

  it("resolves a crash between sending and recording without a second message", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    await bookLeudal(db.store, MONDAY_0900);
    await service().tick();
    clock.set("2023-10-29T15:00:00Z");
    // Worker A posts, then "dies" before it records the message id.
    const platform = recordingSender();
    let posted!: () => void;
    const postedOnce = new Promise<void>((resolve) => {
      posted = resolve;
    });
    const dying = createReminderService({
      store: db.store,
      senders: {
        teams: async (message) => {
          await platform(message);
          posted();
          return new Promise<string>(() => {});
        },
      },
      now: clock.now,
      workerId: "dying",
    });
    void dying.tick();
    await postedOnce;
    expect((await db.store.deliveries.list({ status: "claimed" })).map((d) => d.claimedBy)).toEqual([
      "dying",
    ]);
    // Before the lease ends nobody else takes it; after, worker B does, and the idempotent platform posts nothing new.
    const survivor = createReminderService({
      store: await db.open(),
      senders: { teams: platform },
      now: clock.now,
      workerId: "b",
    });
    expect((await survivor.tick()).sent).toEqual([]);
    clock.advance(120_000);
    const report = await survivor.tick();
    expect(report.sent).toHaveLength(1);
    expect(platform.calls).toHaveLength(2);
    expect(platform.posted.size).toBe(1);
    expect(platform.calls[0]?.txnId).toBe(platform.calls[1]?.txnId);
  });

  it("after downtime sends a missed reminder once, marked late, and drops stale ones with a log line", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    const early = await bookLeudal(db.store, MONDAY_0900);
    const later = await bookLeudal(db.store, "2023-10-31T12:00:00Z");
    await service().tick();
    // Down from Friday until Monday 30 October 10:30 Amsterdam (09:30Z): Monday's meeting is over.
    clock.set("2023-10-30T09:30:00Z");
    const logger = recordingLogger();
    const sender = recordingSender();
    const report = await service({ senders: { teams: sender }, logger }).tick();
    expect(report.dropped.map((d) => [d.key.split(":")[1], d.key.split(":")[3], d.stale]).sort()).toEqual([
      [early.id, "meeting_day_before", true],
      [early.id, "meeting_hour_before", true],
    ]);
    const staleLines = logger.lines.filter(
      (l) => l.level === "warn" && l.details.event === "reminder_dropped",
    );
    expect(staleLines.map((l) => l.details.reason).sort()).toEqual([
      "meeting already over",
      "meeting already started or over",
    ]);
    // Tuesday's meeting's day-before reminder (Monday 16:00) is not due yet; at 17:00 it goes out on time.
    expect(report.sent).toEqual([]);
    clock.set("2023-10-30T15:00:00Z");
    const onTime = await service({ senders: { teams: sender } }).tick();
    expect(onTime.sent.map((s) => [s.key.split(":")[1], s.late])).toEqual([[later.id, false]]);
    // Down again from Monday 16:00 until Tuesday 12:30 Amsterdam: the 12:00 hour-before reminder is sent late, once.
    clock.set("2023-10-31T11:30:00Z");
    const caughtUp = await service({ senders: { teams: sender } }).tick();
    expect(caughtUp.sent.map((s) => s.late)).toEqual([true]);
    expect((await db.store.deliveries.getByKey(caughtUp.sent[0]?.key ?? ""))?.late).toBe(true);
    expect((await service({ senders: { teams: sender } }).tick()).sent).toEqual([]);
  });

  it("withdraws pending reminders of a moved or cancelled meeting, with a reason", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    const meeting = await bookLeudal(db.store, MONDAY_0900);
    const svc = service();
    await svc.tick();
    await db.store.appointments.reschedule(
      meeting.id,
      { start: new Date("2023-10-30T13:00:00Z"), end: new Date("2023-10-30T14:00:00Z") },
      setupCtx,
    );
    const moved = await svc.tick();
    expect(moved.withdrawn.map((w) => w.reason)).toEqual([
      "meeting changed (sequence 0 → 1)",
      "meeting changed (sequence 0 → 1)",
    ]);
    expect(moved.enqueued).toBe(2);
    const pending = await db.store.deliveries.list({ status: "pending" });
    expect(pending.map((d) => [d.key.split(":")[2], d.dueAt.toISOString()])).toEqual([
      ["1", "2023-10-29T15:00:00.000Z"],
      ["1", "2023-10-30T12:00:00.000Z"],
    ]);
    await db.store.appointments.cancel(meeting.id, { reason: "ziek" }, setupCtx);
    const cancelled = await svc.tick();
    expect(cancelled.withdrawn.map((w) => w.reason)).toEqual(["meeting cancelled", "meeting cancelled"]);
    expect(await db.store.deliveries.list({ status: "pending" })).toEqual([]);
    const dropped = await db.store.deliveries.list({ status: "dropped" });
    expect(dropped.map((d) => d.lastError)).toContain("meeting cancelled");
  });

  it("ends a gone channel's subscriptions and drops its reminder", async () => {
    await subscribe(db.store, TEAM, ["meetings", "digest"]);
    await bookLeudal(db.store, MONDAY_0900);
    clock.set("2023-10-29T15:00:00Z");
    const gone = recordingSender((m) => new ChannelGoneError("teams", m.channelId, "removed"));
    const report = await service({ senders: { teams: gone } }).tick();
    expect(report.dropped).toMatchObject([{ reason: "channel gone (removed)", stale: false }]);
    expect(await db.store.subscriptions.list({ channelId: TEAM.channelId })).toEqual([]);
    clock.set("2023-10-30T07:00:00Z");
    const later = await service({ senders: { teams: gone } }).tick();
    expect(later.sent).toEqual([]);
    expect(gone.calls).toHaveLength(1);
  });

  it("leaves a delivery for a platform it has no sender for to the instances that have one", async () => {
    await subscribe(db.store, { platform: "matrix", channelId: "!room:hs" }, ["meetings"]);
    await bookLeudal(db.store, MONDAY_0900);
    clock.set("2023-10-29T15:00:00Z");
    const teamsOnly = await service().tick();
    expect(teamsOnly.sent).toEqual([]);
    const [pending] = await db.store.deliveries.list({ status: "pending" });
    expect(pending).toMatchObject({ platform: "matrix", attempts: 0 });
    const matrix = recordingSender();
    const matrixWorker = service({ senders: { matrix }, workerId: "matrix-bot" });
    expect((await matrixWorker.tick()).sent.map((s) => s.key)).toEqual([pending?.key]);
    expect(matrix.posted.size).toBe(1);
  });

  it("asks for the outcome the next working morning until it is recorded", async () => {
    await subscribe(db.store, TEAM, ["follow_ups"]);
    const meeting = await bookLeudal(db.store, "2023-10-26T11:30:00Z");
    const sender = recordingSender();
    clock.set("2023-10-27T07:00:00Z");
    const friday = await service({ senders: { teams: sender } }).tick();
    expect(friday.sent.map((s) => s.key)).toEqual([`outcome:${meeting.id}:1:teams:${TEAM.channelId}`]);
    expect(
      renderPlainText(
        sender.calls[0]?.reply ?? {
          lang: "nl",
          intent: "",
          blocks: [],
          actions: [],
          attachments: [],
          data: {},
        },
      ),
    ).toContain("Hoe ging het gesprek met Leudal? Leg de uitkomst vast.");
    clock.set("2023-10-30T08:00:00Z");
    expect((await service({ senders: { teams: sender } }).tick()).sent).toHaveLength(1);
    await db.store.appointments.markHeld(meeting.id, setupCtx);
    clock.set("2023-10-31T08:00:00Z");
    expect((await service({ senders: { teams: sender } }).tick()).sent).toEqual([]);
  });

  it("sends the Monday digest with survey counts and the change since last week", async () => {
    await subscribe(db.store, TEAM, ["digest"]);
    clock.set("2023-10-16T10:00:00Z");
    await db.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "none", usage: "unknown", codeOfConduct: "no" }],
      setupCtx,
    );
    clock.set("2023-10-26T10:00:00Z");
    await db.store.survey.record(
      [{ bodyCode: "GM1640", protocol: "present", usage: "dormant", codeOfConduct: "yes" }],
      setupCtx,
    );
    await db.store.survey.record(
      [{ bodyCode: "GM0983", protocol: "present", usage: "active", codeOfConduct: "yes" }],
      setupCtx,
    );
    await bookLeudal(db.store, "2023-11-02T13:00:00Z");
    const sender = recordingSender();
    clock.set(MONDAY_0900);
    const report = await service({ senders: { teams: sender } }).tick();
    expect(report.sent.map((s) => s.key)).toEqual([
      `digest:2023-10-30T08:00:00.000Z:teams:${TEAM.channelId}`,
    ]);
    const reply = sender.calls[0]?.reply;
    expect(reply?.title).toBe("Weekoverzicht 30 oktober 2023");
    const table = reply?.blocks.find((b) => b.type === "table");
    expect(table?.type === "table" && table.rows).toContainEqual(["protocol aanwezig", "2", "+2"]);
    expect(table?.type === "table" && table.rows).toContainEqual(["geen protocol", "0", "-1"]);
    expect(
      renderPlainText(
        reply ?? { lang: "nl", intent: "", blocks: [], actions: [], attachments: [], data: {} },
      ),
    ).toContain("2 organisaties kregen afgelopen week een nieuwe stand");
    expect(JSON.stringify(reply?.blocks)).toContain("donderdag 2 november 2023 14:00: Leudal");
  });

  it("delivers the digest at Monday 09:00 Amsterdam in the weeks of both clock changes", async () => {
    clock.set("2023-03-01T00:00:00Z");
    await subscribe(db.store, TEAM, ["digest"]);
    const sender = recordingSender();
    const svc = service({ senders: { teams: sender } });
    const sentAt = async (iso: string) => {
      clock.set(iso);
      return (await svc.tick()).sent.map((s) => s.key.split(":teams:")[0]);
    };
    expect(await sentAt("2023-03-20T07:59:00Z")).toEqual(["digest:2023-03-13T08:00:00.000Z"]);
    expect(await sentAt("2023-03-20T08:00:00Z")).toEqual(["digest:2023-03-20T08:00:00.000Z"]);
    expect(await sentAt("2023-03-27T06:59:00Z")).toEqual([]);
    expect(await sentAt("2023-03-27T07:00:00Z")).toEqual(["digest:2023-03-27T07:00:00.000Z"]);
    expect(await sentAt("2023-10-30T07:59:00Z")).toEqual(["digest:2023-10-23T07:00:00.000Z"]);
    expect(await sentAt("2023-10-30T08:00:00Z")).toEqual(["digest:2023-10-30T08:00:00.000Z"]);
  });

  it("previews what is due without writing anything", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    const meeting = await bookLeudal(db.store, MONDAY_0900);
    const audit = async () => (await db.store.audit.list({})).length;
    const before = await audit();
    const items = await previewReminders({ store: db.store, now: new Date("2023-10-29T15:00:00Z") });
    expect(items.map((i) => [i.key, i.action, i.origin, i.late])).toEqual([
      [`meeting:${meeting.id}:0:meeting_day_before:teams:${TEAM.channelId}`, "send", "new", false],
    ]);
    expect(
      renderPlainText(
        items[0]?.reply ?? { lang: "nl", intent: "", blocks: [], actions: [], attachments: [], data: {} },
      ),
    ).toContain("Morgen om 09:00: gesprek met Leudal.");
    const late = await previewReminders({ store: db.store, now: new Date("2023-10-30T08:30:00Z") });
    expect(late.map((i) => [i.kind, i.action, i.reason])).toEqual([
      ["meeting_day_before", "drop", "meeting already started or over"],
      ["meeting_hour_before", "drop", "meeting already started"],
    ]);
    expect(await db.store.deliveries.list()).toEqual([]);
    expect(await audit()).toBe(before);
  });

  it("ticks on start and on each timer beat, and stops cleanly", async () => {
    await subscribe(db.store, TEAM, ["meetings"]);
    await bookLeudal(db.store, MONDAY_0900);
    const timer = manualTimer();
    const sender = recordingSender();
    const svc = service({ senders: { teams: sender }, timer });
    svc.start();
    expect(timer.active).toBe(1);
    await svc.stop();
    expect(await db.store.deliveries.list({ status: "pending" })).toHaveLength(2);
    svc.start();
    clock.set("2023-10-29T15:00:00Z");
    timer.fire();
    await svc.stop();
    expect(timer.active).toBe(0);
    expect(sender.posted.size).toBe(1);
  });
});
