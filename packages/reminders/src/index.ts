// The public API of @weerbaar/reminders.
export { type Assessment, assessDelivery, type StoredDelivery } from "./assess.ts";
export { type CheckedDelivery, checkDelivery, type Verdict } from "./check.ts";
export {
  MeetingAudience,
  ReminderConfig,
  type ReminderConfigInput,
  reminderConfig,
  reminderConfigFromEnv,
  remindersEnabled,
} from "./config.ts";
export { type CountChange, type DigestData, loadDigest } from "./digest.ts";
export { type ChannelTarget, deliveryKey, txnIdOf } from "./keys.ts";
export { groupByBody, loadReminderData } from "./load.ts";
export { type ReminderLogger, silentLogger } from "./logger.ts";
export { ReminderPayload, type SubscriptionTopic, topicOf } from "./payload.ts";
export { followUpDueAt, type PlanOptions, planReminders } from "./plan.ts";
export { createPlatformReminders, type PlatformWorkerOptions } from "./platform-worker.ts";
export { type PreviewItem, previewReminders } from "./preview.ts";
export { type RenderContext, renderReminder } from "./render.ts";
export { latestRun, nextRun } from "./schedule.ts";
export {
  ChannelGoneError,
  createConsoleSender,
  type OutgoingReminder,
  type ReminderPlatform,
  type Sender,
} from "./sender.ts";
export {
  createReminderService,
  type ReminderService,
  type ReminderServiceOptions,
  type TickReport,
} from "./service.ts";
export { outcomeRecorded, type ReminderData, type SubscriptionLike, staffOfMeeting } from "./subjects.ts";
export { type IntervalTimer, type ManualTimer, manualTimer, realTimer } from "./timer.ts";
