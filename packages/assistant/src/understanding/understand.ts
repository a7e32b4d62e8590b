import { detectCues } from "./cues.ts";
import type { Intent, IntentName, RecordableOutreach, Understanding } from "./intent.ts";
import { type Lang, languageOfNormalized } from "./language.ts";
import { normalizeText } from "./normalize.ts";
import { type Evidence, type Scores, scoreIntents } from "./scorer.ts";
import { extractAgendaRange, extractAgendaStaff } from "./slots/agenda-range.ts";
import { isConfirmation, isRefusal } from "./slots/answers.ts";
import {
  bodyMentions,
  findMentions,
  type Mention,
  maskMentions,
  provinceFilter,
  toBodyRef,
} from "./slots/bodies.ts";
import { readChoice } from "./slots/choice.ts";
import { extractEmail, extractPersonName, extractPhone } from "./slots/contact-details.ts";
import { isNameVocabulary } from "./slots/name-vocabulary.ts";
import { extractReminderTopics } from "./slots/reminder-kinds.ts";
import { extractContactRole, extractStaffRole } from "./slots/roles.ts";
import { extractStaffIdentity, extractStaffName } from "./slots/staff-identity.ts";
import { extractSupportKinds } from "./slots/support-kinds.ts";
import { extractSurveyValues, type SurveyValues } from "./slots/survey-values.ts";
import { correctTypos } from "./typos.ts";

const minimumScore = 1.5;
const questionStart =
  /^(?:heeft|hebben|has|have|does|do|did|is|zijn|are|wat|what|hoe|how|welke|which|wie|who|kan|can|weet|know|waar|where)\b/;
const updateVerb =
  /\b(?:noteer|noteren|update|wijzig|registreer|markeer|record|mark|set|log|opslaan|vastleggen|leg|zet|bijwerken|aanpassen|verwerk)\b/;
const reasonPattern = /\b(?:want|omdat|vanwege|wegens|i\.?v\.?m\.?|because|due to|since|as)\b\s*(.+)$/i;

/** The placeholder a body name becomes before keywords are read. */
const bodyPlaceholder = " xbody ";

type Analysis = {
  text: string;
  normalized: string;
  keywords: string;
  mentions: Mention[];
  survey: SurveyValues;
  evidence: Evidence;
};

function analyse(text: string, normalized: string): Analysis {
  const mentions = findMentions(text);
  const keywords = correctTypos(normalizeText(maskMentions(text, mentions, bodyPlaceholder)));
  const cues = detectCues(keywords);
  const survey = extractSurveyValues(keywords);
  const plural = cues.has("bodyPlural");
  const isProvincial = (m: Mention) =>
    m.status === "found" ? m.body.kind === "province" : m.candidates.some((b) => b.kind === "province");
  const bodies = bodyMentions(text, mentions).filter((m) => !(plural && isProvincial(m)));
  const evidence: Evidence = {
    cues,
    survey,
    bodyCount: bodies.length,
    provinceNamed: mentions.some(isProvincial),
    municipalityNamed: mentions.some((m) => m.status === "found" && m.body.kind === "municipality"),
    isQuestion: text.trim().endsWith("?") || questionStart.test(normalized),
    hasContactDetails: extractEmail(text) !== undefined || extractPhone(text) !== undefined,
    hasChatIdentity: extractStaffIdentity(text) !== undefined,
    hasUpdateVerb: updateVerb.test(keywords),
    wordCount: normalized.split(" ").length,
  };
  return { text, normalized, keywords, mentions, survey, evidence };
}

function firstBody(a: Analysis) {
  const [first] = bodyMentions(a.text, a.mentions);
  return first ? { body: toBodyRef(first) } : {};
}

// "met Leudal", "with the municipality of Venlo", "bij de gemeente Weert": who a meeting is with.
const meetingPartnerBefore =
  /\b(?:met|with|bij)\s+(?:(?:de|het|the)\s+)?(?:(?:gemeente|provincie|municipality|province)\s+(?:of\s+)?)?$/i;
// "in Roermond", "te Venlo", "at Maastricht": where it takes place.
const placeBefore = /\b(?:in|te|at)\s+$/i;

/** The body a meeting is with, and a body named as its place ("met Leudal … in Roermond"). */
function meetingBodies(a: Analysis): { body?: Mention; place?: Mention } {
  const mentions = bodyMentions(a.text, a.mentions);
  const before = (m: Mention) => a.text.slice(0, m.start);
  const isPlace = (m: Mention) => placeBefore.test(before(m));
  const body =
    mentions.find((m) => meetingPartnerBefore.test(before(m))) ??
    mentions.find((m) => !isPlace(m)) ??
    mentions[0];
  const place = mentions.find((m) => m !== body && m.status === "found" && isPlace(m));
  return { ...(body ? { body } : {}), ...(place ? { place } : {}) };
}

