import {
  type Body,
  type ChatIdentity,
  findBodyByCode,
  identityKey,
  resolveBody,
  type StaffMember,
} from "@weerbaar/domain";
import { type Lang, type Reply, textReply } from "@weerbaar/reply";
import { AppointmentConflictError, type Store, StoreValidationError } from "@weerbaar/store";
import { match } from "ts-pattern";
import { bareWord, nextPageWords, readsAsAnswer } from "./conversation/answer-words.ts";
import { namedBody, rememberBody } from "./conversation/context.ts";
import { dialogKey } from "./conversation/dialog-key.ts";
import { readMentions } from "./conversation/mentions.ts";
import { cleanText, type IncomingMessage, MAX_UNDERSTOOD_LENGTH } from "./conversation/message.ts";
import { linesAsSentences } from "./conversation/note-lines.ts";
import { DIALOG_TTL_MS, PendingDialog } from "./conversation/pending.ts";
import { done, type Outcome, type Turn } from "./conversation/turn.ts";
import { t } from "./messages/labels.ts";
import { detectLanguage, type Intent, understand } from "./understanding/index.ts";
import { addStaff } from "./use-cases/add-staff.ts";
import { askWhichBody } from "./use-cases/ask-back.ts";
import { chosenRef } from "./use-cases/body-ref.ts";
import { bodyStatus } from "./use-cases/body-status.ts";
import { proposeCallNote } from "./use-cases/call-note/propose.ts";
import { continueCallNote } from "./use-cases/call-note/record.ts";
import { chart } from "./use-cases/chart.ts";
import { clarify } from "./use-cases/clarify.ts";
import { addContact, showContacts } from "./use-cases/contacts.ts";
import { helpReply } from "./use-cases/help.ts";
import { listBodies } from "./use-cases/list-bodies.ts";
import { agenda } from "./use-cases/meetings/agenda.ts";
import { bookMeeting } from "./use-cases/meetings/book.ts";
import { cancelMeeting, rescheduleMeeting } from "./use-cases/meetings/change.ts";
import { continueMeetingDialog } from "./use-cases/meetings/continue.ts";
import { needsCall } from "./use-cases/needs-call.ts";
import { recordOutreach } from "./use-cases/record-outreach.ts";
import {
  listReminders,
  subscribeReminders,
  unsubscribeReminders,
} from "./use-cases/reminder-subscriptions.ts";
import { questionForSomeoneElse, someoneElsesQuestion } from "./use-cases/someone-elses-question.ts";
import { surveySummary } from "./use-cases/survey-summary.ts";
import { notUnderstood } from "./use-cases/unknown.ts";
import { updateSurvey } from "./use-cases/update-survey.ts";
import { executeWrite } from "./use-cases/writes.ts";

/** The platform-neutral assistant: one message in, one reply out. */
export interface Assistant {
  /** Understands a message, acts through the store and answers; never throws for bad input. */
  handle(message: IncomingMessage): Promise<Reply>;
}

/** Options of createAssistant. */
export type AssistantOptions = {
  store: Store;
  /** The clock; injected in tests. */
  now?: () => Date;
  /** Identity keys ("teams:<aad>", "matrix:@u:s") that are admins from the start. */
  admins?: readonly string[];
  /** The console is a trusted local tool: an unknown user acts as an admin with that id. */
  trustUnknownUsers?: boolean;
  /** Items per page of long lists. */
  pageSize?: number;
};

