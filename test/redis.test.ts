import { afterAll, beforeAll, expect, it } from "vitest";
import { startRedis } from "./fixtures/redis.js";
import { startFixtureServer, type FixtureServer } from "./fixtures/server.js";
import { AddDownload, CancelDownload } from "./documents.js";
import { ok, startTestServer, waitFor, type TestServer } from "./helpers.js";

const EVENTS = `subscription ($after: String) { downloadEvents(after: $after) { __typename cursor download { id status } } }`;
type Event = { __typename: string; cursor: string; download: { id: string; status: string } };

let fixture: FixtureServer;
beforeAll(async () => {
  fixture = await startFixtureServer();
});
afterAll(async () => {
  await fixture?.close();
});

/** A subscription's events, and how it ended: completed, or the codes of its error. */
function subscribe(server: TestServer, after?: string) {
  const events: Event[] = [];
  const ended = new Promise<{ completed: true } | { codes: string[] }>((resolve) => {
    server.ws().subscribe<{ downloadEvents: Event }>({ query: EVENTS, variables: { after } }, {
      next: ({ data, errors }) => (errors ? resolve({ codes: errors.map((e) => String(e.extensions?.code)) }) : void events.push(data!.downloadEvents)),
      error: (error) => resolve({ codes: Array.isArray(error) ? error.map((e: { extensions?: { code?: string } }) => String(e.extensions?.code)) : [String((error as { reason?: string }).reason ?? error)] }),
      complete: () => resolve({ completed: true }),
    });
  });
  return { events, ended };
}

it("keeps streams open through a Redis outage, delivering this instance's own events, and a cursor from before has expired once it is back", async () => {
  const redis = await startRedis();
  let restarted: Awaited<ReturnType<typeof startRedis>> | undefined;
  const server = await startTestServer({ REDIS_URL: redis.url, REDIS_PREFIX: "outage" });
  try {
    const first = subscribe(server);
    const { addDownload } = await server.gql(AddDownload, { input: { url: fixture.url("/slow/40000/long.mp4?outage") } });
    const task = ok(addDownload).downloads[0]!;
    await waitFor(() => first.events.some((e) => e.download.id === task.id && e.download.status === "DOWNLOADING"), { what: "the task's events" });
    const cursor = first.events.at(-1)!.cursor;

    await redis.stop();
    await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 503, { what: "/readyz to say Redis is gone" });
    await server.gql(CancelDownload, { id: task.id });
    await waitFor(() => first.events.some((e) => e.download.id === task.id && e.download.status === "CANCELLED"), { what: "the cancel to reach the open stream with Redis away" });
    restarted = await startRedis(redis.port);
    await waitFor(async () => (await fetch(`${server.url}/readyz`)).status === 200, { what: "the server to reach Redis again" });

    expect(await subscribe(server, cursor).ended).toEqual({ codes: ["CURSOR_EXPIRED"] });
    const { addDownload: again } = await server.gql(AddDownload, { input: { url: fixture.url("/clip.mp4?after-outage") } });
    const next = ok(again).downloads[0]!;
    await waitFor(() => first.events.some((e) => e.download.id === next.id && e.download.status === "COMPLETED"), { what: "events to flow through Redis again" });
    expect(first.events.filter((e) => e.download.id === task.id && e.download.status === "CANCELLED")).toHaveLength(1); // sent on once back, not shown twice
  } finally {
    await server.stop();
    await restarted?.stop();
  }
});
