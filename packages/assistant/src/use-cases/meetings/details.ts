import type { Body, ContactRole, StaffMember } from "@weerbaar/domain";
import type { Lang } from "@weerbaar/reply";

/** Where a meeting takes place, as read from the message; `isDefault` when nothing was said. */
export type MeetingPlace = { location: string; isDefault: boolean };

/** A colleague named in the message: "voor Piet" (Piet organises) or "met Piet" (Piet organises, the asker joins). */
export type NamedColleague = { staff: StaffMember; askerJoins: boolean };

const onlinePattern = /\b(?:via\s+(?:ms\s+)?(teams|zoom|webex)|online|videobellen|video\s*call)\b/i;
const townHallPattern =
  /\b(?:in|op|at)\s+(?:het|the)\s+(?:gemeentehuis|provinciehuis|stadhuis|town\s+hall|city\s+hall)\b/i;
// "op Leudalplein 1", "aan de Markt 10", "at Stationsstraat 12a": a capitalised street name followed by a number.
const addressPattern =
  /\b(?:op|aan|at)\s+((?:de\s+|het\s+)?[A-Z][\p{L}'.-]+(?:\s+[A-Z\p{Ll}][\p{L}'.-]+){0,3}\s+\d{1,4}[a-zA-Z]?)(?![\d:.])/u;
const notStreets =
  /^(?:de\s+|het\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\b/i;

/** The body's own hall: "Gemeentehuis Leudal" or "Provinciehuis Limburg". */
export function townHall(body: Body): string {
  return `${body.kind === "municipality" ? "Gemeentehuis" : "Provinciehuis"} ${body.name}`;
}

/** The place named in the text ("op Leudalplein 1", "in het gemeentehuis", "online", "via Teams"), else the town hall. */
export function readPlace(text: string, body: Body): MeetingPlace {
  const online = onlinePattern.exec(text);
  if (online) {
    const tool = online[1]?.toLowerCase();
    const name =
      tool === "teams" ? "Microsoft Teams" : tool ? `${tool.charAt(0).toUpperCase()}${tool.slice(1)}` : "";
    return { location: name ? `Online (${name})` : "Online", isDefault: false };
  }
  if (townHallPattern.test(text)) return { location: townHall(body), isDefault: false };
  const address = addressPattern.exec(text)?.[1];
  if (address && !notStreets.test(address)) return { location: address.trim(), isDefault: false };
  return { location: townHall(body), isDefault: true };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A colleague named after "voor/met/for/with", matched on full or first name; never the asker. */
export function readColleague(
  text: string,
  staff: readonly StaffMember[],
  askerId: string,
): NamedColleague | undefined {
  const candidates = staff
    .filter((s) => s.id !== askerId)
    .flatMap((s) => {
      const first = s.displayName.split(/\s+/)[0] ?? s.displayName;
      return [s.displayName, first].map((name) => ({ staff: s, name }));
    })
    .sort((a, b) => b.name.length - a.name.length);
  for (const { staff: member, name } of candidates) {
    const pattern = new RegExp(
      `(?:^|[\\s,])(voor|met|for|with)\\s+(?:collega\\s+|colleague\\s+)?${escapeRegExp(name)}(?![\\p{L}])`,
      "iu",
    );
    const found = pattern.exec(text);
    if (found) {
      const word = found[1]?.toLowerCase();
      return { staff: member, askerJoins: word === "met" || word === "with" };
    }
  }
  return undefined;
}

// Longer names first, so "gemeentesecretaris" is not also read as "secretaris".
const roleWords: [RegExp, ContactRole][] = [
  [/\bgemeentesecretaris(?:sen)?\b|\btown\s+clerks?\b/i, "town_clerk"],
  [/\bbeleidsmedewerkers?\s+veiligheid\b|\bsafety\s+officers?\b/i, "safety_officer"],
  [/\bburgemeesters?\b|\bmayors?\b/i, "mayor"],
  [/\bgriffiers?\b|\bclerks?\b/i, "clerk"],
  [/\bwethouders?\b|\baldermen\b|\balderman\b/i, "alderman"],
  [/\braadsleden\b|\braadslid\b|\bcouncil\s+members?\b/i, "council_member"],
  [/\bstatenle?d(?:en)?\b|\bprovincial\s+council\s+members?\b/i, "provincial_council_member"],
  [/\bgedeputeerden?\b|\bdeput(?:y|ies)\b/i, "deputy"],
];

/** The contact roles invited in the text: "met de burgemeester en de griffier" gives mayor and clerk. */
export function readRoles(text: string): ContactRole[] {
  let rest = text;
  const roles: ContactRole[] = [];
  for (const [pattern, role] of roleWords) {
    const global = new RegExp(pattern.source, "gi");
    if (global.test(rest)) {
      roles.push(role);
      rest = rest.replace(global, " ");
    }
  }
  return roles;
}

/** "60 minuten" / "1 uur 30 minuten", for showing a duration. */
export function durationLabel(minutes: number, lang: Lang): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (lang === "nl") {
    if (hours === 0) return `${rest} minuten`;
    return rest === 0 ? `${hours} uur` : `${hours} uur ${rest} minuten`;
  }
  if (hours === 0) return `${rest} minutes`;
  const h = `${hours} hour${hours === 1 ? "" : "s"}`;
  return rest === 0 ? h : `${h} ${rest} minutes`;
}
