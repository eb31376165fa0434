import type { Download, TaskPatch } from "./task.js";

import { isFinishedStatus, isRunningStatus } from "./vocabulary.js";

export { FINISHED_STATUSES, RUNNING_STATUSES, type DownloadStatus } from "./vocabulary.js";
export const isFinished = (row: Download) => isFinishedStatus(row.status);
export const isRunning = (row: Download) => isRunningStatus(row.status);

/** What a task looks like when it (re)enters the queue. */
export const FRESH: TaskPatch = {
  status: "pending",
  attempt: 0,
  nextAttemptAt: null,
  errorKind: null,
  lastError: "",
  progress: 0,
  downloadedBytes: 0,
  speedBytes: null,
  etaSeconds: null,
  errorMessage: "",
  startedAt: null,
  completedAt: null,
  pid: null,
};

/** What no longer applies once a task stops moving bytes. */
export const IDLE: TaskPatch = { speedBytes: null, etaSeconds: null, pid: null };

/** What a task's row says once no instance holds it. */
export const RELEASED = { lockedBy: null, lockedAt: null } satisfies TaskPatch;

/** A running task put back in the queue, unheld, to resume from its partial file. */
export const REQUEUED: TaskPatch = { ...IDLE, ...RELEASED, status: "pending" };

/** A task as submitted, before its job has run: the model's defaults (prisma/schema.prisma) plus what was asked. */
export function newTask(
  fields: Pick<Download, "id" | "groupId" | "url" | "quality" | "downloadType"> & Partial<Pick<Download, "options" | "presetId" | "feedId" | "requestedBy">>,
  now = new Date(),
): Download {
  return {
    options: "{}",
    presetId: null,
    feedId: null,
    sourceKey: null,
    priority: 0,
    requestedBy: null,
    ...fields,
    ...FRESH,
    title: fields.url,
    thumbnail: "",
    thumbnailPath: null,
    status: "pending",
    filesize: 0,
    formatNote: "",
    isPlaylist: false,
    playlistIndex: 0,
    playlistTotal: 1,
    filename: "",
    filepath: null,
    playlistTitle: "",
    files: "[]",
    lockedBy: null,
    lockedAt: null,
    createdAt: now,
    updatedAt: now,
  } as Download;
}
