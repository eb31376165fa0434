import { randomUUID } from "node:crypto";
import { InputError, StorageFullError } from "../domain/errors.js";
import type { Download } from "../domain/task.js";
import { newTask } from "../domain/task-states.js";
import type { EventBus } from "../events/bus.js";
import type { AddressPolicy } from "../security/url-guard.js";
import { isStorageFull, type SpaceCheck } from "../store/disk-space.js";
import type { TaskStore } from "../store/tasks.js";
import { validateNewDownload, type NewDownload } from "./validation.js";

/** What queueing needs: the store, the bus to tell, the address policy, the disk check, and a way to wake the queue. */
export type SubmissionDeps = { tasks: TaskStore; bus: EventBus; policy: AddressPolicy; space: SpaceCheck; wake(): void };

/** Tasks inserted per statement by queueAll. */
const QUEUE_SLICE = 500;

/** New tasks: checked, stored, announced, and the queue woken for them. */
export class Submissions {
  /** The last createdAt given: each new task gets a later one, so a batch keeps the order it was sent in. */
  private lastCreated = 0;

  constructor(private readonly deps: SubmissionDeps) {}

  private nextCreatedAt(): Date {
    this.lastCreated = Math.max(Date.now(), this.lastCreated + 1);
    return new Date(this.lastCreated);
  }

  /**
   * Queues URLs, all or none: every one is checked before any is stored, and with several an
   * error names the input at fault (`inputs.2.url`). A playlist becomes one task per entry when its job runs.
   */
  async add(inputs: NewDownload[]): Promise<Download[]> {
    const valid = await Promise.all(
      inputs.map((input, index) =>
        validateNewDownload(input, this.deps.policy).catch((error: unknown) => {
          throw inputs.length > 1 && error instanceof InputError ? error.within(`inputs.${index}`) : error;
        }),
      ),
    );
    if (await this.deps.space.full()) throw new StorageFullError(); // it could not be downloaded anyway
    const rows = valid.map((input) => {
      const id = randomUUID();
      const { url, quality, downloadType, options, presetId, requestedBy } = input;
      const fields = { id, groupId: id, url, quality, downloadType, options: JSON.stringify(options ?? {}), presetId: presetId ?? null, requestedBy: requestedBy ?? null };
      return newTask(fields, this.nextCreatedAt());
    });
    if (rows.length > 1) {
      await this.queueAll(rows);
      return rows;
    }
    await this.deps.tasks.insert(rows[0]!).catch((error: unknown) => {
      throw isStorageFull(error) ? new StorageFullError() : error;
    });
    this.deps.bus.publish({ kind: "added", download: rows[0]! });
    this.deps.wake();
    return rows;
  }

  /**
   * Queues tasks built elsewhere (a feed's new entries, see feeds/checks.ts), a slice per
   * statement; each is published as added.
   */
  async queueAll(rows: Download[]): Promise<void> {
    if (rows.length === 0) return;
    if (await this.deps.space.full()) throw new StorageFullError();
    for (let at = 0; at < rows.length; at += QUEUE_SLICE) await this.deps.tasks.insertEntries(rows.slice(at, at + QUEUE_SLICE));
    for (const row of rows) this.deps.bus.publish({ kind: "added", download: row });
    this.deps.wake();
  }
}
