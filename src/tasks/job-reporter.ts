import { randomUUID } from "node:crypto";
import type { JobSpec } from "../engine/args.js";
import type { PlaylistEntry } from "../engine/progress.js";
import type { JobObserver } from "../engine/queue.js";
import type { RunResult } from "../engine/runner.js";
import type { Download, TaskPatch } from "../domain/task.js";
import type { EventBus } from "../events/bus.js";
import type { LiveTasks } from "./live-tasks.js";
import type { Leases } from "../cluster/leases.js";
import type { TaskStore } from "../store/tasks.js";
import { downloadTypeOf } from "../domain/task.js";
import { parseOptions } from "../domain/options.js";
import { failureKind } from "../domain/failure-kinds.js";
import { FRESH, IDLE, RELEASED, REQUEUED, type DownloadStatus } from "../domain/task-states.js";
import type { AddressPolicy } from "../security/url-guard.js";
import { checkFetchableUrl, withoutCredentials } from "./validation.js";
import type { TaskBudget } from "../security/rate-limit.js";

/** Turns what the engine reports about a job into task changes: live state, events and rows. */
export class JobReporter {
  constructor(
    private readonly tasks: TaskStore,
    private readonly live: LiveTasks,
    private readonly bus: EventBus,
    /** There is a pending task (requeued, or a playlist's new entries): idle slots claim it. */
    private readonly wake: () => void,
    private readonly addresses: AddressPolicy,
    private readonly leases: Leases,
    /** Stops a job: `keepFiles` for another instance to resume it, else as a cancel. */
    private readonly stopJob: (id: string, keepFiles: boolean) => Promise<void>,
    /** Transient failures are retried by themselves: runs in all, and the first wait (doubling). */
    private readonly retry: { attempts: number; baseSeconds: number },
    /** A playlist's entries count against the budget of whoever added it. */
    private readonly budget: TaskBudget,
  ) {}

  /** Stops renewing the lease of each running task, by task id. */
  private readonly holds = new Map<string, () => void>();
  /** Tasks claimed whose job has not started yet, by id. */
  private readonly claimedRows = new Map<string, Download>();
  /** Running tasks whose row no longer names this instance: stopped without writing anything. */
  private readonly lost = new Set<string>();

  /** A task this instance just claimed (its job starts next). */
  claimed(row: Download): void {
    this.claimedRows.set(row.id, row);
  }

  observe(id: string): JobObserver {
    const live = this.live;
    // Pending until yt-dlp says what it fetches: a playlist is only listed, and becomes its entries without seeming to run.
    // Then downloading while bytes move, processing while a postprocessor runs (some run before the download).
    let reported: DownloadStatus = "pending";
    const report = (status: DownloadStatus) => {
      if (reported === status) return;
      reported = status;
      void live.status(id, status === "processing" ? { ...IDLE, status } : { status });
    };
    return {
      started: async () => {
        const row = this.claimedRows.get(id)!;
        live.track(row);
        this.claimedRows.delete(id);
        this.holds.set(id, this.leases.hold(id, () => void this.stopLost(id)));
        live.persist(id, { startedAt: new Date(), errorMessage: "", nextAttemptAt: null, attempt: row.attempt + 1 });
      },
      spawned: (pid) => live.persist(id, { pid }),
      metadata: (m) => {
        report("downloading");
        live.progress(id, {
          ...(m.title && live.get(id)?.title === live.get(id)?.url ? { title: m.title } : {}),
          ...(m.thumbnail ? { thumbnail: m.thumbnail } : {}),
          ...(m.filesize ? { filesize: m.filesize } : {}),
          ...(m.destination ? { filepath: m.destination } : {}), // where its partial files are, should it be removed
          formatNote: m.formatNote,
        });
      },
      progress: (u) => {
        report("downloading");
        live.progress(id, {
          progress: u.progress,
          downloadedBytes: u.downloadedBytes,
          filesize: u.filesize,
          speedBytes: u.speed,
          etaSeconds: u.eta,
        });
      },
      processing: () => report("processing"),
      thumbnail: (thumbnailPath) => live.progress(id, { thumbnailPath }),
      finished: (result) => this.finish(id, result),
    };
  }

  /** Another instance cancelled or removed the task (its row says so) or took it over (its partial file stays). */
  private async stopLost(id: string): Promise<void> {
    this.lost.add(id);
    const row = await this.tasks.get(id);
    await this.stopJob(id, row !== null && row.status !== "cancelled");
  }

  private async finish(id: string, result: RunResult): Promise<void> {
    this.holds.get(id)?.();
    this.holds.delete(id);
    if (this.lost.delete(id)) return this.live.forget(id);
    const done = (patch: TaskPatch) => this.live.status(id, { ...IDLE, ...RELEASED, ...patch }, true);
    switch (result.outcome) {
      case "completed":
        await done({
          status: "completed",
          progress: 100,
          filename: result.filename,
          filepath: result.filepath,
          filesize: result.filesize,
          downloadedBytes: result.filesize,
          completedAt: new Date(),
          ...(result.formatNote ? { formatNote: result.formatNote } : {}),
          thumbnailPath: result.thumbnailPath ?? null, // one shown while downloading may have been embedded and removed since
          files: JSON.stringify(result.files),
          errorKind: null,
          lastError: "",
          ...(result.sourceKey ? { sourceKey: result.sourceKey } : {}),
        });
        return;
      case "failed":
        await this.failed(id, result.message, done);
        return;
      case "cancelled":
        await done({ status: "cancelled", thumbnailPath: null }); // the runner removed its files
        return;
      case "playlist":
        await this.expand(id, result.entries);
        return;
      case "interrupted":
        return; // shutdown: the row stays as it is and resumes at the next start (or on another instance once its lease expires)
      case "lost": {
        // Its host died: queued again at once, it resumes from its partial file.
        if (await this.live.status(id, REQUEUED, true)) this.wake();
        return;
      }
    }
  }

