import { lookup } from "node:dns/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../helpers.js";
import { ADD, startServerProcess, type ServerProcess } from "./server.js";

/**
 * The address guard against what yt-dlp and ffmpeg fetch. The pages are on 127.0.0.1, let
 * through by ALLOW_ADDRESSES as a NAS at home would be; the "internal service" listens on
 * 127.0.0.2, which nothing allows. Whatever a page points at, 127.0.0.2 must see no request.
 */
const resolved = await lookup(os.hostname()).catch(() => undefined);
let page: Server;
let internal: Server;
const internalHits: string[] = [];
let pageBase = "";
let internalBase = "";

const listen = async (server: Server, host: string) => {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  internal = createServer((req, res) => {
    internalHits.push(req.url ?? "");
    res.writeHead(200, { "content-type": "application/octet-stream" }).end("secret");
  });
  internalBase = await listen(internal, "127.0.0.2");
  page = createServer((req, res) => {
    if (req.url?.startsWith("/sample-aes.m3u8")) {
      // Native HLS cannot decrypt SAMPLE-AES, so yt-dlp would hand this playlist to ffmpeg.
      const playlist = [
        "#EXTM3U",
        "#EXT-X-VERSION:3",
        "#EXT-X-TARGETDURATION:4",
        "#EXT-X-MEDIA-SEQUENCE:0",
        `#EXT-X-KEY:METHOD=SAMPLE-AES,URI="${internalBase}/key"`,
        "#EXTINF:4.0,",
        `${internalBase}/segment0.ts`,
        "#EXT-X-ENDLIST",
      ].join("\n");
      return void res.writeHead(200, { "content-type": "application/vnd.apple.mpegurl" }).end(playlist);
    }
    if (req.url?.startsWith("/redirect")) return void res.writeHead(302, { location: `${internalBase}/latest/meta-data/` }).end();
    res.writeHead(404).end();
  });
  pageBase = await listen(page, "127.0.0.1");
});
afterAll(async () => {
  page?.closeAllConnections();
  internal?.closeAllConnections();
  await Promise.all([page, internal].map((s) => new Promise((resolve) => s?.close(resolve))));
});

describe.each(["warm", "fresh"])("with ENGINE=%s", (engine) => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ENGINE: engine, ALLOW_PRIVATE_ADDRESSES: "false", ALLOW_ADDRESSES: "127.0.0.1" });
  });
  afterAll(() => server?.close());

  const add = async (url: string) => (await server.gql(ADD, { url })).body.data!.addDownload as { downloads?: Array<{ id: string }>; code?: string; message?: string };
  const finished = (id: string) =>
    waitFor(async () => {
      const { body } = await server.gql(`query($id: ID!) { download(id: $id) { status errorMessage } }`, { id });
      const task = body.data!.download as { status: string; errorMessage: string | null };
      return task.status === "ERROR" || task.status === "COMPLETED" ? task : undefined;
    }, { timeoutMs: 30_000, what: "the task to end" });

  it.each([
    `http://8.8.8.8\\@127.0.0.2/latest/meta-data/`,
    "http://168.63.129.16/machine?comp=goalstate",
    "http://[::a00:1]/",
    "http://[::7f00:2]/",
    "http://[64:ff9b:1::a00:1]/",
  ])("refuses %s before anything runs", async (url) => {
    const result = await add(url);
    expect(result).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(result.message).toMatch(/^url: /);
  });

  it("lets the run connect only where the guard allows: a redirect to an internal address fails", async () => {
    const result = await add(`${pageBase}/redirect`);
    const task = await finished(result.downloads![0]!.id);
    expect(task.status).toBe("ERROR");
    expect(task.errorMessage).toMatch(/not a public address/);
    expect(internalHits).toEqual([]);
  });

  it("never lets ffmpeg fetch a SAMPLE-AES HLS stream's key or segments", async () => {
    const result = await add(`${pageBase}/sample-aes.m3u8`);
    const task = await finished(result.downloads![0]!.id);
    expect(task.status).toBe("ERROR");
    expect(task.errorMessage).toMatch(/only be fetched by ffmpeg/);
    expect(internalHits).toEqual([]);
  });
});

describe("refusals", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "false" });
  });
  afterAll(() => server?.close());

  // Debian's /etc/hosts names this machine 127.0.1.1: the refusal must not say so.
  it.skipIf(!resolved)("never say what a name resolved to", async () => {
    const { body } = await server.gql(ADD, { url: `http://${os.hostname()}/` });
    const refusal = body.data!.addDownload as { code: string; message: string };
    expect(refusal.code).toBe("BAD_USER_INPUT");
    expect(refusal.message).toMatch(/not a public address/);
    expect(refusal.message).not.toContain(resolved!.address);
  });
});
