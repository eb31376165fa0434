import { afterEach, describe, expect, it } from "vitest";
import type { Download } from "../src/domain/task.js";
import { EventLog } from "../src/events/event-log.js";
import type { EventRow, FastWriter } from "../src/store/raw-writes.js";

/** A database that fails (a full disk, SQLITE_BUSY, a PostgreSQL restart) until it is told to recover. */
function failingDb() {
  const written: EventRow[] = [];
  const state = { failing: true };
  const fail = async () => {
    if (state.failing) throw new Error("SqliteError: database or disk is full");
  };
  const db: FastWriter = {
    insertTasks: fail,
    deleteTasks: async () => new Set(),
    insertEvents: async (rows) => {
      await fail();
      written.push(...rows);
    },
    pruneEvents: fail,
    recentEvents: async () => [],
    eventsAfter: async () => [],
  };
  return { db, written, state };
}

const task = (id: string) => ({ id, status: "pending", updatedAt: new Date() }) as Download;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
afterEach(() => void process.off("unhandledRejection", onUnhandled));

describe("EventLog against a failing database", () => {
  it("keeps the process up, reports the failure, keeps the events and writes them once it can", async () => {
    process.on("unhandledRejection", onUnhandled);
    const { db, written, state } = failingDb();
    const reports: Array<Error | undefined> = [];
    const log = new EventLog(db, { events: 1000, ms: 3_600_000 }, (error) => reports.push(error));
    await log.load();
    for (let i = 0; i < 10; i++) log.append({ kind: "added", download: task(`t${i}`) });
    await new Promise((resolve) => setTimeout(resolve, 700)); // two timed flushes, both failing
    expect(unhandled).toEqual([]);
    expect(reports.filter(Boolean).length).toBeGreaterThanOrEqual(2);
    expect(reports[0]?.message).toMatch(/disk is full/);
    expect(written).toEqual([]);

    state.failing = false;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(written.map((row) => row.downloadId)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i}`));
    expect(reports.at(-1)).toBeUndefined();
    expect(log.since(0)).toHaveLength(10); // replays never depended on the database
    await log.stop();
    expect(unhandled).toEqual([]);
  });
});