  /**
   * A failed run: a transient failure goes back to the queue, resuming from its partial file, to
   * run again after a wait that doubles (while runs are left); anything else ends in error.
   */
  private async failed(id: string, message: string, done: (patch: TaskPatch) => Promise<Download | undefined>): Promise<void> {
    const kind = failureKind(message);
    const attempt = this.live.get(id)?.attempt ?? 1;
    if (kind !== "transient" || attempt >= this.retry.attempts) {
      await done({ status: "error", errorMessage: message, lastError: message, errorKind: kind, thumbnailPath: null }); // the runner removed the thumbnail
      return;
    }
    const waitMs = this.retry.baseSeconds * 1000 * 2 ** (attempt - 1);
    await done({ status: "pending", errorMessage: "", lastError: message, errorKind: kind, thumbnailPath: null, nextAttemptAt: new Date(Date.now() + waitMs) });
    setTimeout(this.wake, waitMs + 10).unref(); // this instance claims it when due (others sweep)
  }

  /** A submission turned out to be a playlist: it becomes entry 1, and entries 2..N are added. */
  private async expand(id: string, listed: PlaylistEntry[]): Promise<void> {
    const parent = this.live.get(id);
    if (!parent) return;
    const entries = [...listed].sort((a, b) => a.index - b.index);
    const total = entries.length;
    const refused = parent.requestedBy && total > 1 ? this.budget.take(parent.requestedBy, total - 1) : { ok: true as const };
    if (!refused.ok) {
      const message =
        `the playlist has ${total} entries, more than its submitter may add now (MAX_TASKS_PER_MINUTE=${this.budget.perMinute}); ` +
        `retry it in ${refused.retryAfterSeconds} s, or add its entries a few at a time`;
      await this.live.status(id, { ...IDLE, ...RELEASED, status: "error", errorMessage: message, lastError: message, errorKind: "permanent" }, true);
      return;
    }
    // A feed may list internal addresses: each entry passes the same checks as a submitted URL.
    const problems = await Promise.all(entries.map((entry) => this.problemWith(entry.url)));
    const entryFields = (entry: PlaylistEntry, index: number) => {
      const urlProblem = problems[index];
      const url = withoutCredentials(entry.url);
      return {
        url,
        title: entry.title ?? url,
        isPlaylist: true,
        playlistTitle: entry.playlistTitle ?? "",
        playlistIndex: index + 1,
        playlistTotal: total,
        ...(urlProblem ? { status: "error", errorMessage: urlProblem } : {}),
      };
    };
    const siblings = entries.slice(1).map((entry, i) => ({
      ...entryFields(entry, i + 1),
      id: randomUUID(),
      groupId: parent.groupId,
      quality: parent.quality,
      downloadType: parent.downloadType,
      options: parent.options,
      presetId: parent.presetId,
      feedId: parent.feedId,
      createdAt: parent.createdAt, // keeps the group together, ordered by playlistIndex
    }));
    // The submission becomes entry 1 first, so the group never shows it as anything else; then the
    // rest, in slices with reads in between: a long playlist stalls nothing.
    const first = await this.live.status(id, { ...FRESH, ...RELEASED, ...entryFields(entries[0]!, 0) }, true);
    for (let at = 0; at < siblings.length; at += EXPAND_SLICE) {
      // A group cancelled meanwhile (entry 1 is) gets the rest of its entries as cancelled.
      const cancelled = at > 0 && (await this.tasks.get(id))?.status === "cancelled";
      const slice = siblings.slice(at, at + EXPAND_SLICE);
      await this.tasks.insertEntries(cancelled ? slice.map((entry) => ({ ...entry, status: "cancelled" })) : slice);
      await new Promise((resolve) => setImmediate(resolve));
    }
    // By group, not by a list of ids: thousands of ids exceed the database's parameter limit.
    const added = await this.tasks.groupEntriesBesides(parent.groupId, id);
    for (const row of added) this.bus.publish({ kind: "added", download: row });
    if ([first!, ...added].some((row) => row.status === "pending")) this.wake();
  }

  private async problemWith(url: string): Promise<string | undefined> {
    return checkFetchableUrl(url, this.addresses).then(
      () => undefined,
      (error: Error) => error.message,
    );
  }
}


/** Playlist entries inserted per statement. */
const EXPAND_SLICE = 500;

/** The engine's view of a task. A playlist entry's known title names its file; its preset's cookies file (if still there) logs it in. */
export function jobOf(row: Download, cookiesOf: (presetId: string) => string): JobSpec {
  return {
    id: row.id,
    url: row.url,
    downloadType: downloadTypeOf(row),
    quality: row.quality,
    options: parseOptions(row.options),
    ...(row.isPlaylist && row.title !== row.url ? { title: row.title } : {}),
    ...(row.playlistTitle ? { playlistTitle: row.playlistTitle } : {}),
    ...(row.presetId ? { cookiesFile: cookiesOf(row.presetId) } : {}),
  };
}
