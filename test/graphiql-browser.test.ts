import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { CHROMIUM, startTestServer, type TestServer } from "./helpers.js";

const TOKEN = "graphiql-test-token-0123456789";
const WATCH = "subscription Watch { downloadEvents { __typename download { id url status } } }";

let fixture: FixtureServer;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ API_TOKEN: TOKEN });
  browser = await chromium.launch(CHROMIUM);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fixture?.close();
});

/** GraphiQL with one document and the given Headers tab, run once. */
async function run(document: string, headers: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(20_000);
  await page.goto(`${server.url}/graphql`, { waitUntil: "load" });
  await replaceText(page, ".graphiql-query-editor textarea", document);
  await page.getByRole("button", { name: "Headers", exact: true }).click();
  await replaceText(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden) textarea", headers);
  await page.getByRole("button", { name: /Execute query/ }).click();
  return page;
}

/** Types into one of GraphiQL's Monaco editors through its input area (insertText: no auto-closed brackets). */
async function replaceText(page: Page, input: string, text: string): Promise<void> {
  await page.locator(input).first().focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}

/** The response pane's text, its line wrapping undone. */
const response = async (page: Page) => (await page.locator(".graphiql-response").innerText()).replace(/\s+/g, " ");

describe("GraphiQL on a server with API_TOKEN", () => {
  it("streams a subscription with the token from the Headers tab", async () => {
    const page = await run(WATCH, `{"Authorization": "Bearer ${TOKEN}"}`);
    await page.waitForTimeout(300); // the socket is open and subscribed before the task is added
    const url = fixture.url("/clip.mp4?graphiql");
    const res = await fetch(`${server.url}/api/downloads`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ url, download_type: "video", quality: "best" }),
    });
    expect(res.status).toBe(201);
    await expect.poll(() => response(page), { timeout: 30_000 }).toContain(url);
    expect(await response(page)).toContain("DownloadAdded");
    await page.close();
  });

  it("says the server refused the socket, and why, when the token is missing", async () => {
    const page = await run(WATCH, "{}");
    await expect.poll(() => response(page)).toContain("The server refused the connection (4403 Forbidden)");
    expect(await response(page)).toContain("authorization");
    await page.close();
  });
});
