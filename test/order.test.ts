import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TaskStore } from "../src/store/tasks.js";
import { compareNewestFirst } from "../src/domain/order.js";
import { startTestServer, type TestServer } from "./helpers.js";

/**
 * One order everywhere: 1,000 tasks created in bursts within the same millisecond (single tasks
 * and playlist entries), paged through `downloads`, `downloadsConnection`, REST and the web
 * page's order, each found exactly once and in the same sequence.
 */
let server: TestServer;
let oldestFirst: string[];
type Row = { id: string; createdAt: Date; playlistIndex: number };

beforeAll(async () => {
  server = await startTestServer();
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const burst = Math.floor(i / 50); // 50 tasks share each millisecond
    const inPlaylist = burst % 2 === 1;
    return {
      id: randomUUID(), groupId: inPlaylist ? `g${burst}` : randomUUID(), url: `https://example.com/${i}`, title: `T${i}`,
      isPlaylist: inPlaylist, playlistIndex: inPlaylist ? (i % 50) + 1 : 0, playlistTotal: inPlaylist ? 50 : 1, status: "completed", quality: "best", downloadType: "video",
      createdAt: new Date(Date.UTC(2026, 0, 1) + burst),
    };
  });
  await (server.downloads as unknown as { tasks: TaskStore }).tasks.insertEntries(rows);
  // The key, spelled out here independently: createdAt, then playlist index, then id.
  const key = (r: Row) => [r.createdAt.getTime(), r.playlistIndex, r.id] as const;
  oldestFirst = [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
  }).map((r) => r.id);
}, 60_000);
afterAll(() => server?.stop());

const PAGE_SIZE = 70;

async function byOffset(order: string): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const { data } = await server.gqlRaw(`query($o: DownloadOrder, $l: Int, $off: Int) { downloads(order: $o, limit: $l, offset: $off) { id } }`, { o: order, l: PAGE_SIZE, off: offset });
    const page = (data as { downloads: Array<{ id: string }> }).downloads;
    ids.push(...page.map((d) => d.id));
    if (page.length < PAGE_SIZE) return ids;
  }
}

async function byCursor(order: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const { data } = await server.gqlRaw(`query($o: DownloadOrder, $f: Int, $a: String) { downloadsConnection(order: $o, first: $f, after: $a) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { o: order, f: PAGE_SIZE, a: after });
    const { pageInfo, edges } = (data as { downloadsConnection: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: { id: string } }> } }).downloadsConnection;
    ids.push(...edges.map((e) => e.node.id));
    if (!pageInfo.hasNextPage) return ids;
    after = pageInfo.endCursor;
  }
}

async function byRest(): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += PAGE_SIZE) {
    const page = (await (await fetch(`${server.url}/api/downloads?limit=${PAGE_SIZE}&offset=${offset}`)).json()) as Array<{ id: string }>;
    ids.push(...page.map((d) => d.id));
    if (page.length < PAGE_SIZE) return ids;
  }
}

it("lists OLDEST_FIRST as one sequence through downloads, downloadsConnection and REST, each task once", async () => {
  expect(await byOffset("OLDEST_FIRST")).toEqual(oldestFirst);
  expect(await byCursor("OLDEST_FIRST")).toEqual(oldestFirst);
  expect(await byRest()).toEqual(oldestFirst);
});

it("lists NEWEST_FIRST as exactly the reverse, through each, and the web page sorts the same way", async () => {
  const newestFirst = [...oldestFirst].reverse();
  expect(await byOffset("NEWEST_FIRST")).toEqual(newestFirst);
  expect(await byCursor("NEWEST_FIRST")).toEqual(newestFirst);
  // The page holds tasks as GraphQL gives them (ISO times) and sorts them with the domain's order.
  const { data } = await server.gqlRaw(`{ downloads(limit: 1000) { id createdAt playlistIndex } }`);
  const tasks = (data as { downloads: Array<{ id: string; createdAt: string; playlistIndex: number }> }).downloads;
  expect([...tasks].sort(compareNewestFirst).map((t) => t.id)).toEqual(newestFirst);
});
