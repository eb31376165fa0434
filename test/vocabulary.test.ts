import Database from "better-sqlite3";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Store } from "../src/store/database.js";
import { CorruptTaskError } from "../src/domain/task.js";
import { jobOf } from "../src/tasks/job-reporter.js";
import { newTask } from "../src/domain/task-states.js";

let dir: string;
let store: Store;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "mds-vocabulary-"));
  store = await openDatabase(`file:${path.join(dir, "tasks.db")}`);
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A task stored, then changed behind the server's back by another program. */
async function tamperedTask(column: "status" | "downloadType", value: string) {
  const task = newTask({ id: crypto.randomUUID(), groupId: crypto.randomUUID(), url: "https://example.com/v", quality: "best", downloadType: "audio" });
  await store.tasks.insert(task);
  const other = new Database(path.join(dir, "tasks.db"));
  other.prepare(`UPDATE "Download" SET "${column}" = ? WHERE id = ?`).run(value, task.id);
  other.close();
  return task;
}

it("refuses a stored status outside the vocabulary on every read, naming the task and the value", async () => {
  const { id, groupId } = await tamperedTask("status", "paused");
  await expect(store.tasks.get(id)).rejects.toThrow(new CorruptTaskError(`task ${id}: unknown status "paused" in the database`));
  await expect(store.tasks.list({})).rejects.toThrow(CorruptTaskError); // raw listings
  await expect(store.tasks.groupEntriesBesides(groupId, "another")).rejects.toThrow(/unknown status "paused"/); // through Prisma
  await store.tasks.delete(id);
});

it("refuses a stored download type outside the vocabulary instead of running it as a video", async () => {
  const task = await tamperedTask("downloadType", "podcast");
  await expect(store.tasks.get(task.id)).rejects.toThrow(/unknown download type "podcast"/);
  await expect(store.tasks.groupEntriesBesides(task.groupId, "another")).rejects.toThrow(/unknown download type "podcast"/);
  expect(() => jobOf({ ...task, downloadType: "podcast" }, String)).toThrow(CorruptTaskError);
  expect(jobOf(task, String).downloadType).toBe("audio");
});
