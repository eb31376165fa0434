import { ConflictError } from "../domain/errors.js";
import type { Download } from "../domain/task.js";
import type { SettingStore } from "../store/settings.js";
import type { TaskStore } from "../store/tasks.js";

const PAUSED = "queuePaused";

/**
 * What a person steers the queue with: pausing it (running tasks finish, nothing new starts; a
 * setting in the database, so every instance and every restart obeys it: claims read it in the
 * same statement) and moving a queued task to the front.
 */
export class QueueControl {
  constructor(
    private readonly settings: SettingStore,
    private readonly tasks: TaskStore,
    /** Lets idle slots claim again (after a resume). */
    private readonly wake: () => void,
  ) {}

  async paused(): Promise<boolean> {
    return (await this.settings.get(PAUSED)) === "true";
  }

  async pause(): Promise<void> {
    await this.settings.set(PAUSED, "true");
  }

  /** Other instances start claiming again at their next sweep (LEASE_MS / 2) or the next task event. */
  async resume(): Promise<void> {
    await this.settings.set(PAUSED, "false");
    this.wake();
  }

  /** Puts a queued task before every other. */
  async prioritize(row: Download): Promise<Download> {
    const moved = await this.tasks.prioritize(row.id);
    if (!moved) throw new ConflictError(`download ${row.id} is ${row.status === "pending" ? "being started" : row.status}; only queued downloads can be moved to the front`);
    this.wake();
    return moved;
  }
}