function meetingBody(a: Analysis) {
  const { body } = meetingBodies(a);
  return body ? { body: toBodyRef(body) } : {};
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function bodyKindFilter(keywords: string) {
  if (/\b(?:gemeente[ns]?|municipalit(?:y|ies)|councils)\b/.test(keywords)) return "municipality" as const;
  if (/\b(?:provincies|provinces)\b/.test(keywords)) return "province" as const;
  return undefined;
}

function listFilter(a: Analysis) {
  const { survey } = a;
  const impliedPresent =
    survey.usage !== undefined && survey.protocol === "present" && !survey.protocolAffirmed;
  const protocol = impliedPresent ? undefined : survey.protocol;
  const unknownOnly = protocol === undefined && /\b(?:onbekend|unknown)\b/.test(a.keywords);
  return {
    ...optional("kind", bodyKindFilter(a.keywords)),
    ...optional("provinceCode", provinceFilter(a.mentions)),
    ...optional("protocol", protocol ? [protocol] : unknownOnly ? ["unknown" as const] : undefined),
    ...optional("usage", survey.usage ? [survey.usage] : undefined),
    ...optional("codeOfConduct", survey.codeOfConduct ? [survey.codeOfConduct] : undefined),
  };
}

function surveyTopic(a: Analysis) {
  if (a.survey.codeOfConductMentioned) return "code_of_conduct" as const;
  if (a.evidence.cues.has("usageWord")) return "usage" as const;
  if (a.survey.protocolMentioned) return "protocol" as const;
  return undefined;
}

function textWithoutBodies(a: Analysis): string {
  return maskMentions(a.text, a.mentions, " ").replace(/\s+/g, " ").trim();
}

function contactName(a: Analysis): string | undefined {
  const withoutDetails = maskMentions(a.text, a.mentions, " , ")
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, " , ")
    .replace(/(?:\+31|\b0)[\d\s-]{8,}/g, " , ");
  return extractPersonName(withoutDetails, isNameVocabulary);
}

function unreachable(winner: never): never {
  throw new Error(`no intent is built for ${String(winner)}`);
}

