import type { Download, TaskPatch } from "../domain/task.js";
import type { EventBus } from "../events/bus.js";
import { isRunning, RELEASED } from "../domain/task-states.js";
import type { TaskStore } from "../store/tasks.js";


type Tracked = {
  row: Download;
  lastPublish: number;
  lastWrite: number;
  publishTimer?: NodeJS.Timeout;
  writeTimer?: NodeJS.Timeout;
  /** Serialises this task's database writes so they land in order. */
  writes: Promise<boolean>;
  /** A status change being written: later writes carry it, so none lands the old status after it. */
  next?: Download;
};

export type Intervals = { publishMs: number; writeMs: number };

/**
 * The in-memory state of running tasks, ahead of the database. Progress reaches subscribers
 * at most once per `publishMs` and the database once per `writeMs`; a status change goes out
 * at once, cancels any pending tick, and is always written. Tasks other instances run are
 * known from their events, so reads here show their progress too.
 */
export class LiveTasks {
  private readonly tasks = new Map<string, Tracked>();
  /** The latest copy of each task running on another instance. */
  private readonly elsewhere = new Map<string, Download>();
  /** The server is stopping: a final state that cannot be written now is left to the next start (it resumes the task). */
  private stopping = false;

  constructor(
    private readonly store: TaskStore,
    private readonly bus: EventBus,
    private readonly intervals: Intervals,
    /** This instance: a row is written only while it still names it (the lease), never over another's change. */
    private readonly owner: string,
  ) {
    bus.onOthers(({ kind, download }) => {
      if (kind !== "removed" && isRunning(download)) this.elsewhere.set(download.id, download);
      else this.elsewhere.delete(download.id);
    });
    bus.onInterrupted(() => this.elsewhere.clear()); // events were lost: copies may be stale, the next ticks refill it
  }

  /** The freshest copy of a row: the live one while its task runs, here or on another instance. */
  overlay(row: Download): Download {
    const remote = this.elsewhere.get(row.id);
    return this.tasks.get(row.id)?.row ?? (remote && remote.updatedAt > row.updatedAt ? remote : row);
  }

  get(id: string): Download | undefined {
    return this.tasks.get(id)?.row;
  }

  activeRows(): Download[] {
    return [...this.tasks.values()].map((t) => t.row);
  }

  track(row: Download): void {
    if (!this.tasks.has(row.id)) {
      this.tasks.set(row.id, { row, lastPublish: 0, lastWrite: 0, writes: Promise.resolve(true) });
    }
  }

  /** Numbers moved (progress, speed, metadata): throttled for subscribers and the database. */
  progress(id: string, patch: TaskPatch): void {
    const task = this.tasks.get(id);
    if (!task) return;
    task.row = { ...task.row, ...patch, updatedAt: new Date() };
    if (task.next) task.next = { ...task.next, ...patch };
    task.publishTimer ??= this.after(task.lastPublish + this.intervals.publishMs, () => {
      task.publishTimer = undefined;
      task.lastPublish = Date.now();
      this.bus.publish({ kind: "progress", download: task.row });
    });
    task.writeTimer ??= this.after(task.lastWrite + this.intervals.writeMs, () => {
      task.writeTimer = undefined;
      this.write(task);
    });
  }

  /** A state change: published now, written now. `final` ends tracking once written. */
  async status(id: string, patch: TaskPatch, final = false): Promise<Download | undefined> {
    const task = this.tasks.get(id);
    if (!task) return undefined;
    clearTimeout(task.publishTimer);
    clearTimeout(task.writeTimer);
    task.publishTimer = task.writeTimer = undefined;
    const previousStatus = task.row.status;
    const next = { ...task.row, ...patch, updatedAt: new Date() };
    task.next = next;
    task.lastPublish = Date.now();
    // Written before it is shown or published: a read, or a listing filtered by status, never
    // sees a state the database does not have yet. A final state is never dropped: tried again
    // (the task still tracked) until it is written.
    let written = await this.write(task);
    for (let wait = 100; final && !written && !this.stopping; wait = Math.min(wait * 2, 5000)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      written = await this.write(task);
    }
    task.row = { ...task.row, ...patch, updatedAt: next.updatedAt };
    task.next = undefined;
    this.bus.publish({ kind: "status", download: task.row, previousStatus });
    if (final && this.tasks.get(id) === task) this.forget(id); // also drops any tick armed meanwhile
    return task.row;
  }

  /**
   * A status change of a task that may or may not be running here: written, then published. A
   * task not running here changes only if its row is still as read (no instance claimed it
   * meanwhile); undefined if it was not.
   */
  async changeStatus(row: Download, patch: TaskPatch): Promise<Download | undefined> {
    if (this.get(row.id)) return this.status(row.id, patch, true);
    const updated = await this.store.updateIfUnchanged(row, patch);
    if (updated) this.bus.publish({ kind: "status", download: updated, previousStatus: row.status });
    return updated;
  }

  /** A detail that is not news to subscribers (the process id, when a run started): kept and written at once. */
  persist(id: string, patch: TaskPatch): void {
    const task = this.tasks.get(id);
    if (!task) return;
    task.row = { ...task.row, ...patch };
    if (task.next) task.next = { ...task.next, ...patch };
    void this.write(task);
  }

  /** Stops tracking without writing (the row is gone or handed back). */
  forget(id: string): void {
    const task = this.tasks.get(id);
    if (!task) return;
    clearTimeout(task.publishTimer);
    clearTimeout(task.writeTimer);
    this.tasks.delete(id);
  }

  /** Stops trying again: from now on a write that fails is left for the next start. */
  stop(): void {
    this.stopping = true;
  }

  /** Writes every live row (used at shutdown), then stops tracking all of them. */
  async flushAll(): Promise<void> {
    const tasks = [...this.tasks.values()];
    await Promise.all(tasks.map((task) => this.write(task)));
    for (const task of tasks) this.forget(task.row.id);
  }

  /** Writes the row as it is now, after this task's earlier writes; false when the database refused (already retried). */
  private write(task: Tracked, row = task.next ?? task.row): Promise<boolean> {
    task.lastWrite = Date.now();
    const { id, createdAt: _createdAt, updatedAt: _updatedAt, lockedBy, lockedAt: _lockedAt, ...fields } = row;
    // Leases renew the lease; a write carries it only to release it (a stale lockedAt would expire it).
    const data = lockedBy === null ? { ...fields, ...RELEASED } : fields;
    const written = task.writes.then(() => this.store.updateHeld(id, this.owner, data)).then(
      () => true,
      () => false, // a progress write can wait for the next one; status() tries a final one again
    );
    task.writes = written;
    return written;
  }

  private after(at: number, fn: () => void): NodeJS.Timeout {
    return setTimeout(fn, Math.max(0, at - Date.now()));
  }
}
