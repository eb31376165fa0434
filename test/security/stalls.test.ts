import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../fixtures/free-port.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { FIXTURE_ENV, FROM_SOURCE } from "../helpers.js";
import { startServerProcess, type ServerProcess } from "./server.js";

/** Finding 11: a large backfill, many checks at once, and a low open-file limit. */
let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(() => fixture?.close());

const ADD_FEED = `mutation($input: AddFeedInput!) { addFeed(input: $input) { __typename ... on Feed { id entryCount } ... on Error { message } } }`;

describe("feeds", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ ENGINE: "fresh", MAX_TASKS_PER_MINUTE: "10000", MAX_CONCURRENT_DOWNLOADS: "2" });
    await server.gql(`mutation { pauseQueue { __typename } }`); // the backfilled tasks wait: only the feed is under test
  });
  afterAll(() => server?.close());

  it("addFeed with backfill 500 records and queues them all, and never answers with the database's words", async () => {
    const { body } = await server.gql(ADD_FEED, { input: { url: fixture.url("/feed.rss?n=500&big"), backfill: 500 } });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/parameter|prisma|sqlite/i);
    expect(body.data!.addFeed).toMatchObject({ __typename: "Feed", entryCount: 500 });
  });

  it("20 checks at once run at most MAX_CONCURRENT_DOWNLOADS listings", async () => {
    const { body } = await server.gql(ADD_FEED, { input: { url: fixture.url("/feed.rss?n=3&delay=1500") } });
    const id = (body.data!.addFeed as { id: string }).id;
    let most = 0;
    let checking = true;
    const watch = (async () => {
      while (checking) {
        // ps exits 1 when no process matches
        const { stdout } = await promisify(execFile)("ps", ["-o", "args=", "--ppid", String(server.child.pid)]).catch(() => ({ stdout: "" }));
        most = Math.max(most, stdout.split("\n").filter((line) => line.includes("fresh.py")).length);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    await Promise.all(Array.from({ length: 20 }, () => server.gql(`mutation($id: ID!) { checkFeed(id: $id) { __typename } }`, { id })));
    checking = false;
    await watch;
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(2);
  }, 120_000);
});

it("warns at start when the open-file limit is below what MAX_HTTP_CONNECTIONS needs", async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-nofile-"));
  const port = await freePort();
  const child = spawn("bash", ["-c", `ulimit -n 256 && exec "${process.execPath}" ${FROM_SOURCE.join(" ")}`], {
    env: { ...process.env, ...FIXTURE_ENV, DATA_DIR: dataDir, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => {
        output += d.toString();
        if (output.includes("Download server on")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    });
    expect(output).toMatch(/open-file limit is 256.*MAX_HTTP_CONNECTIONS=1024/);
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
});
