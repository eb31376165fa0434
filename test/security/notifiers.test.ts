import { execFile } from "node:child_process";
import { mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { waitFor } from "../helpers.js";
import { ADD, startServerProcess, type ServerProcess } from "./server.js";

/**
 * Findings 5-7: notifiers and the address guard, their secrets, and what they cost. Pages and
 * receivers are on 127.0.0.1 (let through by ALLOW_ADDRESSES); the internal service on
 * 127.0.0.2 must see nothing, whichever way a notifier URL points at it.
 */
let internal: Server;
let receiver: Server;
const internalHits: string[] = [];
let received = 0;
let internalPort = 0;
let receiverPort = 0;
let fixture: FixtureServer;
let server: ServerProcess;

const listen = async (s: Server, host: string) => {
  await new Promise<void>((resolve) => s.listen(0, host, resolve));
  return (s.address() as AddressInfo).port;
};

beforeAll(async () => {
  internal = createServer((req, res) => {
    internalHits.push(`${req.method} ${req.url}`);
    res.writeHead(200).end("{}");
  });
  internalPort = await listen(internal, "127.0.0.2");
  receiver = createServer((req, res) => {
    if (req.url?.startsWith("/redirect")) return void res.writeHead(307, { location: `http://127.0.0.2:${internalPort}/stolen` }).end();
    received++;
    req.resume();
    res.writeHead(200).end("{}");
  });
  receiverPort = await listen(receiver, "127.0.0.1");
  fixture = await startFixtureServer();
  server = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "false", ALLOW_ADDRESSES: "127.0.0.1", MAX_NOTIFIERS: "1000" });
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
  for (const s of [internal, receiver]) {
    s?.closeAllConnections();
    await new Promise((resolve) => s?.close(resolve));
  }
});

const ADD_NOTIFIER = `mutation($input: AddNotifierInput!) { addNotifier(input: $input) { ... on AddNotifierPayload { notifier { id url } } ... on Error { message } } }`;
type Added = { notifier?: { id: string; url: string }; message?: string };
const addNotifier = async (url: string, extra: Record<string, unknown> = {}) =>
  (await server.gql(ADD_NOTIFIER, { input: { name: "n", url, ...extra } })).body.data!.addNotifier as Added;
const testNotifier = async (id: string) =>
  (await server.gql(`mutation($id: ID!) { testNotifier(id: $id) { ... on TestNotifierPayload { ok error } } }`, { id })).body.data!.testNotifier as { ok: boolean; error: string | null };

describe("notifiers and the address guard", () => {
  const at = () => `127.0.0.2:${internalPort}`;
  const routes: Array<[string, () => string]> = [
    ["an Apprise host hidden behind ?@", () => `json://${at()}/x?@127.0.0.1:${receiverPort}`],
    ["an Apprise host hidden behind #@", () => `json://${at()}/x#@127.0.0.1:${receiverPort}`],
    ["a 307 from an allowed host", () => `json://127.0.0.1:${receiverPort}/redirect`],
    ...["kodi://H", "mmost://H/token1234", "matrix://user:pass@H/#room", "rocket://user:pass@H/#channel", "hassio://H/accesstoken", "nctalk://user:pass@H/roomid",
      "ncloud://user:pass@H/admin", "signal://H/+12025550123/+12025550124", "emby://user:pass@H", "enigma2://H", "bark://H/devicekey", "pjet://H/secret",
      "notica://H/token123", "lametric://apikey@H", "parsep://appid:masterkey@H", "mastodon://token@H", "smseagle://token@H/+12025550123",
    ].map((template): [string, () => string] => [`the ${template.split(":")[0]} scheme`, () => template.replace("H", at())]),
  ];

  it.each(routes)("%s never reaches 127.0.0.2", async (what, url) => {
    internalHits.length = 0;
    const added = await addNotifier(url());
    if (added.notifier) {
      if (what.includes("@")) expect(added.notifier.url).toContain("127.0.0.2"); // what Apprise reads is shown, never the decoy
      const result = await testNotifier(added.notifier.id);
      expect(result.ok).toBe(false);
    }
    expect(internalHits).toEqual([]);
  });

  it("a webhook to 127.0.0.2 is refused when it connects", async () => {
    internalHits.length = 0;
    const added = await addNotifier(`http://${at()}/hook`);
    if (added.notifier) expect((await testNotifier(added.notifier.id)).ok).toBe(false);
    expect(internalHits).toEqual([]);
  });
});

