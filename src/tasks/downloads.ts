import type { Config } from "../config.js";
import type { Store } from "../store/database.js";
import { DownloadQueue } from "../engine/queue.js";
import type { Launcher } from "../engine/launcher.js";
import { CookieFiles } from "../presets/cookies.js";
import type { Download } from "../domain/task.js";
import { Leases } from "../cluster/leases.js";
import type { Peers } from "../cluster/peers.js";
import { ConflictError, NotFoundError } from "../domain/errors.js";
import { SpaceCheck } from "../store/disk-space.js";
import type { DownloadEvent, EventBus, TaskChangeListener } from "../events/bus.js";
import { jobOf, JobReporter } from "./job-reporter.js";
import { LiveTasks } from "./live-tasks.js";
import { watchTasks } from "./task-events.js";
import { Cancellation } from "./cancellation.js";
import { Removal } from "./removal.js";
import { Submissions } from "./submissions.js";
import { QueueControl } from "./queue-control.js";
import { FRESH, isFinished, RUNNING_STATUSES, type DownloadStatus } from "../domain/task-states.js";
import type { ListFilter, PageRequest } from "../store/task-reads.js";
import type { TaskStore } from "../store/tasks.js";
import { checkPage, type NewDownload } from "./validation.js";
import { TaskBudget } from "../security/rate-limit.js";

export type { ListFilter } from "../store/task-reads.js";

/** The one place that changes tasks: the database row, the live state and the engine move together. */
export class DownloadService {
  private readonly queue: DownloadQueue;
  private readonly live: LiveTasks;
  private readonly subscribers = { open: 0 };
  private readonly cancellation: Cancellation;
  private readonly removal: Removal;
  private readonly submissions: Submissions;
  /** Pausing the queue, moving a task to the front. */
  readonly control: QueueControl;
  /** Tasks each caller may still add (MAX_TASKS_PER_MINUTE): requests, and the playlists they turn out to be. */
  readonly budget: TaskBudget;

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
    this.submissions = new Submissions({ tasks: this.tasks, bus, policy: config, space: this.space, wake: () => this.queue.wake() });
    this.removal = new Removal({ tasks: this.tasks, live: this.live, bus, config, cancellation: this.cancellation, require: (id) => this.require(id) });
    this.control = new QueueControl(store.settings, this.tasks, () => this.queue.wake());
    const stopJob = (id: string, keepFiles: boolean) => (keepFiles ? this.queue.release(id) : this.queue.cancel(id));
    this.budget = new TaskBudget(config.maxTasksPerMinute);
    const reporter = new JobReporter(this.tasks, this.live, bus, () => this.queue.wake(), config, this.leases, stopJob, config.autoRetry, this.budget);
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
    // PostgreSQL says so (LISTEN/NOTIFY), and the Redis bus where there is one.
    if (this.shared) {
      store.onWork?.(() => this.sweeper && this.queue.wake()); // once resumed (the sweeper runs from then on)
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
    if (!this.shared) this.queue.wake();
    else {
      await this.sweep();
      this.sweeper = setInterval(() => void this.sweep().catch(() => undefined), this.leases.leaseMs / 2);
      this.sweeper.unref();
    }
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

  /** Queues URLs, all or none (see Submissions.add). */
  add(inputs: NewDownload[]): Promise<Download[]> {
    return this.submissions.add(inputs);
  }

  /** Queues tasks built elsewhere (a feed's new entries). */
  queueAll(rows: Download[]): Promise<void> {
    return this.submissions.queueAll(rows);
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

  /** Deletes a task (cancelling it first if it runs) and its thumbnail; with deleteFile, its files too. */
  remove(id: string, deleteFile: boolean): Promise<Download> {
    return this.removal.remove(id, deleteFile);
  }

  /** Removes finished tasks that last changed before `before` (AUTO_CLEAR_AFTER_DAYS); how many. */
  clearFinishedBefore(before: Date, deleteFiles: boolean): Promise<number> {
    return this.removal.clearFinishedBefore(before, deleteFiles);
  }

  /** Removes every finished task in the given statuses; returns their ids. */
  clear(statuses: DownloadStatus[], deleteFiles: boolean): Promise<string[]> {
    return this.removal.clear(statuses, deleteFiles);
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

  /** Calls `listener` at each change to a task (see EventBus.onChange). */
  onTaskChange(listener: TaskChangeListener): () => void {
    return this.bus.onChange(listener);
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
