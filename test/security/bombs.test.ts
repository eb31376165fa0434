import { afterAll, beforeAll, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "../fixtures/server.js";
import { waitFor } from "../helpers.js";
import { BOMBS } from "./bombs.js";
import { ADD, startServerProcess, type ServerProcess } from "./server.js";

let fixture: FixtureServer;
let server: ServerProcess;

beforeAll(async () => {
  fixture = await startFixtureServer();
  server = await startServerProcess({ ALLOW_PRIVATE_ADDRESSES: "true" });
  // The bombs walk `group`, so there is a 3-entry playlist to walk.
  await server.gql(ADD, { url: fixture.url("/feed.rss?bombs") });
  await waitFor(async () => {
    const { body } = await server.gql(`{ downloads { isPlaylist } }`);
    return (body.data!.downloads as unknown[]).length === 3;
  }, { what: "the playlist to expand" });
});
afterAll(async () => {
  await server?.close();
  await fixture?.close();
});

it.each(BOMBS)("refuses %s before it runs, while other requests keep answering", async (_name, query, reason) => {
  const started = performance.now();
  const [bomb, other] = await Promise.all([
    server.gql(query).then((r) => ({ ...r, ms: performance.now() - started })),
    fetch(`${server.base}/api/downloads?limit=20`).then(async (r) => ({ status: r.status, count: ((await r.json()) as unknown[]).length, ms: performance.now() - started })),
  ]);
  console.log(`${_name}: refused in ${bomb.ms.toFixed(1)} ms; concurrent GET /api/downloads?limit=20 in ${other.ms.toFixed(1)} ms`);
  expect(bomb.body.data ?? null).toBeNull();
  expect(bomb.body.errors![0]!.message).toMatch(reason);
  expect(other).toMatchObject({ status: 200, count: 3 });
  // The goal is well under 50 ms (bench/security.ts prints it); a second means the bomb ran.
  expect(bomb.ms).toBeLessThan(1000);
  expect(other.ms).toBeLessThan(1000);
});

it("weighs lists by their page size: one full page passes, lists of lists do not", async () => {
  const page = await server.gql(`{ downloads(limit: 10000) { id title url status progress } }`);
  expect(page.body.errors).toBeUndefined();
  const nestedLists = await server.gql(`{ downloads(limit: 1000) { group { id } } }`);
  expect(nestedLists.body.errors![0]!.extensions!.code).toBe("QUERY_TOO_COMPLEX");
  const tooLarge = await server.gql(`{ downloads(limit: 10001) { id } }`);
  expect(tooLarge.body.errors![0]!.message).toMatch(/limit: must be between 0 and 10000/);
});

it("refuses a query over the token limit", async () => {
  const query = `{ downloads(limit: 1) { ${"id ".repeat(1200)} } }`;
  const { body } = await server.gql(query);
  expect(body.errors![0]!.message).toMatch(/token/i);
});
