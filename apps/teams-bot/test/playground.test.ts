import { mkdir } from "node:fs/promises";
import type { Reply } from "@weerbaar/assistant";
import { openStore, type Store } from "@weerbaar/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotUnderTest, NOW, startBot } from "./support/harness.ts";
import {
  launchChromium,
  PLAYGROUND_TENANT,
  PLAYGROUND_USER_AAD,
  type Playground,
  startPlayground,
} from "./support/playground.ts";
import { realAssistant } from "./support/real-assistant.ts";

const REPORTS = new URL("../reports/", import.meta.url);

describe("Microsoft 365 Agents Playground in headless chromium (a real Teams-like client)", () => {
  let t: BotUnderTest;
  let playground: Playground;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let store: Store;
  let assistant: Awaited<ReturnType<typeof realAssistant>>;
  let replies: Reply[];

  beforeAll(async () => {
    await mkdir(REPORTS, { recursive: true });
    store = await openStore("sqlite::memory:", { now: () => NOW });
    assistant = await realAssistant(store, PLAYGROUND_USER_AAD, PLAYGROUND_TENANT);
    replies = assistant.replies;
    t = await startBot({ assistant, store, auth: "local", allowedTenants: [PLAYGROUND_TENANT] });
    playground = await startPlayground(`${t.url}/api/messages`);
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
    await t?.close();
    await store?.close();
  });

  it("asks a question, shows the Adaptive Card, answers with its button and shows the result", async () => {
    const page = await browser.context.newPage();
    await page.goto(playground.url, { waitUntil: "domcontentloaded" });
    const input = page.locator('[role="textbox"][data-lexical-editor="true"]');
    await input.waitFor({ timeout: 30_000 });
    await input.click();
    // Two municipalities are called Bergen: the assistant asks which one with a card of buttons.
    await page.keyboard.type("hoe staat Bergen ervoor?");
    await page.keyboard.press("Enter");

    await expect.poll(() => replies.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const confirm = replies[replies.length - 1] as Reply;
    const yes = confirm.actions.find((action) => action.label.includes("Limburg")) ?? confirm.actions[0];
    expect(yes).toBeDefined();
    const button = page.getByRole("button", { name: yes?.label ?? "", exact: true });
    await button.waitFor({ timeout: 15_000 });
    if (confirm.title) await page.getByText(confirm.title).first().waitFor({ timeout: 5_000 });
    await page.screenshot({ path: new URL("playground-card.png", REPORTS).pathname });

    await button.click();
    await expect.poll(() => assistant.calls.map((c) => c.text), { timeout: 15_000 }).toContain(yes?.value);
    await expect.poll(() => replies.length, { timeout: 15_000 }).toBeGreaterThan(1);
    const result = replies[replies.length - 1] as Reply;
    const resultText = result.title ?? result.blocks.find((b) => b.type === "paragraph")?.text ?? "";
    await page.getByText(resultText).first().waitFor({ timeout: 15_000 });
    // The answered card was updated in place: its buttons are gone and the choice is shown.
    await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(0);
    await page.getByText(`✔ Gekozen: ${yes?.label ?? ""}`, { exact: true }).waitFor({ timeout: 10_000 });
    // The button was an Action.Execute: the playground logs the adaptiveCard/action invoke and its 200.
    await page.getByText("invoke 200", { exact: true }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: new URL("playground-result.png", REPORTS).pathname });

    expect(result.intent).toBe("body_status");
    expect(assistant.calls[0]?.identity).toMatchObject({
      platform: "teams",
      aadObjectId: PLAYGROUND_USER_AAD,
    });
    expect(await t.store.conversationRefs.listActive()).not.toHaveLength(0);
  }, 90_000);
});
