import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createScenario, type Scenario } from "./scenario.ts";

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe("pictures of the survey", () => {
  let s: Scenario;
  beforeEach(async () => {
    s = await createScenario();
  });
  afterEach(() => s.close());

  it("answers 'laat de voortgang per provincie zien' with the progress chart and its summary", async () => {
    await s.say("Venlo heeft geen protocol");
    const reply = await s.say("laat de voortgang per provincie zien");
    expect(reply.intent).toBe("chart");
    expect(reply.data).toMatchObject({ chart: "progress" });
    const [image] = reply.attachments;
    expect(image).toMatchObject({ kind: "image", fileName: "voortgang.png", mimeType: "image/png" });
    expect(Buffer.from(image?.data ?? []).subarray(0, 8)).toEqual(pngSignature);
    expect(reply.blocks).toEqual([{ type: "paragraph", text: image?.description }]);
    expect(image?.description).toContain(
      "Gemeenten (342): 0 actief, 0 slapend, 0 aanwezig (gebruik onbekend), 0 in de maak, 1 geen protocol, 341 onbekend.",
    );
  });

  it("answers 'show me a map of protocols' in English", async () => {
    const reply = await s.say("show me a map of protocols");
    expect(reply.lang).toBe("en");
    expect(reply.attachments[0]).toMatchObject({ fileName: "map.png", mimeType: "image/png" });
    expect(reply.attachments[0]?.description).toMatch(
      /^Map of the Netherlands\. The Netherlands \(342 municipalities\): /,
    );
  });
});
