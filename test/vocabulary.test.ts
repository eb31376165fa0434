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

/** A task stored, then changed behind the server's back (another program, a newer version). */
async function tamperedTask(column: "status" | "downloadType", value: string) {
  const task = newTask({ id: crypto.randomUUID(), groupId: crypto.randomUUID(), url: "https://example.com/v", quality: "best", downloadType: "audio" });
  await store.writes.insertTask(task);
  await store.prisma.$executeRawUnsafe(`UPDATE "Download" SET "${column}" = ? WHERE id = ?`, value, task.id);
  return task.id;
}

it("refuses a stored status outside the vocabulary on every read, naming the task and the value", async () => {
  const id = await tamperedTask("status", "paused");
  await expect(store.reads.get(id)).rejects.toThrow(new CorruptTaskError(`task ${id}: unknown status "paused" in the database`));
  await expect(store.reads.list({})).rejects.toThrow(CorruptTaskError);
  await expect(store.prisma.download.findUnique({ where: { id } })).rejects.toThrow(/unknown status "paused"/);
  await store.prisma.$executeRawUnsafe(`DELETE FROM "Download" WHERE id = ?`, id);
});

it("refuses a stored download type outside the vocabulary instead of running it as a video", async () => {
  const id = await tamperedTask("downloadType", "podcast");
  await expect(store.prisma.download.findMany({ where: { id } })).rejects.toThrow(/unknown download type "podcast"/);
  const row = { ...(await store.prisma.download.findFirst({ where: { id }, select: { id: true } }))!, downloadType: "podcast" };
  expect(() => jobOf(row as Parameters<typeof jobOf>[0])).toThrow(CorruptTaskError);
  await store.prisma.$executeRawUnsafe(`UPDATE "Download" SET "downloadType" = 'audio' WHERE id = ?`, id);
  expect(jobOf((await store.reads.get(id))!).downloadType).toBe("audio");
});
