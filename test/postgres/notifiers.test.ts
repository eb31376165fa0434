import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { createDatabase } from "../fixtures/postgres.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { COMPILED, spawnServerProcess, waitFor } from "../helpers.js";

/** Two instances on one PostgreSQL and Redis, one webhook: each event is delivered once, not once per instance. */

let fixture: FixtureServer;
let dataDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  fixture = await startFixtureServer();
  dataDir = await mkdtemp(path.join(os.tmpdir(), "mds-notifier-instances-"));
});
afterAll(async () => {
  for (const child of children) child.kill("SIGKILL");
  await fixture?.close();
  await rm(dataDir, { recursive: true, force: true });
});

it("delivers each task's event once per notifier with two instances", async () => {
  const received: string[] = [];
  const receiver = createServer((req, res) => {
    received.push(String(req.headers["webhook-id"]));
    req.resume();
    req.on("end", () => res.writeHead(200).end());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  try {
    const env = { DATA_DIR: dataDir, DATABASE_URL: await createDatabase(inject("postgresUrl")), REDIS_URL: inject("redisUrl"), REDIS_PREFIX: `notify-${randomUUID()}`, NOTIFIER_BACKOFF_BASE_MS: "100" };
    const bases: string[] = [];
    for (const id of ["a", "b"]) {
      const { child, port } = await spawnServerProcess({ ...env, INSTANCE_ID: id }, COMPILED);
      children.push(child);
      bases.push(`http://127.0.0.1:${port}`);
    }
    const post = (base: string, route: string, body: unknown) => fetch(`${base}${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json());
    await post(bases[0]!, "/api/notifiers", { name: "hook", url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, events: ["download.completed"], allow_private_address: true });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(((await post(bases[i % 2]!, "/api/downloads", { url: fixture.url(`/clip.mp4?instances-${i}`) })) as Array<{ id: string }>)[0]!.id);
    await waitFor(async () => {
      const tasks = (await (await fetch(`${bases[0]}/api/downloads`)).json()) as Array<{ id: string; status: string }>;
      return ids.every((id) => tasks.find((t) => t.id === id)?.status === "completed");
    }, { what: "all six tasks" });
    await waitFor(() => new Set(received).size >= 6, { what: "six deliveries" });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // any duplicate would arrive meanwhile
    expect(received).toHaveLength(6);
    expect(new Set(received).size).toBe(6);
  } finally {
    receiver.closeAllConnections();
    receiver.close();
  }
});
