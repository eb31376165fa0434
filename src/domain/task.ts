import { isDownloadType, isStatus, type DownloadStatus, type DownloadType, type FileKind } from "./vocabulary.js";

/** One file of a finished task; `name` is its path relative to the download folder. */
export type TaskFile = { name: string; kind: FileKind; size: number };

/** One download task: one item, or one entry of a playlist (the Download model of prisma/schema.prisma, which store/ checks it against). */
export type Download = {
  id: string;
  url: string;
  title: string;
  thumbnail: string;
  thumbnailPath: string | null;
  status: string;
  progress: number;
  speedBytes: number | null;
  etaSeconds: number | null;
  filesize: number;
  downloadedBytes: number;
  formatNote: string;
  isPlaylist: boolean;
  playlistIndex: number;
  playlistTotal: number;
  groupId: string;
  filename: string;
  filepath: string | null;
  pid: number | null;
  quality: string;
  downloadType: string;
  errorMessage: string;
  createdAt: Date;
  updatedAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  lockedBy: string | null;
  lockedAt: Date | null;
  /** The options it runs with (domain/options.ts) as JSON: a snapshot, whatever its preset becomes. */
  options: string;
  /** The preset it was queued with, if any (its cookies are used while it exists). */
  presetId: string | null;
  /** The playlist a listed entry came from; "" otherwise. */
  playlistTitle: string;
  /** Its files once completed (TaskFile[] as JSON). */
  files: string;
  /** The feed that queued it, if one did. */
  feedId: string | null;
  /** The video it downloaded, "{extractor}:{id}" as yt-dlp names it (once completed). */
  sourceKey: string | null;
  /** Runs started since it was queued or retried by a person. */
  attempt: number;
  /** When a transient failure's automatic retry may run. */
  nextAttemptAt: Date | null;
  /** transient, permanent or unknown, once a run failed (domain/failure-kinds.ts). */
  errorKind: string | null;
  /** The last run's error, also while it waits for its retry. */
  lastError: string;
  /** Claimed before tasks of a lower priority. */
  priority: number;
  /** Whose budget it counts against (security/rate-limit.ts): the caller's key; null for a feed's own tasks. */
  requestedBy: string | null;
};

/** A change to a task's fields. */
export type TaskPatch = Partial<Omit<Download, "id" | "createdAt">>;

/** A stored value outside the vocabulary: the row was written by something else, or by a newer version. */
export class CorruptTaskError extends Error {}

/**
 * Checks a task as read from the database: a status or download type outside the vocabulary
 * is an error naming the task and the value, never a silent default. Partial rows (a select of
 * a few columns) are checked for the columns they have.
 */
export function checkedTask<T>(row: T): T {
  const task = row as { id?: unknown; status?: unknown; downloadType?: unknown };
  if (typeof task.status === "string") statusOf(task as { id: string; status: string });
  if (typeof task.downloadType === "string") downloadTypeOf(task as { id: string; downloadType: string });
  return row;
}

/** Checks whatever a model operation returned: one row, a list of rows, or something else (a count). */
export function checkedResult<T>(result: T): T {
  if (Array.isArray(result)) result.forEach(checkedTask);
  else if (result !== null && typeof result === "object") checkedTask(result);
  return result;
}

/** A task's download type, checked: an unknown one is an error, not a video. */
export function downloadTypeOf(row: { id: string; downloadType: string }): DownloadType {
  if (isDownloadType(row.downloadType)) return row.downloadType;
  throw new CorruptTaskError(`task ${row.id}: unknown download type "${row.downloadType}" in the database`);
}

/** A task's files as stored; an unreadable value is none. */
export function filesOf(row: { files: string }): TaskFile[] {
  try {
    const files = JSON.parse(row.files) as unknown;
    return Array.isArray(files) ? (files as TaskFile[]) : [];
  } catch {
    return [];
  }
}

/** A task's status, checked like its download type. */
export function statusOf(row: { id: string; status: string }): DownloadStatus {
  if (isStatus(row.status)) return row.status;
  throw new CorruptTaskError(`task ${row.id}: unknown status "${row.status}" in the database`);
}
