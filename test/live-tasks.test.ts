import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Download } from "../src/domain/task.js";
import type { TaskStore } from "../src/store/tasks.js";
import { EventBus, type DownloadEvent } from "../src/events/bus.js";
import { LiveTasks } from "../src/tasks/live-tasks.js";

/** Records what LiveTasks writes; the real database is covered by the integration tests. */
function recordingDb() {
  const writes: Array<Partial<Download>> = [];
  const db = { updateHeld: async (_id: string, _owner: string, data: Partial<Download>) => (writes.push(data), true) };
  return { writes, db: db as unknown as TaskStore };
}

const row = { id: "t1", url: "http://x", title: "http://x", status: "pending", progress: 0, createdAt: new Date(), updatedAt: new Date() } as Download;

describe("LiveTasks throttling", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("publishes at most one tick per publish interval and writes more sparsely; a status change goes out at once", async () => {
    const { writes, db } = recordingDb();
    const bus = new EventBus();
    const events: DownloadEvent[] = [];
    bus.on((e) => events.push(e));
    const live = new LiveTasks(db, bus, { publishMs: 250, writeMs: 2000 }, "this-instance");
    live.track(row);
    await live.status("t1", { status: "downloading" });

    // 100 engine updates over 5 seconds.
    for (let i = 1; i <= 100; i++) {
      live.progress("t1", { progress: i * 0.9 });
      await vi.advanceTimersByTimeAsync(50);
    }
    const ticks = events.filter((e) => e.kind === "progress");
    expect(ticks.length).toBeGreaterThanOrEqual(15);
    expect(ticks.length).toBeLessThanOrEqual(5000 / 250 + 1);
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]!.at.getTime() - ticks[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(250);
    }
    const progressWrites = writes.length - 1; // the first write is the status change
    expect(progressWrites).toBeGreaterThanOrEqual(2);
    expect(progressWrites).toBeLessThanOrEqual(5000 / 2000 + 1);

    // A last tick is pending; the final state must overtake it and be the last event and write.
    live.progress("t1", { progress: 99.9 });
    await live.status("t1", { status: "completed", progress: 100 }, true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(events.at(-1)).toMatchObject({ kind: "status", previousStatus: "downloading", download: { status: "completed", progress: 100 } });
    expect(writes.at(-1)).toMatchObject({ status: "completed", progress: 100 });
    expect(live.get("t1")).toBeUndefined();
  });
});