describe("notifier secrets", () => {
  const secrets = ["T0KENdiscord9876", "abcdefTOKENslack", "123456789:AAEbotTokenTelegram", "pushoverUserKey42", "pushoverAppToken42", "o.pushbulletToken99", "mySecretTopic77", "joinApiKey55abcdefghijklmnopqrst", "prowlApiKey3141abcdefghijklmnopqrstuvwxy"];
  const urls = [
    `https://discord.com/api/webhooks/1234567/${secrets[0]}`,
    `https://hooks.slack.com/services/T000/B000/${secrets[1]}`,
    `tgram://${secrets[2]}/987654`,
    `pover://${secrets[3]}@${secrets[4]}`,
    `pbul://${secrets[5]}`,
    `ntfy://ntfy.sh/${secrets[6]}`,
    `join://${secrets[7]}/group.all`,
    `prowl://${secrets[8]}`,
  ];

  it("are masked in every answer and never logged", async () => {
    for (const url of urls) expect((await addNotifier(url)).notifier, url).toBeDefined();
    const graphql = JSON.stringify((await server.gql(`{ notifiers { id url } }`)).body);
    const rest = await (await fetch(`${server.base}/api/notifiers`)).text();
    const log = server.output();
    for (const secret of secrets) {
      expect(graphql).not.toContain(secret);
      expect(rest).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
    expect(graphql).toContain("discord.com/api/webhooks/");
  });
});

describe("notifier load", () => {
  const childrenOf = async (pid: number) => {
    const { stdout } = await promisify(execFile)("ps", ["-o", "pid=,args=", "--ppid", String(pid)]).catch(() => ({ stdout: "" })); // 1: none match
    return stdout.split("\n").filter(Boolean);
  };
  const cpuSeconds = async (pid: number) => {
    const fields = (await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  };

  it("700 notifiers idle cost under 5% of a core, and a completion starts no Apprise process per notifier", async () => {
    const existing = ((await server.gql(`{ notifiers { id } }`)).body.data!.notifiers as unknown[]).length;
    for (let i = existing; i < 700; i++) {
      const added = await addNotifier(`json://127.0.0.1:${receiverPort}/n${i}`, { events: ["DOWNLOAD_COMPLETED"] });
      expect(added.notifier, added.message).toBeDefined();
    }
    const pid = server.child.pid!;
    await new Promise((r) => setTimeout(r, 2000));
    const before = await cpuSeconds(pid);
    await new Promise((r) => setTimeout(r, 5000));
    const idle = ((await cpuSeconds(pid)) - before) / 5;
    expect(idle).toBeLessThan(0.05);

    received = 0;
    const added = (await server.gql(ADD, { url: fixture.url("/clip.mp4") })).body.data!.addDownload as { downloads: Array<{ id: string }> };
    expect(added.downloads).toHaveLength(1);
    let most = 0;
    await waitFor(async () => {
      const apprise = (await childrenOf(pid)).filter((line) => line.includes("apprise"));
      most = Math.max(most, apprise.length);
      return received >= 650 ? true : undefined;
    }, { timeoutMs: 120_000, what: "the notifiers' deliveries" });
    expect(most).toBeLessThanOrEqual(1);
  }, 240_000);
});

describe("a name that moves to an internal address after the notifier was saved (DNS rebinding)", () => {
  let dir = "";
  let hosts = "";
  let moved: Server;
  const movedHits: string[] = [];
  let rebinding: ServerProcess;
  /** Points rebind.test at `address`; nss_wrapper reads the file again once its time has changed. */
  const point = async (address: string) => {
    await writeFile(`${hosts}.next`, `${address} rebind.test\n`);
    await rename(`${hosts}.next`, hosts);
    await new Promise((resolve) => setTimeout(resolve, 1200));
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "mds-rebind-"));
    hosts = path.join(dir, "hosts");
    await writeFile(hosts, "127.0.0.1 rebind.test\n");
    moved = createServer((req, res) => {
      movedHits.push(`${req.method} ${req.url}`);
      res.writeHead(200).end("{}");
    });
    await new Promise<void>((resolve) => moved.listen(receiverPort, "127.0.0.2", resolve)); // the receiver's port, on the internal address
    rebinding = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "false", ALLOW_ADDRESSES: "127.0.0.1", LD_PRELOAD: "libnss_wrapper.so", NSS_WRAPPER_HOSTS: hosts });
  });
  afterAll(async () => {
    await rebinding?.close();
    moved?.closeAllConnections();
    await new Promise((resolve) => moved?.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["a webhook", () => `http://rebind.test:${receiverPort}/hook`],
    ["an Apprise json:// URL", () => `json://rebind.test:${receiverPort}/x`],
  ])("%s is checked when it connects", async (_what, url) => {
    await point("127.0.0.1");
    const { body } = await rebinding.gql(ADD_NOTIFIER, { input: { name: "moving", url: url() } });
    const id = (body.data!.addNotifier as Added).notifier!.id;
    const test = async () => (await rebinding.gql(`mutation($id: ID!) { testNotifier(id: $id) { ... on TestNotifierPayload { ok error } } }`, { id })).body.data!.testNotifier as { ok: boolean };
    expect((await test()).ok).toBe(true); // an allowed address: delivered
    await point("127.0.0.2");
    movedHits.length = 0;
    expect((await test()).ok).toBe(false);
    expect(movedHits).toEqual([]);
  });
});
