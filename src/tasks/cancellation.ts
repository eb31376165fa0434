import { ConflictError, NotFoundError } from "../domain/errors.js";
import type { Download } from "../domain/task.js";
import { IDLE, isFinished, RELEASED } from "../domain/task-states.js";
import type { EventBus } from "../events/bus.js";
import type { ListFilter } from "../store/task-reads.js";
import type { TaskStore } from "../store/tasks.js";
import type { LiveTasks } from "./live-tasks.js";

/** What cancelling needs from the service: reads as it answers them, and a way to stop a task's processes wherever they run. */
export type CancelDeps = {
  tasks: TaskStore;
  live: LiveTasks;
  bus: EventBus;
  require(id: string): Promise<Download>;
  list(filter: ListFilter): Promise<Download[]>;
  /** Stops the task's yt-dlp here, or asks the instance holding its lease; resolves once its job has ended. */
  stopProcesses(row: Download): Promise<void>;
};

/** Queued tasks cancelled per statement by cancelGroup. */
const CANCEL_SLICE = 100;

/** Cancels tasks and whole submissions, whether queued, running here or running on another instance. */
export class Cancellation {
  constructor(private readonly deps: CancelDeps) {}

  /** Cancels every unfinished task of one submission (a playlist) at once. */
  async cancelGroup(groupId: string): Promise<Download[]> {
    const { list, live } = this.deps;
    let rows = await list({ groupId });
    if (rows.length === 0) throw new NotFoundError(`no downloads in group ${groupId}`);
    // The queued ones first, so the queue starts none of them while the running ones stop; in
    // slices with reads in between, so a playlist of thousands stalls nothing. Again until none
    // is left: entries of a playlist still being expanded keep arriving.
    for (;;) {
      const queued = queuedIn(rows, live);
      if (queued.length === 0) break;
      for (let at = 0; at < queued.length; at += CANCEL_SLICE) await this.cancelQueued(queued.slice(at, at + CANCEL_SLICE).map((row) => row.id));
      rows = await list({ groupId });
    }
    await Promise.all(rows.filter((row) => !isFinished(row)).map((row) => this.cancel(row).catch(ignoreConflict)));
    return list({ groupId });
  }

  /**
   * Stops the task's processes wherever they run (here, or on the instance holding its lease),
   * then marks it cancelled unless its job already did. A task claimed or finished meanwhile is
   * looked at again.
   */
  async cancel(row: Download): Promise<Download> {
    const { require, live } = this.deps;
    for (let attempt = 0; attempt < 5; attempt++) {
      if (isFinished(row)) {
        throw new ConflictError(`download ${row.id} is ${row.status}; only unfinished downloads can be cancelled`);
      }
      await this.deps.stopProcesses(row); // a running job reports "cancelled" itself before this returns
      const after = await require(row.id);
      if (after.status === "cancelled") return after;
      const cancelled = await live.changeStatus(after, { ...IDLE, ...RELEASED, status: "cancelled" });
      if (cancelled) return cancelled;
      row = await require(row.id);
    }
    throw new ConflictError(`download ${row.id} kept changing while being cancelled; try again`);
  }

  /** Cancels queued tasks (still pending, claimed by nobody) in one statement, then lets reads in. */
  private async cancelQueued(ids: string[]): Promise<void> {
    const cancelled = await this.deps.tasks.updateQueued(ids, { ...IDLE, ...RELEASED, status: "cancelled" });
    for (const row of cancelled) this.deps.bus.publish({ kind: "status", download: row, previousStatus: "pending" });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Tasks waiting in the queue that nobody has claimed: cancelled in bulk, without a process to stop. */
const queuedIn = (rows: Download[], live: LiveTasks) => rows.filter((row) => row.status === "pending" && !row.lockedBy && !live.get(row.id));

/** A task that finished meanwhile needs no cancel. */
export const ignoreConflict = (error: unknown) => {
  if (!(error instanceof ConflictError)) throw error;
  return undefined;
};
