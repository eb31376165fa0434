import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { TaskStore } from "../src/store/tasks.js";
import { startTestServer, type TestServer } from "./helpers.js";

let server: TestServer;
/** Every stored id in queue order: createdAt, then playlist index, then id. */
let queueOrder: string[];

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $status: [DownloadStatus!], $order: DownloadOrder) {
  downloadsConnection(first: $first, after: $after, last: $last, before: $before, status: $status, order: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id status } }
  }
}`;

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  edges: Array<{ cursor: string; node: { id: string; status: string } }>;
};

async function page(variables: Record<string, unknown>): Promise<Page> {
  const result = await server.gqlRaw(PAGE, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return (result.data as { downloadsConnection: Page }).downloadsConnection;
}

beforeAll(async () => {
  server = await startTestServer();
  // 1,000 finished tasks; playlists of 5 share one createdAt, so ties are broken by index and id.
  const rows = Array.from({ length: 1000 }, (_, i) => {
    const id = randomUUID();
    return {
      id, groupId: `g${Math.floor(i / 5)}`, url: `https://example.com/${i}`, title: `T${i}`, isPlaylist: true,
      playlistIndex: (i % 5) + 1, playlistTotal: 5, status: i % 3 === 0 ? "error" : "completed", quality: "best", downloadType: "video",
      createdAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 5) * 1000),
    };
  });
  await (server.downloads as unknown as { tasks: TaskStore }).tasks.insertEntries(rows);
  queueOrder = rows.map((r) => r.id);
}, 60_000);
afterAll(() => server?.stop());

it("pages forward through 1,000 tasks, each once, in queue order", async () => {
  const seen: string[] = [];
  let after: string | undefined;
  for (;;) {
    const { edges, pageInfo, totalCount } = await page({ first: 150, after });
    expect(totalCount).toBe(1000);
    seen.push(...edges.map((e) => e.node.id));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(seen).toEqual(queueOrder);
});

it("pages backward from the end, each once", async () => {
  const seen: string[] = [];
  let before: string | undefined;
  for (;;) {
    const { edges, pageInfo } = await page({ last: 130, before });
    seen.unshift(...edges.map((e) => e.node.id));
    if (!pageInfo.hasPreviousPage) break;
    before = pageInfo.startCursor;
  }
  expect(seen).toEqual(queueOrder);
});

it("counts and pages under a filter, newest first", async () => {
  const errors = queueOrder.filter((_, i) => i % 3 === 0);
  const seen: string[] = [];
  let after: string | undefined;
  for (;;) {
    const { edges, pageInfo, totalCount } = await page({ first: 100, after, status: ["ERROR"], order: "NEWEST_FIRST" });
    expect(totalCount).toBe(errors.length);
    expect(edges.every((e) => e.node.status === "ERROR")).toBe(true);
    seen.push(...edges.map((e) => e.node.id));
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  expect(seen).toEqual([...errors].reverse());
});

it("refuses a cursor it did not make, naming the argument", async () => {
  const result = await server.gqlRaw(PAGE, { first: 10, after: "not-a-cursor" });
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
});
