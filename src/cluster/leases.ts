import os from "node:os";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Download } from "../domain/task.js";
import { IDLE, RUNNING_STATUSES } from "../domain/task-states.js";

/** What a task's row says once no instance holds it. */
export const RELEASED = { lockedBy: null, lockedAt: null };

/** A running task put back in the queue, unheld, to resume from its partial file. */
export const REQUEUED = { ...IDLE, ...RELEASED, status: "pending" };

/**
 * Who runs a task, when several instances share one database: an instance claims a pending task
 * with one conditional update, renews its lease while the task runs, and releases it at the end.
 * A task whose instance stopped renewing (it crashed) goes back to pending after `leaseMs`, for
 * any instance to claim; yt-dlp then resumes it from its partial file.
 */
export class Leases {
  constructor(
    private readonly db: PrismaClient,
    readonly instanceId: string,
    readonly leaseMs: number,
  ) {}

  /** Takes a pending task unless another instance holds an unexpired lease on it; its row if taken. */
  async claim(id: string): Promise<Download | undefined> {
    const now = new Date();
    const [row] = await this.db.download.updateManyAndReturn({
      where: { id, status: "pending", OR: [{ lockedBy: null }, { lockedAt: { lt: new Date(now.getTime() - this.leaseMs) } }] },
      data: { lockedBy: this.instanceId, lockedAt: now },
    });
    return row;
  }

  /**
   * Renews the lease on a running task (three times a lease); call the result to stop. When the
   * row no longer names this instance (cancelled or removed elsewhere, or taken over after this
   * instance stalled past its lease), renewing stops and `lost` is called.
   */
  hold(id: string, lost: () => void): () => void {
    const renew = async () => {
      const { count } = await this.db.download.updateMany({ where: { id, lockedBy: this.instanceId }, data: { lockedAt: new Date() } });
      if (count === 0) {
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
    return this.requeue(
      await this.db.download.findMany({ where: { status: { in: RUNNING_STATUSES }, lockedAt: { lt: new Date(Date.now() - this.leaseMs) } } }),
    );
  }

  /**
   * At start: running tasks an earlier process of this instance held (its INSTANCE_ID, or a
   * default `host-pid` id of this host whose process is gone), put back to pending at once
   * instead of after their lease. A live process's tasks are never touched.
   */
  async reclaimOwn(): Promise<Array<{ before: Download; after: Download }>> {
    const held = await this.db.download.findMany({ where: { status: { in: RUNNING_STATUSES }, lockedBy: { not: null } } });
    return this.requeue(held.filter((row) => row.lockedBy === this.instanceId || isDeadDefaultId(row.lockedBy!)));
  }

  /** Each row back to pending unless it changed meanwhile (another instance got there first). */
  private async requeue(rows: Download[]): Promise<Array<{ before: Download; after: Download }>> {
    const requeued = [];
    for (const before of rows) {
      const [after] = await this.db.download.updateManyAndReturn({
        where: { id: before.id, lockedBy: before.lockedBy, lockedAt: before.lockedAt },
        data: REQUEUED,
      });
      if (after) requeued.push({ before, after });
    }
    return requeued;
  }

  /** Every running task this instance holds, put back to pending (a graceful stop): the rows after. */
  releaseHeld(): Promise<Download[]> {
    return this.db.download.updateManyAndReturn({ where: { lockedBy: this.instanceId, status: { in: RUNNING_STATUSES } }, data: REQUEUED });
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
