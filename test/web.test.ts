import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_TITLE, startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { CHROMIUM, startTestServer, type TestServer } from "./helpers.js";

const SHOTS = path.resolve("test-results", "web");

let fixture: FixtureServer;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startTestServer({ MAX_CONCURRENT_DOWNLOADS: "3" });
  browser = await chromium.launch(CHROMIUM);
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await fixture?.close();
});

async function open(on: TestServer, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(10_000);
  await page.goto(on.url);
  return page;
}

/** Types URLs into the form and presses Download. */
async function add(page: Page, ...urls: string[]) {
  await page.getByLabel("URL").fill(urls.join("\n"));
  await page.getByRole("button", { name: "Download", exact: true }).click();
}

const row = (page: Page, title: string | RegExp) => page.getByRole("listitem", { name: title, exact: true });
const bar = (task: Locator) => task.getByRole("progressbar");
const filesOf = async (id: string, on = server) => (await readdir(on.config.downloadDir)).filter((f) => f.includes(id));
const idOf = async (url: string, on = server) => (await on.downloads.list({})).find((t) => t.url === url)!.id;

describe("the web page", () => {
  it("adds the fixture page through the form; the bar rises to 100 %; title, size and a working link", async () => {
    const page = await open(server);
    await expect.poll(() => page.getByRole("status").textContent()).toBe("Live");
    // Every value the page's progress bars take, recorded in the page as it changes.
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
      new MutationObserver((changes) => {
        for (const change of changes) seen.push((change.target as Element).getAttribute("aria-valuenow") ?? "");
      }).observe(document.body, { subtree: true, attributeFilter: ["aria-valuenow"] });
    });
    await add(page, fixture.url("/page.html?web"));
    const task = row(page, new RegExp(`^${PAGE_TITLE}`)); // yt-dlp's generic extractor may add " (1)"
    await expect.poll(() => bar(task).getAttribute("aria-valuenow"), { timeout: 30_000 }).toBe("100");
    await expect.poll(() => task.getByText("completed").count(), { timeout: 30_000 }).toBe(1);
    const seen = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).map(Number);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(100);

    const link = task.getByRole("link", { name: "Save file" });
    const response = await page.request.get(new URL((await link.getAttribute("href"))!, server.url).href);
    const [file] = await filesOf(await idOf(fixture.url("/page.html?web")));
    const bytes = await readFile(path.join(server.config.downloadDir, file!));
    expect(Buffer.compare(await response.body(), bytes)).toBe(0);
    await expect.poll(() => task.textContent()).toContain(`${(bytes.length / 1000).toFixed(1)} KB`);
    await expect.poll(() => task.getByRole("link", { name: new RegExp(`^Open thumbnail of ${PAGE_TITLE}`) }).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "1280x800.png") });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: path.join(SHOTS, "360x740.png") });
    expect(existsSync(path.join(SHOTS, "360x740.png"))).toBe(true);
    await page.close();
  });

  it("creates a preset in the Presets view, chooses it in the form, and the finished row shows its MKV file", async () => {
    const page = await open(server);
    await page.getByRole("button", { name: "Presets" }).click();
    const form = page.getByRole("form", { name: "New preset" });
    await form.getByLabel("Preset name").fill("Matroska");
    await form.getByLabel("Container").selectOption("MKV");
    await form.getByLabel("Subtitles (languages)").fill("en");
    await form.getByRole("button", { name: "Create preset" }).click();
    await expect.poll(() => page.getByRole("listitem", { name: "Matroska" }).textContent()).toContain("video mkv");
    await page.screenshot({ path: path.join(SHOTS, "presets.png") });
    await page.getByRole("button", { name: "Downloads" }).click();
    await page.getByLabel("Preset").selectOption({ label: "Matroska" });
    await add(page, fixture.url("/page.html?title=Preset%20Clip"));
    const task = row(page, /^Preset Clip/);
    await expect.poll(() => task.locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
    await expect.poll(() => task.locator(".file").textContent()).toBe(".mkv");
    await expect.poll(() => task.locator(".preset").textContent()).toBe("Matroska");
    await expect.poll(() => task.getByRole("link", { name: "en.vtt" }).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "preset-row.png") });
    await page.close();
  });

  it("follows a feed in the Feeds view; after an item is added, Check now queues it and the task completes", async () => {
    const source = fixture.feed("web");
    source.add({ title: "Old episode" });
    const page = await open(server);
    await page.getByRole("button", { name: "Feeds" }).click();
    await page.getByLabel("Feed URL").fill(source.url);
    await page.getByRole("button", { name: "Follow" }).click();
    const feed = page.getByRole("listitem", { name: "Feed web" });
    await expect.poll(() => feed.textContent()).toContain("1 entries");
    source.add({ title: "New episode" });
    await feed.getByRole("button", { name: "Check now" }).click();
    await expect.poll(() => feed.textContent()).toContain("2 entries");
    await feed.getByRole("button", { name: "Feed web" }).click();
    await expect.poll(() => page.getByRole("list", { name: "Entries of Feed web" }).textContent()).toMatch(/queued New episode.*seen Old episode/);
    await page.screenshot({ path: path.join(SHOTS, "feeds.png") });
    await feed.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Check every (min)").fill("30");
    await page.getByRole("button", { name: "Save feed" }).click();
    await expect.poll(() => feed.textContent()).toContain("every 30 min");
    await page.getByRole("button", { name: "Downloads" }).click();
    const task = row(page, /New episode/);
    await expect.poll(() => task.locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
    await page.close();
  });

  it("adds a webhook notifier in the Notifiers view and lists its delivery once a download completes", async () => {
    const received: string[] = [];
    const receiver = createServer((req, res) => {
      req.on("data", (chunk: Buffer) => received.push(chunk.toString()));
      req.on("end", () => res.writeHead(200).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    try {
      const page = await open(server);
      await page.getByRole("button", { name: "Notifiers" }).click();
      await page.getByLabel("Name").fill("Web hook");
      await page.getByLabel("Webhook or Apprise URL").fill(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);
      await page.getByLabel("Private address").check();
      await page.getByRole("button", { name: "Add notifier" }).click();
      await expect.poll(() => page.getByRole("status").last().textContent()).toMatch(/whsec_/);
      await page.getByRole("button", { name: "Downloads" }).click();
      await add(page, fixture.url("/page.html?title=Notified%20Clip"));
      await expect.poll(() => row(page, /^Notified Clip/).locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
      await page.getByRole("button", { name: "Notifiers" }).click();
      await expect.poll(() => page.getByRole("list", { name: "Deliveries of Web hook" }).textContent(), { timeout: 15_000 }).toMatch(/delivered download\.completed/);
      await page.screenshot({ path: path.join(SHOTS, "notifiers.png") });
      expect(received.join("")).toContain("Notified Clip");
      await page.close();
    } finally {
      receiver.closeAllConnections();
      receiver.close();
    }
  });

  it("cancels a slow download (the file is gone) and retries it to completion", async () => {
    const page = await open(server);
    const url = fixture.url("/slow/120000/long.mp4?web-cancel");
    await add(page, url);
    const task = row(page, "long");
    await expect.poll(async () => Number(await bar(task).getAttribute("aria-valuenow")), { timeout: 20_000 }).toBeGreaterThan(0);
    await task.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => task.locator(".status").textContent()).toBe("cancelled");
    expect(await filesOf(await idOf(url))).toEqual([]);
    await task.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => task.locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
    expect(await filesOf(await idOf(url))).toHaveLength(1);
    await page.close();
  });

  it("groups the RSS feed's three entries under one playlist, 3 of 3 done", async () => {
    const page = await open(server);
    await add(page, fixture.url("/feed.rss?web"));
    const playlist = page.getByRole("listitem", { name: "Playlist Fixture Feed" }); // the card is named by the playlist's title
    await expect.poll(() => playlist.getByText("3 of 3 done").count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => playlist.getByRole("progressbar").count()).toBe(3);
    await page.close();
  });

  it("removes a task with its file, and clears finished tasks", async () => {
    const page = await open(server);
    const url = fixture.url("/clip.mp4?web-remove");
    await add(page, url);
    const task = row(page, "clip");
    await expect.poll(() => task.locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
    const id = await idOf(url);
    expect(await filesOf(id)).toHaveLength(1);
    await task.getByRole("button", { name: "Remove" }).click();
    await task.getByRole("button", { name: "Delete file" }).click();
    await expect.poll(() => task.count()).toBe(0);
    expect(await filesOf(id)).toEqual([]);

    const completed = (await server.downloads.list({ status: ["completed"] })).length;
    await page.getByRole("button", { name: `Clear completed (${completed})` }).click();
    const question = page.getByRole("alertdialog");
    expect(await question.textContent()).toContain(`Remove ${completed} completed task`); // it names how many, before anything goes
    await question.getByRole("button", { name: `Clear ${completed}` }).click();
    await expect.poll(() => page.locator(".task .status", { hasText: /^completed$/ }).count()).toBe(0);
    expect((await server.downloads.list({ status: ["completed"] })).length).toBe(0);
    await page.close();
  });

  it("shows the server's message by the URL field for an invalid URL", async () => {
    const page = await open(server);
    await add(page, "ftp://example.com/file");
    const field = page.getByLabel("URL");
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    const message = page.locator(`#${await field.getAttribute("aria-describedby")}`);
    expect(await message.textContent()).toBe("URL: only http and https URLs are accepted"); // the field as the page names it
    expect(await field.inputValue()).toBe("ftp://example.com/file"); // kept, to be fixed
    await page.close();
  });
});

describe("the web page on a server with API_TOKEN", () => {
  it("asks for the token, refuses a wrong one, works with the right one", async () => {
    const token = "web-test-token-0123456789";
    const guarded = await startTestServer({ API_TOKEN: token });
    try {
      const page = await open(guarded);
      await page.getByLabel("API token").fill("wrong-token-0123456789");
      await page.getByRole("button", { name: "Save token" }).click();
      await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/refused/);
      await page.getByLabel("API token").fill(token);
      await page.getByRole("button", { name: "Save token" }).click();
      await expect.poll(() => page.getByRole("status").textContent()).toBe("Live");
      await add(page, fixture.url("/clip.mp4?web-token"));
      await expect.poll(() => row(page, "clip").locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
      await page.reload(); // the token is kept in the browser
      await expect.poll(() => page.getByRole("status").textContent()).toBe("Live");
      // ... as an HttpOnly session: nothing a script on the page can read holds it.
      const readable = await page.evaluate(() => `${document.cookie} ${JSON.stringify({ ...localStorage })} ${JSON.stringify({ ...sessionStorage })}`);
      expect(readable).not.toContain(token);
      expect(readable).not.toContain("mds_session");
      await page.close();
    } finally {
      await guarded.stop();
    }
  });
});

describe("the web page's signed links", () => {
  it("signs a Save file link again when the page has held it past its hour", async () => {
    const token = "web-test-token-0123456789";
    const guarded = await startTestServer({ API_TOKEN: token });
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(10_000);
      await page.clock.install(); // the page's own time, moved on below
      await page.goto(guarded.url);
      await page.getByLabel("API token").fill(token);
      await page.getByRole("button", { name: "Save token" }).click();
      const url = fixture.url("/clip.mp4?web-link");
      await add(page, url);
      const task = row(page, "clip");
      await expect.poll(() => task.locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");

      await page.clock.fastForward("02:00:00");
      const signedAgain = page.waitForRequest((request) => request.url().endsWith("/graphql") && (request.postData() ?? "").includes("WebFreshLinks"));
      const saved = page.waitForEvent("download");
      await task.getByRole("link", { name: "Save file" }).click();
      await signedAgain;
      const download = await saved;
      const [file] = await filesOf(await idOf(url, guarded), guarded);
      expect(Buffer.compare(await readFile((await download.path())!), await readFile(path.join(guarded.config.downloadDir, file!)))).toBe(0);
      await page.close();
    } finally {
      await guarded.stop();
    }
  });
});

describe("the web page across a server restart", () => {
  it("shows it is offline, reconnects, and ends with the right final state", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-web-"));
    const first = await startTestServer({}, dataDir);
    const port = String(new URL(first.url).port);
    let second: TestServer | undefined;
    try {
      const page = await open(first);
      await add(page, fixture.url("/slow/100000/long.mp4?web-restart"));
      const task = row(page, "long");
      await expect.poll(async () => Number(await bar(task).getAttribute("aria-valuenow")), { timeout: 20_000 }).toBeGreaterThan(0);
      await first.stop();
      await expect.poll(() => page.getByRole("status").textContent()).toMatch(/Offline/);
      // While offline, what needs the server waits, and the frozen row claims no speed or time left.
      expect(await page.getByRole("button", { name: "Download", exact: true }).isDisabled()).toBe(true);
      expect(await task.getByRole("button", { name: "Cancel" }).isDisabled()).toBe(true);
      expect(await task.locator(".meta").textContent()).not.toMatch(/\/s|left/);
      second = await startTestServer({ PORT: port }, dataDir);
      await expect.poll(() => page.getByRole("status").textContent(), { timeout: 20_000 }).toBe("Live");
      await expect.poll(() => task.locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
      expect(await bar(task).getAttribute("aria-valuenow")).toBe("100");
      await page.close();
    } finally {
      await second?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
