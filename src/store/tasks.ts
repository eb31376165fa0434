import type { Download, TaskPatch } from "../domain/task.js";
import { FINISHED_STATUSES, RUNNING_STATUSES } from "../domain/vocabulary.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Claims, Requeued } from "./claims.js";
import { GroupCommit } from "./group-commit.js";
import type { FastWriter } from "./raw-writes.js";
import type { ListFilter, PageRequest, TaskReader } from "./task-reads.js";

/** A playlist entry as inserted: the task's own fields; the rest take the model's defaults. */
export type NewEntry = Pick<Download, "id" | "groupId" | "url" | "title" | "quality" | "downloadType" | "createdAt"> & TaskPatch;

/** Values per IN list, two lists a statement: under the 999 parameters a SQLite statement may take. */
const IN_SLICE = 400;

/**
 * Every read and write of the task table, one method per statement, whatever the database:
 * listings and the hottest writes in raw SQL both databases read (`task-reads.ts`,
 * `raw-writes.ts`), the rest through Prisma, which writes each statement for both. Rows come
 * out checked against the vocabulary (`domain/task.ts`). Nothing outside `store/` sees Prisma.
 */
export class TaskStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly reads: TaskReader,
    private readonly writes: FastWriter,
    private readonly claims: Claims,
  ) {}

  private readonly newTasks = new GroupCommit<Download>((tasks) => this.writes.insertTasks(tasks));

  get(id: string): Promise<Download | null> {
    return this.reads.get(id);
  }

  list(filter: ListFilter): Promise<Download[]> {
    return this.reads.list(filter);
  }

  page(filter: ListFilter, request: PageRequest): Promise<Download[]> {
    return this.reads.page(filter, request);
  }

  count(filter: ListFilter): Promise<number> {
    return this.reads.count(filter);
  }

  countByStatus(): Promise<Record<string, number>> {
    return this.reads.countByStatus();
  }

  /** Whether the database answers now (readiness), asked once. */
  ping(): Promise<void> {
    return this.reads.ping();
  }

  /** Tasks some instance holds: running, or claimed and not started yet. */
  held(): Promise<Download[]> {
    return this.prisma.download.findMany({ where: { status: { in: [...RUNNING_STATUSES, "pending"] }, lockedBy: { not: null } } });
  }

  /** A submission's other tasks (its playlist entries), in playlist order. */
  groupEntriesBesides(groupId: string, id: string): Promise<Download[]> {
    return this.prisma.download.findMany({ where: { groupId, id: { not: id } }, orderBy: { playlistIndex: "asc" } });
  }

  /** Stores a new task; tasks inserted together share a transaction (group-commit.ts). */
  insert(task: Download): Promise<void> {
    return this.newTasks.add(task);
  }

  /** Completed tasks that downloaded one of these videos (by "{extractor}:{id}") or URLs: id, URL and key of each. */
  async completedMatching(sourceKeys: string[], urls: string[]): Promise<Array<{ id: string; url: string; sourceKey: string | null }>> {
    const found = new Map<string, { id: string; url: string; sourceKey: string | null }>(); // by id: a task matching in two slices comes once
    // In slices: a statement takes at most 999 parameters on SQLite.
    for (let at = 0; at < Math.max(sourceKeys.length, urls.length); at += IN_SLICE) {
      const rows = await this.prisma.download.findMany({
        where: { status: "completed", OR: [{ sourceKey: { in: sourceKeys.slice(at, at + IN_SLICE) } }, { url: { in: urls.slice(at, at + IN_SLICE) } }] },
        select: { id: true, url: true, sourceKey: true },
      });
      for (const row of rows) found.set(row.id, row);
    }
    return [...found.values()];
  }

  /** Which of these task ids exist. */
  async existing(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.prisma.download.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
  }

  async insertEntries(entries: NewEntry[]): Promise<void> {
    await this.prisma.download.createMany({ data: entries });
  }

  /** Changes a task only while `instanceId` holds it; whether it did. */
  async updateHeld(id: string, instanceId: string, patch: TaskPatch): Promise<boolean> {
    const { count } = await this.prisma.download.updateMany({ where: { id, lockedBy: instanceId }, data: patch });
    return count > 0;
  }

  /** Changes a task only while its status and holder are still as read; the row after, if it did. */
  async updateIfUnchanged(row: Pick<Download, "id" | "status" | "lockedBy">, patch: TaskPatch): Promise<Download | undefined> {
    const [after] = await this.prisma.download.updateManyAndReturn({ where: { id: row.id, status: row.status, lockedBy: row.lockedBy }, data: patch });
    return after;
  }

  /** Changes a task only while its lease is still as read (no other instance got there first); the row after, if it did. */
  async updateIfLeaseUnchanged(row: Pick<Download, "id" | "lockedBy" | "lockedAt">, patch: TaskPatch): Promise<Download | undefined> {
    const [after] = await this.prisma.download.updateManyAndReturn({ where: { id: row.id, lockedBy: row.lockedBy, lockedAt: row.lockedAt }, data: patch });
    return after;
  }

  /** The oldest pending task nobody holds, now held by `instanceId` (one statement); undefined when there is none. */
  claimNext(instanceId: string): Promise<Download | undefined> {
    return this.claims.claimNext(instanceId, new Date());
  }

  /** Renews `instanceId`'s lease on a task, on the database's clock; false when the row no longer names it. */
  renewLease(id: string, instanceId: string): Promise<boolean> {
    return this.claims.renew(id, instanceId);
  }

  /** Every held task whose lease is older than `leaseMs` (on the database's clock), back to pending in one statement. */
  requeueExpired(leaseMs: number): Promise<Requeued[]> {
    return this.claims.requeueExpired(leaseMs, new Date());
  }

  /** Every task `instanceId` holds (running, or claimed and not started yet), changed by `patch`: the rows after. */
  releaseHeldBy(instanceId: string, patch: TaskPatch): Promise<Download[]> {
    return this.prisma.download.updateManyAndReturn({ where: { lockedBy: instanceId, status: { in: [...RUNNING_STATUSES, "pending"] } }, data: patch });
  }


  /** Puts a queued task (pending, held by nobody) before every other: the row after, or undefined if it is not queued. */
  async prioritize(id: string): Promise<Download | undefined> {
    const { _max } = await this.prisma.download.aggregate({ _max: { priority: true }, where: { status: "pending" } });
    const [row] = await this.prisma.download.updateManyAndReturn({ where: { id, status: "pending", lockedBy: null }, data: { priority: (_max.priority ?? 0) + 1 } });
    return row;
  }

  /** Finished tasks that last changed before `before`, oldest first (auto-clear). */
  finishedBefore(before: Date, limit: number): Promise<Download[]> {
    return this.prisma.download.findMany({ where: { status: { in: FINISHED_STATUSES }, updatedAt: { lt: before } }, orderBy: { updatedAt: "asc" }, take: limit });
  }

  /** Those of `ids` still queued (pending, held by nobody), changed by `patch`: the rows after. */
  updateQueued(ids: string[], patch: TaskPatch): Promise<Download[]> {
    return this.prisma.download.updateManyAndReturn({ where: { id: { in: ids }, status: "pending", lockedBy: null }, data: patch });
  }

  /** Deletes a task; nothing happens if it is gone already. */
  async delete(id: string): Promise<void> {
    await this.prisma.download.deleteMany({ where: { id } });
  }

  /** Deletes those of `ids` still in one of `statuses`: the ids deleted. */
  deleteIn(ids: string[], statuses: string[]): Promise<Set<string>> {
    return this.writes.deleteTasks(ids, statuses);
  }
}
