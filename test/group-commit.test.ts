import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { newTask } from "../src/domain/task-states.js";
import { openDatabase, type Store } from "../src/store/database.js";
import { GroupCommit } from "../src/store/group-commit.js";
import { createDatabase } from "./fixtures/postgres.js";

/** New tasks that arrive together share one transaction, and each request still learns its own outcome. */
let store: Store;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mds-group-"));
  const postgres = inject("postgresUrl");
  store = await openDatabase(postgres ? await createDatabase(postgres) : `file:${path.join(dir, "tasks.db")}`);
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const task = (id: string = crypto.randomUUID()) => newTask({ id, groupId: id, url: `https://example.com/${id}`, quality: "best", downloadType: "video" });

it("stores 200 tasks inserted at once, each once; a duplicate id fails alone", async () => {
  const tasks = Array.from({ length: 200 }, () => task());
  const duplicate = task(tasks[17]!.id);
  const outcomes = await Promise.allSettled([...tasks, duplicate].map((t) => store.tasks.insert(t)));
  expect(outcomes.slice(0, 200).every((o) => o.status === "fulfilled")).toBe(true);
  expect(outcomes[200]!.status).toBe("rejected");
  const stored = await store.tasks.list({});
  expect(stored.map((t) => t.id).sort()).toEqual(tasks.map((t) => t.id).sort());
});

it("writes what arrives in one turn of the event loop as one group, and what comes later as the next", async () => {
  const groups: number[][] = [];
  const commit = new GroupCommit<number>(async (items) => void groups.push(items));
  await Promise.all([1, 2, 3].map((n) => commit.add(n)));
  await commit.add(4);
  expect(groups).toEqual([[1, 2, 3], [4]]);
});

it("tries each write of a failed group alone, so only the bad one fails", async () => {
  const groups: number[][] = [];
  const commit = new GroupCommit<number>(async (items) => {
    groups.push(items);
    if (items.includes(2)) throw new Error("bad row 2");
  });
  const outcomes = await Promise.allSettled([1, 2, 3].map((n) => commit.add(n)));
  expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
  expect(groups).toEqual([[1, 2, 3], [1], [2], [3]]);
});
