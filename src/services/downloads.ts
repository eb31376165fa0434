import { randomUUID } from "node:crypto";
import type { Config } from "../config.js";
import type { JobSpec } from "../engine/args.js";
import { DownloadQueue, type JobObserver } from "../engine/queue.js";
import type { Download, Prisma, PrismaClient } from "../generated/prisma/client.js";
import { Repeater } from "@repeaterjs/repeater";
import { stamp, type DownloadEvent, type EventBus } from "./events.js";
import { LiveTasks } from "./live-tasks.js";
import { NotFoundError } from "./errors.js";
import { validateNewDownload, type NewDownload } from "./validation.js";

export type DownloadStatus = "pending" | "downloading" | "processing" | "completed" | "error" | "cancelled";
export const FINISHED_STATUSES: DownloadStatus[] = ["completed", "error", "cancelled"];
const RUNNING_STATUSES: DownloadStatus[] = ["downloading", "processing"];

export type ListFilter = {
  status?: DownloadStatus[];
  downloadType?: string;
  newestFirst?: boolean;
  limit?: number;
  offset?: number;
};

/** Prisma's select/include from the GraphQL layer, passed through untouched. */
type Query = { select?: Prisma.DownloadSelect; include?: never };

/** The one place that changes tasks: the database row, the live state and the engine move together. */
export class DownloadService {
  private readonly queue: DownloadQueue;
  private readonly live: LiveTasks;

  constructor(
    private readonly db: PrismaClient,
    readonly bus: EventBus,
    config: Config,
  ) {
    this.live = new LiveTasks(db, bus, {
      publishMs: config.progressIntervalMs,
      writeMs: config.dbWriteIntervalMs,
    });
    this.queue = new DownloadQueue(
      {
        concurrency: config.maxConcurrentDownloads,
        downloadDir: config.downloadDir,
        ytdlpPath: config.ytdlpPath,
        ffmpegPath: config.ffmpegPath,
      },
      (id) => this.observer(id),
    );
  }

  /** Queues what a crash or a stop left unfinished, oldest first: interrupted tasks resume. */
  async resume(): Promise<void> {
    await this.db.download.updateMany({
      where: { status: { in: RUNNING_STATUSES } },
      data: { status: "pending", speedBytes: null, etaSeconds: null },
    });
    const pending = await this.db.download.findMany({
      where: { status: "pending" },
      orderBy: { createdAt: "asc" },
    });
    for (const row of pending) this.queue.enqueue(jobOf(row));
  }

  /** Stops the engine; running tasks keep their partial files and resume at the next start. */
  async stop(): Promise<void> {
    await this.queue.stop();
    await this.live.flushAll();
  }

  async add(input: NewDownload): Promise<Download[]> {
    const valid = validateNewDownload(input);
    const id = randomUUID();
    const row = await this.db.download.create({
      data: {
        id,
        groupId: id,
        url: valid.url,
        title: valid.url,
        quality: valid.quality,
        downloadType: valid.downloadType,
      },
    });
    this.bus.publish({ kind: "added", download: row });
    this.queue.enqueue(jobOf(row));
    return [row];
  }

  async list(filter: ListFilter, query: Query = {}): Promise<Download[]> {
    const rows = await this.db.download.findMany({
      ...query,
      where: {
        ...(filter.status ? { status: { in: filter.status } } : {}),
        ...(filter.downloadType ? { downloadType: filter.downloadType } : {}),
      },
      orderBy: [{ createdAt: filter.newestFirst ? "desc" : "asc" }, { playlistIndex: "asc" }],
      take: filter.limit,
      skip: filter.offset,
    });
    return rows.map((row) => this.live.overlay(row as Download));
  }

  async get(id: string, query: Query = {}): Promise<Download | null> {
    const row = await this.db.download.findUnique({ ...query, where: { id } });
    return row && this.live.overlay(row as Download);
  }

  /**
   * Events for one task (`id`) or all, starting with a snapshot of the current state: the task,
   * or every running task. Events that happen while the snapshot is read are held back and
   * follow it, so nothing is lost and nothing stale comes after the snapshot.
   */
  watch(id?: string): AsyncIterable<DownloadEvent> {
    return new Repeater<DownloadEvent>(async (push, stop) => {
      const held: DownloadEvent[] = [];
      let live = false;
      const off = this.bus.on((event) => {
        if (id && event.download.id !== id) return;
        if (live) void push(event);
        else held.push(event);
      });
      const current = id ? [this.live.get(id) ?? (await this.get(id))] : this.live.activeRows();
      for (const download of current) if (download) void push(stamp({ kind: "snapshot", download }));
      for (const event of held) void push(event);
      live = true;
      await stop;
      off();
    });
  }

  async require(id: string): Promise<Download> {
    const row = await this.get(id);
    if (!row) throw new NotFoundError(`no download with id ${id}`);
    return row;
  }

  private observer(id: string): JobObserver {
    const live = this.live;
    return {
      started: async () => {
        const row = await this.db.download.findUnique({ where: { id } });
        if (!row || row.status !== "pending") return false; // removed or cancelled meanwhile
        live.track(row);
        await live.status(id, { status: "downloading", startedAt: new Date(), errorMessage: "" });
        return true;
      },
      metadata: (m) =>
        live.progress(id, {
          ...(m.title ? { title: m.title } : {}),
          ...(m.thumbnail ? { thumbnail: m.thumbnail } : {}),
          ...(m.filesize ? { filesize: m.filesize } : {}),
          formatNote: m.formatNote,
        }),
      progress: (u) =>
        live.progress(id, {
          progress: u.progress,
          downloadedBytes: u.downloadedBytes,
          filesize: u.filesize,
          speedBytes: u.speed,
          etaSeconds: u.eta,
        }),
      processing: () => void live.status(id, { status: "processing", speedBytes: null, etaSeconds: null }),
      finished: (result) => {
        const idle = { speedBytes: null, etaSeconds: null };
        if (result.outcome === "completed") {
          void live.status(
            id,
            {
              ...idle,
              status: "completed",
              progress: 100,
              filename: result.filename,
              filesize: result.filesize,
              downloadedBytes: result.filesize,
              ...(result.formatNote ? { formatNote: result.formatNote } : {}),
              completedAt: new Date(),
            },
            true,
          );
        } else if (result.outcome === "failed") {
          void live.status(id, { ...idle, status: "error", errorMessage: result.message }, true);
        } else if (result.outcome === "cancelled") {
          void live.status(id, { ...idle, status: "cancelled" }, true);
        }
      },
    };
  }
}

function jobOf(row: Download): JobSpec {
  return {
    id: row.id,
    url: row.url,
    downloadType: row.downloadType === "audio" ? "audio" : "video",
    quality: row.quality,
  };
}
