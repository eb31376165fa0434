import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { CHROMIUM, startTestServer, type TestServer } from "./helpers.js";

/** The page's selection, bulk actions, readable errors and basics (#23), in a real Chromium. */

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

async function open(viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(10_000);
  await page.goto(server.url);
  await expect.poll(() => page.getByRole("status").textContent()).toBe("Live");
  return page;
}

async function add(page: Page, ...urls: string[]) {
  await page.getByLabel("URL").fill(urls.join("\n"));
  await page.getByRole("button", { name: "Download", exact: true }).click();
}

const rowOf = (page: Page, urlPart: string) => page.getByRole("listitem").filter({ has: page.locator(`p.title[title*="${urlPart}"]`) });
const statusOf = (page: Page, urlPart: string) => rowOf(page, urlPart).locator(".status").textContent();

describe("the page's bulk actions", () => {
  it("says a failure plainly with its details one click away, removes a failed task without offering a file, and retries a selection", async () => {
    const page = await open();
    const [one, two, gone] = ["bulk-1", "bulk-2", "bulk-gone"].map((key) => fixture.url(`/flaky/${key}/clip.mp4?fail=1&status=404`));
    await add(page, one!, two!, gone!); // one call (addDownloads), three tasks
    for (const key of ["bulk-1", "bulk-2", "bulk-gone"]) await expect.poll(() => statusOf(page, key), { timeout: 30_000 }).toBe("error");

    const failed = rowOf(page, "bulk-1");
    expect(await failed.locator(".error > p").textContent()).toBe("The page was not found (HTTP 404)");
    await failed.getByText("Details").click();
    expect(await failed.locator(".error code").textContent()).toMatch(/HTTP Error 404/);

    await rowOf(page, "bulk-gone").getByRole("button", { name: "Remove" }).click();
    const asking = rowOf(page, "bulk-gone").getByRole("group", { name: /^Remove/ });
    expect(await asking.getAttribute("aria-label")).toMatch(/from the list\?$/);
    expect(await asking.getByRole("button", { name: "Keep file" }).count()).toBe(0); // there is no file to keep
    await asking.getByRole("button", { name: "Remove from list" }).click();
    await expect.poll(() => rowOf(page, "bulk-gone").count()).toBe(0);

    for (const key of ["bulk-1", "bulk-2"]) await rowOf(page, key).getByRole("checkbox").check();
    const selection = page.getByRole("region", { name: "Selection" });
    expect(await selection.getByText("2 selected").count()).toBe(1);
    await selection.getByRole("button", { name: "Retry (2)" }).click();
    for (const key of ["bulk-1", "bulk-2"]) await expect.poll(() => statusOf(page, key), { timeout: 30_000 }).toBe("completed");
    await page.close();
  });

  it("clears failed tasks after a confirmation that names how many, and searches by URL", async () => {
    const page = await open();
    await add(page, fixture.url("/missing.mp4?bulk-clear"), fixture.url("/clip.mp4?search-me"));
    await expect.poll(() => statusOf(page, "bulk-clear"), { timeout: 30_000 }).toBe("error");
    await expect.poll(() => statusOf(page, "search-me"), { timeout: 30_000 }).toBe("completed");
    const failedCount = (await server.downloads.list({ status: ["error", "cancelled"] })).length;
    await page.getByRole("button", { name: `Clear failed (${failedCount})` }).click();
    const question = page.getByRole("alertdialog");
    expect(await question.textContent()).toContain(`Remove ${failedCount} failed or cancelled task`);
    await question.getByRole("button", { name: `Clear ${failedCount}` }).click();
    await expect.poll(() => rowOf(page, "bulk-clear").count()).toBe(0);

    await page.getByLabel("Search").fill("search-me"); // in the URL, not the title
    await expect.poll(() => page.locator(".task").count()).toBe(1);
    await page.close();
  });
});

describe("the page's basics", () => {
  it("says Live after every reload, however fast the socket connects", async () => {
    const page = await open();
    // The store told only the listeners it had: a connection made before the page subscribed (its first paint) left it "Connecting…".
    for (let reload = 0; reload < 10; reload++) {
      await page.reload();
      await expect.poll(() => page.getByRole("status").textContent()).toBe("Live");
    }
    await page.close();
  });

  it("shows the thumbnail while downloading and the progress in the tab's title", async () => {
    const page = await open();
    await add(page, fixture.url("/page.html?title=Early%20Thumb&video=/slow/80000/clip.mp4"));
    const task = page.getByRole("listitem", { name: /^Early Thumb/ });
    await expect.poll(async () => (await task.locator(".status").textContent()) === "downloading" && (await task.locator(".thumb img").count()), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.title()).toMatch(/^\(\d+%\) Downloads$/);
    await expect.poll(() => task.locator(".status").textContent(), { timeout: 30_000 }).toBe("completed");
    await expect.poll(() => page.title()).toBe("Downloads");
    await page.close();
  });

  it("switches between light and dark, keeps the choice across a reload, and looks right on a desktop and a phone", async () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const [name, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]] as const) {
      const page = await open(viewport);
      const theme = page.getByRole("combobox", { name: "Theme" });
      await theme.selectOption("light");
      expect(await background(page)).toBe("rgb(246, 247, 249)");
      await page.screenshot({ path: path.join(SHOTS, `${name}-light.png`) });
      await theme.selectOption("dark");
      expect(await background(page)).toBe("rgb(15, 18, 22)");
      await page.reload();
      await expect.poll(() => page.getByRole("status").textContent()).toBe("Live");
      expect(await background(page)).toBe("rgb(15, 18, 22)");
      await page.screenshot({ path: path.join(SHOTS, `${name}-dark.png`) });
      await page.getByRole("combobox", { name: "Theme" }).selectOption("auto");
      await page.close();
    }
  });
});