function buildIntent(winner: Scores[number]["intent"], a: Analysis): Intent {
  const { evidence, survey } = a;
  // A switch rather than ts-pattern: this runs on every message, and a matcher allocates per arm.
  switch (winner) {
    case "help":
      return { intent: "help" as const };
    case "list_bodies":
      return {
        intent: "list_bodies" as const,
        filter: listFilter(a),
        countOnly: evidence.cues.has("howMany"),
      };
    case "survey_summary":
      return {
        intent: "survey_summary" as const,
        ...optional("kind", bodyKindFilter(a.keywords)),
        ...optional("provinceCode", provinceFilter(a.mentions)),
        perProvince: evidence.cues.has("perProvince"),
        ...optional("topic", surveyTopic(a)),
      };
    case "body_status":
      return { intent: "body_status" as const, ...firstBody(a) };
    case "update_survey":
      return {
        intent: "update_survey" as const,
        ...firstBody(a),
        ...optional("protocol", survey.protocol ?? (survey.protocolMentioned ? "present" : undefined)),
        ...optional("usage", survey.usage),
        ...optional(
          "codeOfConduct",
          survey.codeOfConduct ?? (survey.codeOfConductMentioned ? "yes" : undefined),
        ),
        note: a.text.trim(),
      };
    case "record_outreach": {
      const c = evidence.cues;
      const event: RecordableOutreach = c.has("supportDeclined")
        ? "support_declined"
        : c.has("supportOffered")
          ? "support_offered"
          : c.has("meetingWord") && c.has("meetingHeld")
            ? "meeting_held"
            : c.has("called")
              ? "called"
              : c.has("letter")
                ? "letter_sent"
                : "called";
      return {
        intent: "record_outreach" as const,
        bodies: bodyMentions(a.text, a.mentions).map(toBodyRef),
        event,
        ...optional("support", event === "support_offered" ? extractSupportKinds(a.keywords) : undefined),
        ...optional("reached", event === "called" ? !c.has("notReached") : undefined),
        note: a.text.trim(),
      };
    }
    case "needs_call":
      return {
        intent: "needs_call" as const,
        ...optional("provinceCode", provinceFilter(a.mentions)),
        ...optional("kind", bodyKindFilter(a.keywords)),
      };
    case "show_contacts":
      return {
        intent: "show_contacts" as const,
        ...firstBody(a),
        ...optional("role", extractContactRole(a.keywords)),
      };
    case "add_contact":
      return {
        intent: "add_contact" as const,
        ...firstBody(a),
        ...optional("role", extractContactRole(a.keywords)),
        ...optional("name", contactName(a)),
        ...optional("email", extractEmail(a.text)),
        ...optional("phone", extractPhone(a.text)),
      };
    case "book_meeting": {
      const { place } = meetingBodies(a);
      return {
        intent: "book_meeting" as const,
        ...meetingBody(a),
        ...optional("place", place?.status === "found" ? place.body.name : undefined),
        whenText: textWithoutBodies(a),
      };
    }
    case "reschedule_meeting":
      return {
        intent: "reschedule_meeting" as const,
        ...meetingBody(a),
        whenText: textWithoutBodies(a),
      };
    case "cancel_meeting":
      return {
        intent: "cancel_meeting" as const,
        ...meetingBody(a),
        ...optional(
          "reason",
          reasonPattern
            .exec(a.text)?.[1]
            ?.replace(/[.!]+$/, "")
            .trim() || undefined,
        ),
      };
    case "agenda": {
      const { range, dateText } = extractAgendaRange(a.keywords);
      return {
        intent: "agenda" as const,
        ...optional("range", range),
        ...optional("dateText", dateText),
        ...firstBody(a),
        ...optional("staff", extractAgendaStaff(maskMentions(a.text, a.mentions, " "), a.keywords)),
      };
    }
    case "subscribe_reminders":
      return {
        intent: "subscribe_reminders" as const,
        ...optional("kinds", extractReminderTopics(a.keywords)),
        whenText: a.text.trim(),
      };
    case "unsubscribe_reminders":
      return {
        intent: "unsubscribe_reminders" as const,
        ...optional("kinds", extractReminderTopics(a.keywords)),
      };
    case "list_reminders":
      return { intent: "list_reminders" as const };
    case "add_staff":
      return {
        intent: "add_staff" as const,
        ...optional("name", extractStaffName(a.text)),
        ...optional("role", extractStaffRole(a.keywords)),
        ...optional("identity", extractStaffIdentity(a.text)),
      };
    case "chart":
      return {
        intent: "chart" as const,
        chart:
          evidence.cues.has("map") && !evidence.cues.has("chart") ? ("map" as const) : ("progress" as const),
        ...optional("kind", bodyKindFilter(a.keywords)),
        ...optional("provinceCode", provinceFilter(a.mentions)),
        perProvince: evidence.cues.has("perProvince"),
      };
    default:
      return unreachable(winner);
  }
}

function confidenceOf(best: number, second: number): number {
  const strength = Math.min(1, best / 5);
  const margin = best > 0 ? Math.max(0, Math.min(1, (best - second) / best)) : 0;
  return Math.round(strength * (0.5 + 0.5 * margin) * 100) / 100;
}

// The intent is not parsed by its zod schema here: this runs on every message, and the schema is checked against the
// whole corpus and random text in test/intent-schema.test.ts instead.
function answer(lang: Lang, intent: Intent, confidence: number, normalizedText: string): Understanding {
  return { lang, intent, confidence, normalizedText };
}

/** What a message means: its language, intent with slots, and how sure the recogniser is. */
export function understand(text: string, options: { langHint?: Lang } = {}): Understanding {
  const normalizedText = normalizeText(text);
  const lang = languageOfNormalized(normalizedText, options.langHint);
  if (isConfirmation(text, normalizedText)) return answer(lang, { intent: "confirm" }, 1, normalizedText);
  if (isRefusal(text, normalizedText)) return answer(lang, { intent: "cancel" }, 1, normalizedText);
  const choice = readChoice(normalizedText);
  if (choice) return answer(lang, { intent: "choose", ...choice }, 0.9, normalizedText);

  const analysis = analyse(text, normalizedText);
  const scores = scoreIntents(analysis.evidence);
  const [best, second] = scores;
  if (!best || best.score < minimumScore) {
    const suggestions: IntentName[] = scores
      .filter((s) => s.score > 0)
      .slice(0, 3)
      .map((s) => s.intent);
    return answer(
      lang,
      { intent: "unknown", suggestions: suggestions.length > 0 ? suggestions : ["help"] },
      0,
      normalizedText,
    );
  }
  return answer(
    lang,
    buildIntent(best.intent, analysis),
    confidenceOf(best.score, second?.score ?? 0),
    normalizedText,
  );
}
