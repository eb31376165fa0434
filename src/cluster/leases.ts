import os from "node:os";
import { killOrphan } from "../engine/process-group.js";
import type { Download } from "../domain/task.js";
import { REQUEUED } from "../domain/task-states.js";
import type { Requeued } from "../store/claims.js";
import type { TaskStore } from "../store/tasks.js";

/**
 * Who runs a task: an idle slot claims the next pending task in one statement, renews its lease
 * while the task runs (on the database's clock), and releases it at the end. When several
 * instances share one database, a task whose instance stopped renewing (it crashed) goes back to
 * pending after `leaseMs`, in one statement for all such tasks; yt-dlp then resumes it from its
 * partial file.
 */
export class Leases {
  /** Tasks this instance has claimed since it started (each claim is one statement that took one task). */
  claimed = 0;

  constructor(
    private readonly tasks: TaskStore,
    readonly instanceId: string,
    readonly leaseMs: number,
  ) {}

  /** The next pending task, now held here; undefined when there is none. */
  async claimNext(): Promise<Download | undefined> {
    const row = await this.tasks.claimNext(this.instanceId);
    if (row) this.claimed += 1;
    return row;
  }

  /**
   * Renews the lease on a running task (three times a lease); call the result to stop. When the
   * row no longer names this instance (cancelled or removed elsewhere, or taken over after this
   * instance stalled past its lease), renewing stops and `lost` is called.
   */
  hold(id: string, lost: () => void): () => void {
    const renew = async () => {
      if (!(await this.tasks.renewLease(id, this.instanceId))) {
        clearInterval(timer);
        lost();
      }
    };
    const timer = setInterval(() => void renew().catch(() => undefined), this.leaseMs / 3);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Tasks whose lease expired, put back to pending (each by one instance only): the rows after, with the status they had. */
  reclaimExpired(): Promise<Requeued[]> {
    return this.tasks.requeueExpired(this.leaseMs);
  }

  /**
   * At start: tasks an earlier process of this instance held (its INSTANCE_ID, or a default
   * `host-pid` id of this host whose process is gone), put back to pending at once instead of
   * after their lease. A yt-dlp the crash left running is stopped first (it names the task in
   * its arguments), so two never write one file. A live process's tasks are never touched;
   * `alone` on its database (SQLite), every held task was this server's.
   */
  async reclaimOwn(alone: boolean): Promise<Requeued[]> {
    const held = await this.tasks.held();
    const requeued: Requeued[] = [];
    for (const before of held.filter((row) => alone || row.lockedBy === this.instanceId || isDeadDefaultId(row.lockedBy!))) {
      if (before.pid) killOrphan(before.pid, before.id);
      const after = await this.tasks.updateIfLeaseUnchanged(before, REQUEUED); // unless another instance got there first
      if (after) requeued.push({ after, previousStatus: before.status });
    }
    return requeued;
  }

  /** Every task this instance holds, put back to pending (a graceful stop): the rows after. */
  releaseHeld(): Promise<Download[]> {
    return this.tasks.releaseHeldBy(this.instanceId, REQUEUED);
  }
}

/** Whether `id` is a default INSTANCE_ID (`host-pid`, see config.ts) of this host whose process no longer runs. */
function isDeadDefaultId(id: string): boolean {
  const match = /^(.+)-(\d+)$/.exec(id);
  if (!match || match[1] !== os.hostname() || Number(match[2]) === process.pid) return false;
  try {
    process.kill(Number(match[2]), 0);
    return false; // alive (or its pid was reused: then its lease decides)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
