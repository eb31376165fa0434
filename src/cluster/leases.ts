import os from "node:os";
import type { Download } from "../domain/task.js";
import { REQUEUED } from "../domain/task-states.js";
import type { TaskStore } from "../store/tasks.js";

/**
 * Who runs a task, when several instances share one database: an instance claims a pending task
 * with one conditional update, renews its lease while the task runs, and releases it at the end.
 * A task whose instance stopped renewing (it crashed) goes back to pending after `leaseMs`, for
 * any instance to claim; yt-dlp then resumes it from its partial file.
 */
export class Leases {
  constructor(
    private readonly tasks: TaskStore,
    readonly instanceId: string,
    readonly leaseMs: number,
  ) {}

  /** Takes a pending task unless another instance holds an unexpired lease on it; its row if taken. */
  async claim(id: string): Promise<Download | undefined> {
    const now = new Date();
    return this.tasks.claim(id, this.instanceId, now, new Date(now.getTime() - this.leaseMs));
  }

  /**
   * Renews the lease on a running task (three times a lease); call the result to stop. When the
   * row no longer names this instance (cancelled or removed elsewhere, or taken over after this
   * instance stalled past its lease), renewing stops and `lost` is called.
   */
  hold(id: string, lost: () => void): () => void {
    const renew = async () => {
      if (!(await this.tasks.updateHeld(id, this.instanceId, { lockedAt: new Date() }))) {
        clearInterval(timer);
        lost();
      }
    };
    const timer = setInterval(() => void renew().catch(() => undefined), this.leaseMs / 3);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Running tasks whose lease expired, put back to pending (each by one instance only): the rows before and after. */
  async reclaimExpired(): Promise<Array<{ before: Download; after: Download }>> {
    return this.requeue(await this.tasks.runningRenewedBefore(new Date(Date.now() - this.leaseMs)));
  }

  /**
   * At start: running tasks an earlier process of this instance held (its INSTANCE_ID, or a
   * default `host-pid` id of this host whose process is gone), put back to pending at once
   * instead of after their lease. A live process's tasks are never touched.
   */
  async reclaimOwn(): Promise<Array<{ before: Download; after: Download }>> {
    const held = await this.tasks.runningHeld();
    return this.requeue(held.filter((row) => row.lockedBy === this.instanceId || isDeadDefaultId(row.lockedBy!)));
  }

  /** Each row back to pending unless it changed meanwhile (another instance got there first). */
  private async requeue(rows: Download[]): Promise<Array<{ before: Download; after: Download }>> {
    const requeued = [];
    for (const before of rows) {
      const after = await this.tasks.updateIfLeaseUnchanged(before, REQUEUED);
      if (after) requeued.push({ before, after });
    }
    return requeued;
  }

  /** Every running task this instance holds, put back to pending (a graceful stop): the rows after. */
  releaseHeld(): Promise<Download[]> {
    return this.tasks.releaseRunningHeldBy(this.instanceId, REQUEUED);
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
