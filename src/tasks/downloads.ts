import { randomUUID } from "node:crypto";
import type { Config } from "../config.js";
import type { Store } from "../store/database.js";
import { DownloadQueue } from "../engine/queue.js";
import type { Launcher } from "../engine/launcher.js";
import { removeFilesOfJobs, removeJobFiles, removeThumbnails } from "../engine/runner.js";
import { foldersOf } from "../engine/task-files.js";
import { CookieFiles } from "../presets/cookies.js";
import type { Download } from "../domain/task.js";
import { Leases } from "../cluster/leases.js";
import type { Peers } from "../cluster/peers.js";
import { ConflictError, InputError, NotFoundError, StorageFullError } from "../domain/errors.js";
import { isStorageFull, SpaceCheck } from "../store/disk-space.js";
import type { DownloadEvent, EventBus } from "../events/bus.js";
import { jobOf, JobReporter } from "./job-reporter.js";
import { LiveTasks } from "./live-tasks.js";
import { watchTasks } from "./task-events.js";
import { Cancellation, ignoreConflict } from "./cancellation.js";
import { QueueControl } from "./queue-control.js";
import { FINISHED_STATUSES, FRESH, newTask, isFinished, RUNNING_STATUSES, type DownloadStatus } from "../domain/task-states.js";
import type { ListFilter, PageRequest } from "../store/task-reads.js";
import type { TaskStore } from "../store/tasks.js";
import { checkPage, validateNewDownload, type NewDownload } from "./validation.js";

export type { ListFilter } from "../store/task-reads.js";

/** The one place that changes tasks: the database row, the live state and the engine move together. */
export class DownloadService {
  private readonly queue: DownloadQueue;
  private readonly live: LiveTasks;
  private readonly subscribers = { open: 0 };
  private readonly cancellation: Cancellation;
  /** Pausing the queue, moving a task to the front. */
  readonly control: QueueControl;

  private readonly tasks: TaskStore;
  private readonly leases: Leases;
  /** Whether other instances may use the same database (PostgreSQL). */
  private readonly shared: boolean;
  private sweeper?: NodeJS.Timeout;
  private readonly space: SpaceCheck;

  constructor(
    store: Store,
    readonly bus: EventBus,
    private readonly config: Config,
    launcher: Launcher,
    /** Other instances, reachable through Redis: a command reaches the one running the task. */
    private readonly peers?: Peers,
  ) {
    this.tasks = store.tasks;
    const cookies = new CookieFiles(config.dataDir);
    this.shared = store.shared;
    this.space = new SpaceCheck([config.dataDir, config.downloadDir]);
    this.leases = new Leases(this.tasks, config.instanceId, config.leaseMs);
    this.live = new LiveTasks(this.tasks, bus, { publishMs: config.progressIntervalMs, writeMs: config.dbWriteIntervalMs }, config.instanceId);
    this.cancellation = new Cancellation({
      tasks: this.tasks,
      live: this.live,
      bus,
      require: (id) => this.require(id),
      list: (filter) => this.list(filter),
      stopProcesses: (row) => this.stopProcesses(row),
    });
    this.control = new QueueControl(store.settings, this.tasks, () => this.queue.wake());
    const stopJob = (id: string, keepFiles: boolean) => (keepFiles ? this.queue.release(id) : this.queue.cancel(id));
    const reporter = new JobReporter(this.tasks, this.live, bus, () => this.queue.wake(), config, this.leases, stopJob, config.autoRetry);
    this.queue = new DownloadQueue(
      {
        concurrency: config.maxConcurrentDownloads,
        downloadDir: config.downloadDir,
        thumbnailDir: config.thumbnailDir,
        launcher,
        ffmpegPath: config.ffmpegPath,
        maxPlaylistEntries: config.maxPlaylistEntries,
        allowYtdlpArgs: config.allowYtdlpArgs,
      },
      (id) => reporter.observe(id),
      async () => {
        const row = await this.leases.claimNext();
        if (!row) return undefined;
        reporter.claimed(row);
        return jobOf(row, (presetId) => cookies.fileOf(presetId));
      },
    );
    // A task another instance added or handed back: idle slots here claim too (one instance takes it), without waiting for a sweep.
    if (this.shared) {
      bus.onOthers(({ kind, download }) => {
        if ((kind === "added" || kind === "status") && download.status === "pending") this.queue.wake();
      });
    }
  }

