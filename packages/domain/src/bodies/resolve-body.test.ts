import { describe, expect, it } from "vitest";
import type { BodyKind } from "./body.ts";
import { bodyIndex } from "./body-index.ts";
import { commonWordNames } from "./common-word-names.ts";
import { osaDistance } from "./edit-distance.ts";
import { normalizeName } from "./normalize.ts";
import { allBodies, bodyAliases, municipalities } from "./reference-data.ts";
import { type BodyResolution, findBodyMentions, resolveBody } from "./resolve-body.ts";
import { stopWords } from "./stop-words.ts";

/** "GM1640" found exactly, "~GM1640" found after a typo, "GM0014|PV20" ambiguous, "-" not found. */
function summarize(resolution: BodyResolution): string {
  switch (resolution.status) {
    case "found":
      return `${resolution.fuzzy ? "~" : ""}${resolution.body.code}`;
    case "ambiguous":
      return resolution.candidates.map((body) => body.code).join("|");
    case "not_found":
      return "-";
  }
}

const homonyms = new Set(["Utrecht", "Groningen"]);

type Row = [input: string, expected: string, kind?: BodyKind];

const cases: Row[] = [
  // case and diacritics
  ["Súdwest-Fryslân", "GM1900"],
  ["sudwest fryslan", "GM1900"],
  ["SUDWEST-FRYSLAN", "GM1900"],
  ["noardeast fryslan", "GM1970"],
  ["LEUDAL", "GM1640"],
  ["leudal", "GM1640"],
  // apostrophes
  ["'s-Hertogenbosch", "GM0796"],
  ["’s-Hertogenbosch", "GM0796"],
  ["s-Hertogenbosch", "GM0796"],
  ["s hertogenbosch", "GM0796"],
  ["’s-Gravenhage", "GM0518"],
  ["'s Gravenhage", "GM0518"],
  ["Hertogenbosch", "GM0796"],
  // hyphen and space variants
  ["Noord Holland", "PV27"],
  ["Noord-Holland", "PV27"],
  ["noordholland", "PV27"],
  ["Etten Leur", "GM0777"],
  ["Bodegraven Reeuwijk", "GM1901"],
  ["Oost-Gelre", "GM1586"],
  ["denhaag", "GM0518"],
  // informal names and aliases
  ["Den Bosch", "GM0796"],
  ["Den Haag", "GM0518"],
  ["The Hague", "GM0518"],
  ["Nuenen", "GM0820"],
  ["Nuenen c.a.", "GM0820"],
  ["Capelle a/d IJssel", "GM0502"],
  ["Ljouwert", "GM0080"],
  ["De Friese Meren", "GM1940"],
  ["Friesland", "PV21"],
  ["North Brabant", "PV30"],
  // multi-word names and names containing commas
  ["Nuenen, Gerwen en Nederwetten", "GM0820"],
  ["nuenen gerwen en nederwetten", "GM0820"],
  ["Alphen aan den Rijn", "GM0484"],
  ["Wijk bij Duurstede", "GM0352"],
  ["Valkenburg aan de Geul", "GM0994"],
  // suffixed CBS forms and the two Bergens
  ["Bergen (L.)", "GM0893"],
  ["Bergen (NH.)", "GM0373"],
  ["Bergen L", "GM0893"],
  ["Bergen NH", "GM0373"],
  ["Bergen (Noord-Holland)", "GM0373"],
  ["Hengelo (O.)", "GM0164"],
  ["Hengelo", "GM0164"],
  ["Beek (L.)", "GM0888"],
  ["Bergen", "GM0373|GM0893"],
  ["bel de gemeente Bergen", "GM0373|GM0893"],
  // names that are also common words
  ["which is the best option", "-"],
  ["het gaat goed met de buren", "-"],
  ["hoe staat Best ervoor", "GM0753"],
  ["best", "GM0753"],
  ["de gemeente best", "GM0753"],
  ["the municipality of best", "GM0753"],
  ["it goes well", "-"],
  ["hoe gaat het in Goes", "GM0664"],
  ["we wonen in grote huizen", "-"],
  ["ze wonen aan een beek", "-"],
  ["hij zal het gesprek leiden", "-"],
  ["een houten tafel", "-"],
  ["de bergen in", "-"],
  ["bel Leiden morgen", "GM0546"],
  ["over berg en dal", "-"],
  ["Berg en Dal", "GM1945"],
  ["het land is groot", "-"],
  ["WHICH IS THE BEST OPTION", "-"],
  // short names that are not words are still found in lower case
  ["hoe staat ede ervoor", "GM0228"],
  ["bel oss", "GM0828"],
  ["urk", "GM0184"],
  // municipality/province homonyms
  ["Utrecht", "GM0344|PV26"],
  ["Groningen", "GM0014|PV20"],
  ["gemeente Utrecht", "GM0344"],
  ["de stad Groningen", "GM0014"],
  ["the city of Utrecht", "GM0344"],
  ["de provincie Utrecht", "PV26"],
  ["province of Groningen", "PV20"],
  ["Utrecht (provincie)", "PV26"],
  ["Utrecht (gemeente)", "GM0344"],
  ["Groningen (gemeente)", "GM0014"],
  ["welke gemeenten in Utrecht hebben geen protocol", "PV26"],
  ["Utrecht", "PV26", "province"],
  ["Groningen", "GM0014", "municipality"],
  ["Leudal", "-", "province"],
  // province-only names
  ["Limburg", "PV31"],
  ["Zeeland", "PV29"],
  ["Fryslân", "PV21"],
  ["Fryslan", "PV21"],
  ["North Holland", "PV27"],
  ["Drenthe", "PV22"],
  ["Flevoland", "PV24"],
  ["Gelderland", "PV25"],
  ["Overijssel", "PV23"],
  ["Noord-Brabant", "PV30"],
  ["Zuid-Holland", "PV28"],
  // typing errors
  ["Leudall", "~GM1640"],
  ["Roermodn", "~GM0957"],
  ["Sudwest Frislan", "~GM1900"],
  ["Maastrciht", "~GM0935"],
  ["Maastrchit", "~GM0935"],
  ["Amsterdma", "~GM0363"],
  ["Nijmgen", "~GM0268"],
  ["hoe staat leudall ervoor", "~GM1640"],
  ["plan een afspraak met Roermodn", "~GM0957"],
  ["Almele", "GM0034|GM0141"],
  ["Waerden", "GM0189|GM0632"],
  ["Leudaal", "~GM1640"],
  ["Maastricht", "GM0935"],
  // exact names one letter apart from another name never swap
  ["Assen", "GM0106"],
  ["Asten", "GM0743"],
  ["Emmen", "GM0114"],
  ["Ommen", "GM0175"],
  ["Ede", "GM0228"],
  ["Epe", "GM0232"],
  ["Rheden", "GM0275"],
  ["Rhenen", "GM0340"],
  ["Heusden", "GM0797"],
  ["Leusden", "GM0327"],
  ["Wierden", "GM0189"],
  ["Woerden", "GM0632"],
  ["Venlo", "GM0983"],
  ["Venray", "GM0984"],
  // short names and filler words are never corrected
  ["Edr", "-"],
  ["Os", "-"],
  ["de en met van in op", "-"],
  ["laten we morgen bellen", "-"],
  ["worden de woningen gebouwd", "-"],
  ["om die reden bellen we", "-"],
  ["dat zijn de dingen", "-"],
  ["de peilingen zijn binnen", "-"],
  // inside a sentence, any position
  ["hoe staat Leudal ervoor?", "GM1640"],
  ["plan een afspraak met Leudal donderdag", "GM1640"],
  ["Venlo is gebeld", "GM0983"],
  ["wie is de griffier van Leudal", "GM1640"],
  ["gemeenten in Limburg zonder stappenplan", "PV31"],
  ["Leudal heeft een protocol maar het ligt op de plank", "GM1640"],
  // longest match wins
  ["Horst aan de Maas", "GM1507"],
  ["Hof van Twente", "GM1735"],
  ["Land van Cuijk", "GM1982"],
  ["Bergen op Zoom", "GM0748"],
  ["bel Bergen op Zoom morgen", "GM0748"],
  ["West Maas en Waal", "GM0668"],
  ["nothing here", "-"],
  ["", "-"],
];

