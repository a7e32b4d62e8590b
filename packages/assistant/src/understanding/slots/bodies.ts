import { type Body, type BodyKind, findBodyMentions } from "@weerbaar/domain";
import type { BodyRef } from "./schemas.ts";

/** One body mention as the domain resolver returns it. */
export type Mention = ReturnType<typeof findBodyMentions>[number];

const kindBefore: readonly (readonly [RegExp, BodyKind])[] = [
  [/\b(?:gemeente|gem\.?|municipality(?: of)?|stad|city(?: of)?|town(?: of)?)\s*$/i, "municipality"],
  [/\b(?:provincie|prov\.?|province(?: of)?)\s*$/i, "province"],
];
const kindAfter: readonly (readonly [RegExp, BodyKind])[] = [
  [/^\s*(?:\(?gemeente\)?|municipality|\(stad\)|city)\b/i, "municipality"],
  [/^\s*(?:\(?provincie\)?|province)\b/i, "province"],
];

/** The kind a text states right around a mention: "gemeente Groningen", "Utrecht (provincie)". */
function statedKind(text: string, mention: Mention): BodyKind | undefined {
  const before = text.slice(Math.max(0, mention.start - 20), mention.start);
  for (const [pattern, kind] of kindBefore) if (pattern.test(before)) return kind;
  const after = text.slice(mention.end, mention.end + 15);
  for (const [pattern, kind] of kindAfter) if (pattern.test(after)) return kind;
  return undefined;
}

/** Narrows an ambiguous mention's candidates; one left means found. */
function narrow(mention: Mention, keep: (body: Body) => boolean): Mention {
  if (mention.status !== "ambiguous") return mention;
  const candidates = mention.candidates.filter(keep);
  const [only] = candidates;
  if (candidates.length === 1 && only) {
    return {
      status: "found",
      body: only,
      fuzzy: false,
      matchedText: mention.matchedText,
      start: mention.start,
      end: mention.end,
    };
  }
  if (candidates.length === 0) return mention;
  return { ...mention, candidates };
}

/** The bodies named in a message, with kinds stated next to them applied. */
export function findMentions(text: string): Mention[] {
  return findBodyMentions(text)
    .map((mention) => {
      const kind = statedKind(text, mention);
      return kind ? narrow(mention, (body) => body.kind === kind) : mention;
    })
    .sort((a, b) => a.start - b.start);
}

/** A mention as an intent slot. */
export function toBodyRef(mention: Mention): BodyRef {
  if (mention.status === "found") {
    return { status: "found", body: mention.body, fuzzy: mention.fuzzy, matchedText: mention.matchedText };
  }
  return { status: "ambiguous", candidates: [...mention.candidates], matchedText: mention.matchedText };
}

function provinceOf(mention: Mention): Body | undefined {
  if (mention.status === "found") return mention.body.kind === "province" ? mention.body : undefined;
  return mention.candidates.find((body) => body.kind === "province");
}

/** For list-like intents: the first province named is a filter ("gemeenten in Limburg"), not a body. */
export function provinceFilter(mentions: readonly Mention[]): string | undefined {
  for (const mention of mentions) {
    const province = provinceOf(mention);
    if (province) return province.code;
  }
  return undefined;
}

/**
 * For body intents: the bodies named, where a province right after a municipality qualifies it
 * ("Bergen in Limburg", "Leudal (Limburg)") instead of being a body of its own.
 */
export function bodyMentions(text: string, mentions: readonly Mention[]): Mention[] {
  const result: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention) continue;
    const next = mentions[i + 1];
    const qualifies =
      next &&
      qualifierGap.test(text.slice(mention.end, next.start)) &&
      next.status === "found" &&
      next.body.kind === "province";
    const qualifier = qualifies ? next.body : undefined;
    if (qualifier && isMunicipal(mention)) {
      result.push(
        narrow(mention, (body) => body.provinceCode === qualifier.code && body.kind === "municipality"),
      );
      i++;
      continue;
    }
    result.push(mention);
  }
  return result;
}

const qualifierGap = /^\s*(?:\(|,|-|in|uit|from|in de provincie|in the province of|\(provincie)?\s*$/i;

function isMunicipal(mention: Mention): boolean {
  return mention.status === "found"
    ? mention.body.kind === "municipality"
    : mention.candidates.some((body) => body.kind === "municipality");
}

/** The text with every mention replaced by a placeholder, so a name never reads as a keyword. */
export function maskMentions(text: string, mentions: readonly Mention[], placeholder = " "): string {
  let masked = "";
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    masked += `${text.slice(at, mention.start)}${placeholder}`;
    at = mention.end;
  }
  return masked + text.slice(at);
}

/** The first body a message names, as a slot (province qualifiers applied). */
export function firstBodySlot(text: string, mentions: readonly Mention[]): { body?: BodyRef } {
  const [first] = bodyMentions(text, mentions);
  return first ? { body: toBodyRef(first) } : {};
}

/** Every body a message names, as slots. */
export function bodySlots(text: string, mentions: readonly Mention[]): BodyRef[] {
  return bodyMentions(text, mentions).map(toBodyRef);
}

/** The text with body names taken out, for readers that must not see them (times, reasons). */
export function textWithoutBodies(text: string, mentions: readonly Mention[]): string {
  return maskMentions(text, mentions, " ").replace(/\s+/g, " ").trim();
}