/** Creates the assistant over a store. */
export function createAssistant(options: AssistantOptions): Assistant {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const admins = new Set(options.admins ?? []);
  const pageSize = options.pageSize ?? 40;

  async function identify(message: IncomingMessage): Promise<StaffMember | undefined> {
    const known = await store.staff.findByIdentity(message.identity);
    if (known) return known;
    const key = identityKey(message.identity);
    if (!admins.has(key) && !options.trustUnknownUsers) return undefined;
    const displayName = message.displayName?.trim() || identityLabel(message.identity);
    // A console user is known by the id it gave; chat identities get a generated staff id.
    const id = message.identity.platform === "console" ? message.identity.userId : undefined;
    return store.staff.upsert(
      { ...(id ? { id } : {}), displayName, role: "admin", identities: [message.identity] },
      { actorId: "system", channel: `${message.channel.platform}:${message.channel.id}` },
    );
  }

  async function loadPending(key: string): Promise<PendingDialog | null> {
    const saved = await store.conversations.load(key);
    if (!saved) return null;
    const parsed = PendingDialog.safeParse(saved.state);
    return parsed.success ? parsed.data : null;
  }

  async function savePending(key: string, pending: PendingDialog | null): Promise<void> {
    if (pending) await store.conversations.save(key, pending, { ttlMs: DIALOG_TTL_MS });
    else await store.conversations.clear(key);
  }

  return {
    async handle(message) {
      const mentioned = readMentions(message.text, message.mentions);
      const text = cleanText(linesAsSentences(mentioned.text)).slice(0, MAX_UNDERSTOOD_LENGTH);
      const fallbackLang = () => detectLanguage(text, message.langHint);
      try {
        const staff = await identify(message);
        if (!staff) return refusal(message, fallbackLang());
        const understanding = understand(text, {
          ...(message.langHint ? { langHint: message.langHint } : {}),
          people: mentioned.people,
        });
        const turn: Turn = {
          store,
          now: now(),
          lang: understanding.lang,
          staff,
          message,
          text,
          writeContext: { actorId: staff.id, channel: `${message.channel.platform}:${message.channel.id}` },
          pageSize,
        };
        // A button of someone else's question: refused before anything else, even if the presser has a question
        // of their own open (their "ja" must not answer it).
        const asker = message.questionOf;
        if (asker && identityKey(asker) !== identityKey(message.identity))
          return (await questionForSomeoneElse(turn, asker)).reply;
        const key = dialogKey(message);
        const pending = await loadPending(key);
        const { intent } = understanding;
        if (!pending && !message.isDirect && readsAsAnswer(intent, text)) {
          const refused = await someoneElsesQuestion(turn);
          if (refused) return refused.reply;
        }
        const outcome =
          (pending && (await continueDialog(turn, pending, intent))) ?? (await dispatch(turn, intent));
        // Most turns neither had nor leave an open question: no write for those.
        if (pending || outcome.pending) await savePending(key, outcome.pending);
        // What a later call note without a body name is about (conversation/context.ts).
        const named = namedBody(intent);
        if (named) await rememberBody(store, key, named, turn.now);
        return outcome.reply;
      } catch (error) {
        return failureReply(error, fallbackLang());
      }
    },
  };
}

/** Answers within an open dialog, or undefined when the message starts something new. */
async function continueDialog(
  turn: Turn,
  pending: PendingDialog,
  intent: Intent,
): Promise<Outcome | undefined> {
  const { lang } = turn;
  return match(pending)
    .with({ type: "confirm" }, async (p) => {
      if (intent.intent === "confirm") return done(await executeWrite(turn, p.write));
      if (intent.intent === "cancel")
        return done(textReply(lang, "cancelled", t(lang, "Oké, niets vastgelegd.", "OK, nothing recorded.")));
      return undefined;
    })
    .with({ type: "choose_body" }, async (p) => {
      const candidates = p.candidates.map(findBodyByCode).filter((b): b is Body => b !== undefined);
      const chosen = chooseBody(turn.text, intent, candidates);
      if (chosen) return dispatch(turn, withBody(p.resume, chosen));
      if (intent.intent === "cancel")
        return done(textReply(lang, "cancelled", t(lang, "Oké, laten we het zo.", "OK, never mind.")));
      if (intent.intent === "choose") return askWhichBody(lang, candidates, p.resume);
      return undefined;
    })
    .with({ type: "ask_body" }, async (p) => {
      if (intent.intent === "cancel")
        return done(textReply(lang, "cancelled", t(lang, "Oké, laten we het zo.", "OK, never mind.")));
      const resolution = resolveBody(turn.text);
      if (resolution.status === "not_found") return undefined;
      if (resolution.status === "ambiguous") return askWhichBody(lang, resolution.candidates, p.resume);
      const answeredWithName =
        resolution.matchedText.length >= turn.text.replace(/[?.!]/g, "").trim().length - 10;
      return answeredWithName ? dispatch(turn, withBody(p.resume, resolution.body)) : undefined;
    })
    .with({ type: "ask_slot" }, async (p) => {
      if (intent.intent === "cancel")
        return done(textReply(lang, "cancelled", t(lang, "Oké, laten we het zo.", "OK, never mind.")));
      if (p.resume.intent === "add_contact" && p.slot === "contact_name" && turn.text.length > 0) {
        return dispatch(turn, { ...p.resume, name: turn.text.slice(0, 200) });
      }
      return undefined;
    })
    .with({ type: "meeting" }, (p) => continueMeetingDialog(turn, p.step, intent))
    .with({ type: "choose_reading" }, async (p) => {
      const chosen = intent.intent === "choose" && intent.index ? p.readings[intent.index - 1] : undefined;
      if (chosen) return dispatch(turn, chosen);
      if (intent.intent === "cancel")
        return done(textReply(lang, "cancelled", t(lang, "Oké, laten we het zo.", "OK, never mind.")));
      return undefined;
    })
    .with({ type: "call_note" }, (p) => continueCallNote(turn, p.facts, intent))
    .with({ type: "page" }, async (p) => {
      if (!nextPageWords.has(bareWord(turn.text)) || p.resume.intent !== "list_bodies") return undefined;
      return listBodies(turn, p.resume, p.page + 1);
    })
    .exhaustive();
}