describe("resolveBody", () => {
  it("has a table of at least 80 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases)("%j → %s (kind %s)", (input, expected, kind) => {
    expect(summarize(resolveBody(input, kind ? { kind } : {}))).toBe(expected);
  });

  it("reports where the name was written, including the apostrophe and the suffix", () => {
    expect(resolveBody("is ’s-Hertogenbosch gebeld")).toMatchObject({
      matchedText: "’s-Hertogenbosch",
      start: 3,
      end: 19,
    });
    expect(resolveBody("bel Bergen (L.) morgen")).toMatchObject({
      matchedText: "Bergen (L.)",
      start: 4,
      end: 15,
    });
    expect(resolveBody("hoe staat Súdwest-Fryslân?")).toMatchObject({ matchedText: "Súdwest-Fryslân" });
    expect(resolveBody("Utrecht (provincie) belt")).toMatchObject({ matchedText: "Utrecht (provincie)" });
  });

  it("returns both candidates when a typo is equally close to two names", () => {
    const resolution = resolveBody("Almele");
    expect(resolution.status).toBe("ambiguous");
    if (resolution.status === "ambiguous") {
      expect(resolution.candidates.map((b) => b.name).sort()).toEqual(["Almelo", "Almere"]);
    }
  });
});

describe("findBodyMentions", () => {
  const mentions = (text: string, kind?: BodyKind) =>
    findBodyMentions(text, kind ? { kind } : {}).map((m) => `${summarize(m)}:${m.matchedText}`);

  it.each([
    ["Leudal en Venlo zijn gebeld", ["GM1640:Leudal", "GM0983:Venlo"]],
    [
      "Maastricht, Heerlen en Sittard-Geleen",
      ["GM0935:Maastricht", "GM0917:Heerlen", "GM1883:Sittard-Geleen"],
    ],
    ["Bergen op Zoom en Bergen (L.)", ["GM0748:Bergen op Zoom", "GM0893:Bergen (L.)"]],
    ["gemeente Utrecht en provincie Groningen", ["GM0344:Utrecht", "PV20:Groningen"]],
    ["Nuenen, Gerwen en Nederwetten en Best", ["GM0820:Nuenen, Gerwen en Nederwetten", "GM0753:Best"]],
    ["Utrecht en Leudal", ["GM0344|PV26:Utrecht", "GM1640:Leudal"]],
    ["de buren van Leudal", ["GM1640:Leudal"]],
    ["niets te melden", []],
  ])("%j", (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it("filters by kind", () => {
    expect(mentions("Leudal ligt in Limburg", "province")).toEqual(["PV31:Limburg"]);
    expect(mentions("Leudal ligt in Limburg", "municipality")).toEqual(["GM1640:Leudal"]);
  });

  it("returns mentions in order without overlap", () => {
    const found = findBodyMentions("Venlo, Venray, Venlo en Horst aan de Maas");
    for (let i = 1; i < found.length; i++) {
      expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
    }
    expect(found).toHaveLength(4);
  });
});

describe("every name and alias", () => {
  const unambiguous = allBodies.filter((body) => !homonyms.has(body.name));

  it("resolves each of the 354 official names to itself", () => {
    expect(allBodies).toHaveLength(354);
    for (const body of unambiguous) {
      expect(summarize(resolveBody(body.name)), body.name).toBe(body.code);
      expect(summarize(resolveBody(body.name, { kind: body.kind })), body.name).toBe(body.code);
    }
    for (const body of allBodies.filter((b) => homonyms.has(b.name))) {
      const resolution = resolveBody(body.name);
      expect(resolution.status).toBe("ambiguous");
      expect(summarize(resolveBody(body.name, { kind: body.kind }))).toBe(body.code);
    }
  });

  it("resolves each alias to its code", () => {
    for (const { alias, code } of bodyAliases) expect(summarize(resolveBody(alias)), alias).toBe(code);
  });

  it("finds each name inside 'hoe staat X ervoor', homonyms ambiguous", () => {
    for (const body of allBodies) {
      const resolution = resolveBody(`hoe staat ${body.name} ervoor`);
      if (homonyms.has(body.name)) expect(resolution.status, body.name).toBe("ambiguous");
      else expect(summarize(resolution), body.name).toBe(body.code);
      if (resolution.status !== "not_found") expect(resolution.matchedText).toBe(body.name);
    }
  });

  it("finds each lower-case name in a sentence, except the everyday words", () => {
    for (const body of unambiguous) {
      const key = normalizeName(body.name);
      const resolution = resolveBody(`hoe staat ${body.name.toLowerCase()} ervoor`);
      // "bergen (nh.)" carries its suffix, so it reads as a name even in lower case.
      if (commonWordNames.has(key)) {
        expect(resolution.status, body.name).toBe("not_found");
      } else {
        expect(summarize(resolution), body.name).toBe(body.code);
      }
    }
  });

  it("never corrects an exact name into its neighbour one or two letters away", () => {
    const singleWord = municipalities.filter((m) => !m.name.includes(" ") && !m.name.includes("-"));
    let neighbours = 0;
    for (const a of singleWord) {
      for (const b of singleWord) {
        if (a === b || osaDistance(normalizeName(a.name), normalizeName(b.name), 2) > 2) continue;
        neighbours++;
        expect(summarize(resolveBody(a.name)), `${a.name} vs ${b.name}`).not.toBe(b.code);
      }
    }
    // Assen/Asten, Emmen/Ommen, Ede/Epe, Rheden/Rhenen, Heusden/Leusden, Wierden/Woerden and more.
    expect(neighbours).toBeGreaterThanOrEqual(12);
  });
});

describe("word lists", () => {
  it("lists only common words that are real body keys", () => {
    for (const word of commonWordNames) expect(bodyIndex.entries.has(word), word).toBe(true);
  });

  it("blocks no real name with a stop word", () => {
    for (const word of stopWords) expect(bodyIndex.entries.has(word), word).toBe(false);
  });

  it("keeps every stop word of 5+ letters from turning into a body", () => {
    for (const word of stopWords) {
      expect(findBodyMentions(`we zien ${word} morgen`), word).toEqual([]);
    }
  });
});