  /**
   * Starts the queue with what a crash or a stop left unfinished; interrupted tasks resume from
   * their partial files. One mechanism on either database: this instance's own tasks from before
   * a restart come back at once (see Leases.reclaimOwn); on a shared database, those of an
   * instance that died come back once their lease expires, checked every LEASE_MS / 2. Answers how
   * many of its own it put back.
   */
  async resume(): Promise<number> {
    await this.peers?.start((id) => this.queue.cancel(id));
    const reclaimed = await this.leases.reclaimOwn(!this.shared);
    for (const { after, previousStatus } of reclaimed) this.bus.publish({ kind: "status", download: after, previousStatus });
    if (!this.shared) {
      this.queue.wake();
      return reclaimed.length;
    }
    await this.sweep();
    this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), this.leases.leaseMs / 2);
    this.sweeper.unref();
    return reclaimed.length;
  }

  /** Several instances: takes back tasks whose instance died, then lets idle slots claim what is pending (one statement per task). */
  private async sweep(): Promise<void> {
    for (const { after, previousStatus } of await this.leases.reclaimExpired()) this.bus.publish({ kind: "status", download: after, previousStatus });
    this.queue.wake(); // also picks up what other instances added while events could not say so (no Redis)
  }

  /**
   * Stops the engine; running tasks keep their partial files and resume at the next start. On a
   * shared database they are handed back at once (pending, unlocked), for another instance to resume.
   */
  async stop(): Promise<void> {
    clearInterval(this.sweeper);
    this.live.stop();
    await this.queue.stop();
    const interrupted = new Map(this.live.activeRows().map((row) => [row.id, row.status]));
    await this.live.flushAll();
    if (!this.shared) return;
    for (const row of await this.leases.releaseHeld()) this.bus.publish({ kind: "status", download: row, previousStatus: interrupted.get(row.id) ?? "pending" }); // not running yet: claimed while stopping
  }

  /**
   * Queues URLs, all or none: every one is checked before any is stored, and with several an
   * error names the input at fault (`inputs.2.url`). A playlist becomes one task per entry when its job runs.
   */
  async add(inputs: NewDownload[]): Promise<Download[]> {
    const valid = await Promise.all(
      inputs.map((input, index) =>
        validateNewDownload(input, this.config).catch((error: unknown) => {
          throw inputs.length > 1 && error instanceof InputError ? new InputError(`inputs.${index}.${error.field}`, error.reason) : error;
        }),
      ),
    );
    if (await this.space.full()) throw new StorageFullError(); // it could not be downloaded anyway
    const rows = valid.map((input) => {
      const id = randomUUID();
      const { url, quality, downloadType, options, presetId } = input;
      return newTask({ id, groupId: id, url, quality, downloadType, options: JSON.stringify(options ?? {}), presetId: presetId ?? null });
    });
    if (rows.length > 1) {
      await this.queueAll(rows);
      return rows;
    }
    await this.tasks.insert(rows[0]!).catch((error: unknown) => {
      throw isStorageFull(error) ? new StorageFullError() : error;
    });
    this.bus.publish({ kind: "added", download: rows[0]! });
    this.queue.wake();
    return rows;
  }

  /**
   * Queues tasks built elsewhere (a feed's new entries, see feeds/checks.ts), a slice per
   * statement; each is published as added.
   */
  async queueAll(rows: Download[]): Promise<void> {
    if (rows.length === 0) return;
    if (await this.space.full()) throw new StorageFullError();
    for (let at = 0; at < rows.length; at += QUEUE_SLICE) await this.tasks.insertEntries(rows.slice(at, at + QUEUE_SLICE));
    for (const row of rows) this.bus.publish({ kind: "added", download: row });
    this.queue.wake();
  }

  async list(filter: ListFilter): Promise<Download[]> {
    checkPage(filter.limit, filter.offset);
    return (await this.tasks.list(filter)).map((row) => this.live.overlay(row));
  }

  /** One page of a connection, with the total under the same filter. */
  async page(filter: ListFilter, request: PageRequest): Promise<{ rows: Download[]; totalCount: number }> {
    const [rows, totalCount] = await Promise.all([this.tasks.page(filter, request), this.tasks.count(filter)]);
    return { rows: rows.map((row) => this.live.overlay(row)), totalCount };
  }

  async get(id: string): Promise<Download | null> {
    const row = await this.tasks.get(id);
    return row && this.live.overlay(row);
  }

  async require(id: string): Promise<Download> {
    const row = await this.get(id);
    if (!row) throw new NotFoundError(`no download with id ${id}`);
    return row;
  }

  /** Stops a task: a queued one never starts; a running one is killed and its partial files removed. */
  async cancel(id: string): Promise<Download> {
    return this.cancellation.cancel(await this.require(id));
  }

  /** Cancels every unfinished task of one submission (a playlist) at once. */
  cancelGroup(groupId: string): Promise<Download[]> {
    return this.cancellation.cancelGroup(groupId);
  }

  private async stopProcesses(row: Download): Promise<void> {
    const owner = row.lockedBy;
    // Claimed elsewhere: running there, or still finding out what it fetches (pending, locked).
    if (this.peers && owner && owner !== this.config.instanceId && !isFinished(row)) await this.peers.stop(owner, row.id);
    else await this.queue.cancel(row.id);
  }

  /** Puts a failed or cancelled task back in the queue with the options it had. */
  async retry(id: string): Promise<Download> {
    const row = await this.require(id);
    if (row.status !== "error" && row.status !== "cancelled") {
      throw new ConflictError(`download ${id} is ${row.status}; only failed or cancelled downloads can be retried`);
    }
    const updated = await this.live.changeStatus(row, FRESH);
    if (!updated) throw new ConflictError(`download ${id} changed meanwhile; try again`);
    this.queue.wake();
    return updated;
  }

  /** Deletes a task (cancelling it first if it runs) and, when asked, its file and thumbnail. */
  async remove(id: string, deleteFile: boolean): Promise<Download> {
    let row = await this.require(id);
    if (!isFinished(row)) row = (await this.cancellation.cancel(row).catch(ignoreConflict)) ?? row;
    await this.tasks.delete(id);
    this.live.forget(id);
    if (deleteFile) await removeJobFiles({ ...this.config, folders: foldersOf(this.config.downloadDir, row.filepath) }, id); // every file, partials, the thumbnail
    else await removeThumbnails(this.config.thumbnailDir, id); // ours, not the person's: it goes with the task
    this.bus.publish({ kind: "removed", download: row });
    return row;
  }

  /** Removes finished tasks that last changed before `before` (AUTO_CLEAR_AFTER_DAYS); how many. */
  async clearFinishedBefore(before: Date, deleteFiles: boolean): Promise<number> {
    let removed = 0;
    for (;;) {
      const rows = await this.tasks.finishedBefore(before, CLEAR_BATCH);
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
    // In batches, so reads go on between them; finished tasks are not running, so no cancel.
    const removed: string[] = [];
    for (;;) {
      const rows = await this.tasks.list({ status: statuses, limit: CLEAR_BATCH });
      if (rows.length === 0) return removed;
      const deleted = await this.deleteFinished(rows, statuses, deleteFiles);
      removed.push(...deleted);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Deletes those of `rows` still in one of `statuses` (and their files when asked), publishing each; which it deleted. */
  private async deleteFinished(rows: Download[], statuses: DownloadStatus[], deleteFiles: boolean): Promise<Set<string>> {
    const deleted = await this.tasks.deleteIn(rows.map((row) => row.id), statuses);
    if (deleteFiles) await removeFilesOfJobs({ ...this.config, folders: rows.flatMap((row) => foldersOf(this.config.downloadDir, row.filepath)) }, [...deleted]);
    else await removeThumbnails(this.config.thumbnailDir, ...deleted);
    for (const row of rows) if (deleted.has(row.id)) this.bus.publish({ kind: "removed", download: row });
    return deleted;
  }

  /** Events for one task or all, resumable by cursor (see tasks/task-events.ts). */
  watch(id?: string, after?: number): Promise<AsyncIterable<DownloadEvent>> {
    return watchTasks(this.bus, this.subscribers, { find: async (taskId) => this.live.get(taskId) ?? (await this.get(taskId)), running: () => this.runningRows() }, id, after);
  }

  /** Open subscriptions. */
  get subscriberCount(): number {
    return this.subscribers.open;
  }

  /** Throws, naming what, when the database or Redis (several instances) does not answer (readiness). */
  async ping(): Promise<void> {
    await this.tasks.ping().catch((error: Error) => {
      throw new Error(`database: ${error.message}`);
    });
    await this.peers?.ping().catch((error: Error) => {
      throw new Error(`redis: ${error.message}`);
    });
  }

  /** Tasks in each status, for metrics. */
  countByStatus(): Promise<Record<string, number>> {
    return this.tasks.countByStatus();
  }

  /**
   * Counts the task changes seen here, so a listing can be reused while it stays the same;
   * undefined when other instances change tasks unseen (a shared database without Redis).
   */
  listingVersion(): number | undefined {
    return this.shared && !this.peers ? undefined : this.bus.changes;
  }

  /** Tasks this instance has claimed since it started. */
  claimCount(): number {
    return this.leases.claimed;
  }

  /** Tasks running now (downloading or processing). */
  activeCount(): number {
    return this.live.activeRows().length;
  }

  /** Tasks running now: here, or (on a shared database) on any instance. */
  private async runningRows(): Promise<Download[]> {
    if (!this.shared) return this.live.activeRows();
    return (await this.tasks.list({ status: RUNNING_STATUSES })).map((row) => this.live.overlay(row));
  }
}

/** Tasks inserted per statement by queueAll. */
const QUEUE_SLICE = 500;
/** Tasks deleted per statement by `clear` (a few milliseconds with their events). */
const CLEAR_BATCH = 250;