function chooseBody(text: string, intent: Intent, candidates: readonly Body[]): Body | undefined {
  if (intent.intent === "choose") {
    if (intent.index !== undefined) return candidates[intent.index - 1];
    if (intent.kind) return candidates.find((b) => b.kind === intent.kind);
  }
  const typed = resolveBody(text);
  if (typed.status === "found") return candidates.find((b) => b.code === typed.body.code);
  return undefined;
}

/** The resumed intent with its missing or ambiguous body filled in. */
function withBody(intent: Intent, body: Body): Intent {
  const ref = chosenRef(body);
  return match(intent)
    .with({ intent: "record_outreach" }, { intent: "update_survey" }, (i) => {
      const at = i.bodies.findIndex((b) => b.status === "ambiguous");
      const bodies = at === -1 ? [...i.bodies, ref] : i.bodies.map((b, n) => (n === at ? ref : b));
      return { ...i, bodies };
    })
    .with(
      { intent: "body_status" },
      { intent: "show_contacts" },
      { intent: "add_contact" },
      { intent: "book_meeting" },
      { intent: "reschedule_meeting" },
      { intent: "cancel_meeting" },
      { intent: "agenda" },
      { intent: "call_note" },
      (i) => ({ ...i, body: ref }),
    )
    .otherwise((i) => i);
}

/** Routes an understood message to its use case. */
async function dispatch(turn: Turn, intent: Intent): Promise<Outcome> {
  const { lang } = turn;
  // A switch rather than ts-pattern: this runs on every message, and a matcher of 20 arms allocates per arm.
  switch (intent.intent) {
    case "help":
      return done(helpReply(lang));
    case "list_bodies":
      return listBodies(turn, intent);
    case "survey_summary":
      return surveySummary(turn, intent);
    case "body_status":
      return bodyStatus(turn, intent);
    case "update_survey":
      return updateSurvey(turn, intent);
    case "record_outreach":
      return recordOutreach(turn, intent);
    case "needs_call":
      return needsCall(turn, intent);
    case "show_contacts":
      return showContacts(turn, intent);
    case "add_contact":
      return addContact(turn, intent);
    case "subscribe_reminders":
      return subscribeReminders(turn, intent);
    case "unsubscribe_reminders":
      return unsubscribeReminders(turn, intent);
    case "list_reminders":
      return listReminders(turn);
    case "add_staff":
      return addStaff(turn, intent);
    case "book_meeting":
      return bookMeeting(turn, intent);
    case "reschedule_meeting":
      return rescheduleMeeting(turn, intent);
    case "cancel_meeting":
      return cancelMeeting(turn, intent);
    case "agenda":
      return agenda(turn, intent);
    case "chart":
      return chart(turn, intent);
    case "call_note":
      return proposeCallNote(turn, intent);
    case "confirm":
    case "cancel":
    case "choose":
      return done(
        textReply(
          lang,
          intent.intent,
          t(lang, "Er staat niets open om te beantwoorden.", "There is nothing open to answer."),
        ),
      );
    case "unknown":
      return notUnderstood(turn, intent.suggestions);
    case "clarify":
      return clarify(turn, intent);
    default:
      return unhandled(intent);
  }
}

function unhandled(intent: never): never {
  throw new Error(`no use case for ${JSON.stringify(intent)}`);
}

function identityLabel(identity: ChatIdentity): string {
  return match(identity)
    .with({ platform: "teams" }, (i) => i.aadObjectId)
    .with({ platform: "matrix" }, { platform: "console" }, (i) => i.userId)
    .exhaustive();
}

function refusal(message: IncomingMessage, lang: Lang): Reply {
  const key = identityKey(message.identity);
  return textReply(
    lang,
    "refused",
    t(
      lang,
      `Sorry, ik werk alleen voor medewerkers van het Ondersteuningsteam Weerbaar Bestuur. Vraag een beheerder om je toe te voegen (jouw account: ${key}).`,
      `Sorry, I only work for staff of the Ondersteuningsteam Weerbaar Bestuur. Ask an admin to add you (your account: ${key}).`,
    ),
    { identity: key },
  );
}

function failureReply(error: unknown, lang: Lang): Reply {
  if (error instanceof StoreValidationError) {
    return textReply(
      lang,
      "invalid",
      `${t(lang, "Dat kan ik niet vastleggen", "I cannot record that")}: ${error.message}`,
    );
  }
  if (error instanceof AppointmentConflictError) {
    return textReply(
      lang,
      "conflict",
      t(lang, "Dat botst met een andere afspraak.", "That clashes with another meeting."),
    );
  }
  return textReply(
    lang,
    "unavailable",
    t(
      lang,
      "Er ging iets mis bij het verwerken; er is niets half vastgelegd. Probeer het later opnieuw.",
      "Something went wrong while handling that; nothing was half recorded. Please try again later.",
    ),
    { error: true },
  );
}
