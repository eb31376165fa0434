import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabase, startPostgres, type Postgres } from "../fixtures/postgres.js";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { figure, waitFor } from "../helpers.js";
import { ADD, startServerProcess, type ServerProcess } from "../security/server.js";

/** A PostgreSQL cluster of this file's own: stopping it must not touch the other tests' cluster. */
let postgres: Postgres;
let fixture: FixtureServer;
beforeAll(async () => {
  [postgres, fixture] = await Promise.all([startPostgres(), startFixtureServer()]);
});
afterAll(async () => {
  await fixture?.close();
  await postgres?.stop();
});

const readiness = async (server: ServerProcess) => {
  const res = await fetch(`${server.base}/readyz`).catch(() => undefined);
  return res ? { status: res.status, body: (await res.json()) as { status: string; reason?: string } } : undefined;
};

/** Three downloads under way through an outage of `outageMs`: the server rides through it. */
async function rideThrough(outageMs: number, tag: string) {
  const server = await startServerProcess({ DATABASE_URL: await createDatabase(postgres.url), MAX_CONCURRENT_DOWNLOADS: "3", DB_WRITE_INTERVAL_MS: "200" });
  try {
    const add = async (route: string) => ((await server.gql(ADD, { url: fixture.url(route) })).body.data!.addDownload as { downloads: Array<{ id: string }> }).downloads[0]!.id;
    const status = async (id: string) => ((await server.gql(`query($id: ID!) { download(id: $id) { status } }`, { id })).body.data!.download as { status: string }).status;
    const fromStart = (route: string) => fixture.requests.filter((r) => r.path === route && (!r.range || r.range.startsWith("bytes=0-"))).length;
    // A control run first: how many times one download asks for its clip from the start.
    const control = `/clip.mp4?${tag}-control`;
    const controlId = await add(control);
    await waitFor(async () => (await status(controlId)) === "COMPLETED" || undefined, { what: "the control download" });

    const routes = [0, 1, 2].map((i) => `/slow/50000/clip.mp4?${tag}=${i}`);
    const ids: string[] = [];
    for (const route of routes) ids.push(await add(route));
    const statuses = () => Promise.all(ids.map(status));
    await waitFor(async () => (await statuses()).every((s) => s === "DOWNLOADING") || undefined, { what: "three downloads running" });

    await postgres.halt();
    if (outageMs > 1000) {
      const gone = await waitFor(async () => ((r) => (r?.status === 503 ? r : undefined))(await readiness(server)), { what: "/readyz to say the database is gone" });
      expect(gone.body.reason).toMatch(/^database: /);
    }
    await new Promise((resolve) => setTimeout(resolve, outageMs));
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    await postgres.start();
    const backAt = performance.now();
    await waitFor(async () => (await readiness(server))?.status === 200 || undefined, { timeoutMs: 30_000, what: "/readyz to say ready again" });
    figure(`PostgreSQL away ${outageMs} ms: back -> /readyz ready`, performance.now() - backAt);

    await waitFor(async () => (await statuses()).every((s) => s === "COMPLETED") || undefined, { timeoutMs: 60_000, what: "every task completed" });
    figure(`PostgreSQL away ${outageMs} ms: back -> every task completed`, performance.now() - backAt);
    const rows = (await server.gql(`{ downloads { id status } }`)).body.data!.downloads as Array<{ id: string; status: string }>;
    expect(rows.filter((r) => ids.includes(r.id)).map((r) => r.status)).toEqual(["COMPLETED", "COMPLETED", "COMPLETED"]);
    // Nothing downloaded twice: each clip asked for from its start as often as one run asks (a resume asks for a later range).
    for (const route of routes) expect(fromStart(route), route).toBe(fromStart(control));
    expect(server.child.exitCode).toBeNull();
  } finally {
    await server.close();
  }
}

describe("PostgreSQL going away under three downloads", () => {
  it("stopped for 20 s: the server stays up, says so on /readyz, and every task completes, once", () => rideThrough(20_000, "outage"), 120_000);
  it("restarted in under a second: the same", () => rideThrough(0, "blink"), 120_000);
});
