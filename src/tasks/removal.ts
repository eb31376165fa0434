import type { Config } from "../config.js";
import { InputError } from "../domain/errors.js";
import type { Download } from "../domain/task.js";
import { FINISHED_STATUSES, isFinished, type DownloadStatus } from "../domain/task-states.js";
import { removeFilesOfJobs, removeJobFiles, removeThumbnails } from "../engine/runner.js";
import { foldersOf } from "../engine/task-files.js";
import type { EventBus } from "../events/bus.js";
import type { TaskStore } from "../store/tasks.js";
import { ignoreConflict, type Cancellation } from "./cancellation.js";
import type { LiveTasks } from "./live-tasks.js";

/** What deleting needs from the service. */
export type RemovalDeps = {
  tasks: TaskStore;
  live: LiveTasks;
  bus: EventBus;
  config: Pick<Config, "downloadDir" | "thumbnailDir" | "ffmpegPath">;
  cancellation: Cancellation;
  require(id: string): Promise<Download>;
};

/** Lets requests that arrived meanwhile be answered. */
const yieldToRequests = () => new Promise((resolve) => setImmediate(resolve));

/** Tasks deleted per statement by `clear` (a few milliseconds with their events). */
const CLEAR_BATCH = 250;

/**
 * Deletes tasks: one (cancelled first if it runs), or the finished ones in bulk. The thumbnail
 * (the server's, not the person's) always goes with its task; files only when asked.
 */
export class Removal {
  constructor(private readonly deps: RemovalDeps) {}

  /** Deletes a task (cancelling it first if it runs) and its thumbnail; when asked, its files too. */
  async remove(id: string, deleteFile: boolean): Promise<Download> {
    let row = await this.deps.require(id);
    if (!isFinished(row)) row = (await this.deps.cancellation.cancel(row).catch(ignoreConflict)) ?? row;
    await this.deps.tasks.delete(id);
    this.deps.live.forget(id);
    if (deleteFile) await removeJobFiles({ ...this.deps.config, folders: foldersOf(this.deps.config.downloadDir, row.filepath) }, id); // every file, partials, the thumbnail
    else await removeThumbnails(this.deps.config.thumbnailDir, id); // ours, not the person's: it goes with the task
    this.deps.bus.publish({ kind: "removed", download: row });
    return row;
  }

  /** Removes finished tasks that last changed before `before` (AUTO_CLEAR_AFTER_DAYS); how many. */
  async clearFinishedBefore(before: Date, deleteFiles: boolean): Promise<number> {
    let removed = 0;
    for (;;) {
      const rows = await this.deps.tasks.finishedBefore(before, CLEAR_BATCH);
      if (rows.length === 0) return removed;
      const deleted = await this.deleteFinished(rows, FINISHED_STATUSES, deleteFiles);
      removed += deleted.size;
      if (deleted.size === 0) return removed;
    }
  }

  /** Removes every finished task in the given statuses; returns their ids. */
  async clear(statuses: DownloadStatus[], deleteFiles: boolean): Promise<string[]> {
    const unfinished = statuses.filter((s) => !FINISHED_STATUSES.includes(s));
    if (unfinished.length) {
      throw new InputError("status", `only finished downloads can be cleared (${FINISHED_STATUSES.join(", ")}), not ${unfinished.join(", ")}`);
    }
    // In batches, so reads go on between them (and between a batch's read and its delete); finished tasks are not running, so no cancel.
    const removed: string[] = [];
    for (;;) {
      const rows = await this.deps.tasks.list({ status: statuses, limit: CLEAR_BATCH });
      if (rows.length === 0) return removed;
      await yieldToRequests();
      const deleted = await this.deleteFinished(rows, statuses, deleteFiles);
      removed.push(...deleted);
      await yieldToRequests();
    }
  }

  /** Deletes those of `rows` still in one of `statuses` (and their files when asked), publishing each; which it deleted. */
  private async deleteFinished(rows: Download[], statuses: DownloadStatus[], deleteFiles: boolean): Promise<Set<string>> {
    const deleted = await this.deps.tasks.deleteIn(rows.map((row) => row.id), statuses);
    if (deleteFiles) await removeFilesOfJobs({ ...this.deps.config, folders: rows.flatMap((row) => foldersOf(this.deps.config.downloadDir, row.filepath)) }, [...deleted]);
    else await removeThumbnails(this.deps.config.thumbnailDir, ...deleted);
    for (const row of rows) if (deleted.has(row.id)) this.deps.bus.publish({ kind: "removed", download: row });
    return deleted;
  }
}
