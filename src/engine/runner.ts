import { copyFile, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { imageType } from "../security/image-type.js";
import { audioFormatOf, ytdlpFlags, type JobSpec, type RunLimits, type ToolPaths } from "./args.js";
import { filesOf, folderInside } from "./task-files.js";
import { idSuffix, idsInFileName, thumbnailIdOf } from "../domain/file-names.js";
import type { TaskFile } from "../domain/task.js";
import type { Launcher } from "./launcher.js";
import { groupGone, killGroup } from "./process-group.js";
import { describeFile, mp4VideoHeight } from "./probe.js";
import { MARKER, ProgressParser, type Metadata, type PlaylistEntry, type ProgressUpdate } from "./progress.js";

/** `allowYtdlpArgs`: a task's raw yt-dlp arguments are passed on (ALLOW_YTDLP_ARGS); else such a task fails saying why. */
export type RunnerOptions = ToolPaths & RunLimits & { launcher: Launcher; allowYtdlpArgs?: boolean };

export type RunListener = {
  spawned(pid: number): void;
  metadata(metadata: Metadata): void;
  progress(update: ProgressUpdate): void;
  processing(postprocessor: string): void;
  /** The site's thumbnail, saved and checked before the media comes (see checkedThumbnail). */
  thumbnail(thumbnailPath: string): void;
};

export type RunResult =
  | {
      outcome: "completed";
      filepath: string;
      filename: string;
      filesize: number;
      formatNote?: string;
      thumbnailPath?: string;
      /** The media file (or its chapters) and subtitles kept beside it. */
      files: TaskFile[];
      sourceKey?: string;
    }
  /** The URL is a playlist: nothing was downloaded, these entries were listed. */
  | { outcome: "playlist"; entries: PlaylistEntry[] }
  | { outcome: "failed"; message: string }
  | { outcome: "cancelled" }
  /** Stopped by a server shutdown: partial files are kept so the next start can resume. */
  | { outcome: "interrupted" }
  /** The process was lost with the host that ran it: partial files are kept, it can resume now. */
  | { outcome: "lost" };

export const SHUTDOWN = "shutdown";

/** Runs one yt-dlp process for a job, reporting what it prints, until it exits or is aborted. */
export async function runDownload(
  job: JobSpec,
  options: RunnerOptions,
  listener: RunListener,
  signal: AbortSignal,
): Promise<RunResult> {
  if (signal.aborted) return { outcome: "cancelled" }; // cancelled between queue and start
  const rawArgs = job.options?.ytdlpArgs ?? [];
  if (rawArgs.length && !options.allowYtdlpArgs) {
    return { outcome: "failed", message: "this download has raw yt-dlp arguments, and ALLOW_YTDLP_ARGS is not true on this server" };
  }
  await removeThumbnails(options.thumbnailDir, job.id); // what an earlier attempt left is never this one's
  return withCookiesCopy(job.cookiesFile, job.id, (cookiesFile) => runWith({ ...job, cookiesFile }, options, listener, signal, rawArgs));
}

/**
 * Runs `run` with a copy of a preset's cookies made for it (yt-dlp writes its cookie jar back, and
 * runs must not share one), deleted when it ends. No file, or one gone meanwhile: no cookies.
 */
export async function withCookiesCopy<T>(file: string | undefined, runId: string, run: (copy: string | undefined) => Promise<T>): Promise<T> {
  const copy = file && `${file}.run-${runId}`;
  const made = copy ? await copyFile(file, copy).then(() => true, () => false) : false;
  try {
    return await run(made ? copy : undefined);
  } finally {
    if (made) await rm(copy!, { force: true });
  }
}

async function runWith(job: JobSpec, options: RunnerOptions, listener: RunListener, signal: AbortSignal, rawArgs: string[]): Promise<RunResult> {
  const parser = new ProgressParser();
  let filepath: string | undefined;
  let height: number | undefined;
  /** The folder the task's files go to, once yt-dlp has said (a folder template makes it a subfolder). */
  let folder: string | undefined;
  let sourceKey: string | undefined;
  const entries: PlaylistEntry[] = [];
  let thumbnailShown: Promise<unknown> | undefined;
  const run = options.launcher.run(job.url, ytdlpFlags(job, options), rawArgs);
  run.onOutput((stream, text) => {
    for (const record of parser.feed(stream, text)) {
      if (record.kind === "entry") entries.push(record.entry);
      else if (record.kind === "metadata") {
        height = record.metadata.height;
        folder = folderInside(options.downloadDir, record.metadata.destination) ?? folder;
        sourceKey = record.metadata.sourceKey ?? sourceKey;
        listener.metadata(forJob(job, record.metadata));
      }
      else if (record.kind === "progress") {
        // yt-dlp writes the thumbnail before the media: shown while the rest downloads.
        thumbnailShown ??= earlyThumbnail(path.join(options.downloadDir, folder ?? ""), options.thumbnailDir, job.id).then(
          (saved) => saved && listener.thumbnail(saved),
          () => undefined, // no early thumbnail: the end of the run still looks for it
        );
        listener.progress(record.update);
      }
      else if (record.kind === "postprocess") listener.processing(record.postprocessor);
      else filepath = record.filepath;
    }
  });
  const pid = await run.pid;
  if (pid) listener.spawned(pid);
  const onAbort = () => killGroup(pid);
  if (signal.aborted) onAbort();
  signal.addEventListener("abort", onAbort, { once: true });
  const exit = await run.exited.finally(() => signal.removeEventListener("abort", onAbort));
  await thumbnailShown; // it may be renaming the thumbnail that the end of the run looks at
  if (exit.failure) return { outcome: "failed", message: exit.failure };

  if (signal.aborted) await groupGone(pid); // ffmpeg may outlive yt-dlp by a moment
  if (signal.aborted && signal.reason === SHUTDOWN) return { outcome: "interrupted" };
  const withFolder = { ...options, folders: folder ? [folder] : [] };
  if (signal.aborted) {
    await removeJobFiles(withFolder, job.id);
    return { outcome: "cancelled" };
  }
  if (exit.lost) return { outcome: "lost" };
  const max = options.maxPlaylistEntries;
  if (exit.exitCode === 0 && max && entries.length > max) {
    return { outcome: "failed", message: `the playlist has more than ${max} entries (MAX_PLAYLIST_ENTRIES=${max}); add its entries one by one, or raise the limit` };
  }
  if (exit.exitCode === 0 && entries.length > 0) return { outcome: "playlist", entries };
  if (exit.exitCode !== 0 || !filepath) {
    await removeThumbnails(options.thumbnailDir, job.id);
    const message = errorMessage(exit.stderr, exit.exitCode);
    // Out of space: a partial file kept for a resume would keep the disk full and fail the retry at once.
    if (NO_SPACE.test(message)) await removeJobFiles(withFolder, job.id);
    return { outcome: "failed", message: withoutFolders(message, options) };
  }
  if (folderInside(options.downloadDir, filepath) === undefined) {
    await Promise.all([rm(filepath, { force: true }), removeJobFiles(withFolder, job.id)]);
    return { outcome: "failed", message: "yt-dlp wrote the file outside the download folder; it was deleted" };
  }
  const [{ size }, formatNote, thumbnailPath, files] = await Promise.all([
    stat(filepath),
    job.downloadType === "video" ? videoNote(filepath, height, options.ffmpegPath) : describeFile(filepath, options.ffmpegPath),
    checkedThumbnail(options.thumbnailDir, job.id),
    filesOf(options.downloadDir, filepath, job.id),
  ]);
  return { outcome: "completed", filepath, filename: path.basename(filepath), filesize: size, formatNote, thumbnailPath, files, sourceKey };
}

/** "720p": from yt-dlp when it knew the height, else the file's header, else ffprobe (a fifth of a task's CPU). */
async function videoNote(file: string, height: number | undefined, ffmpegPath?: string): Promise<string | undefined> {
  const known = height ?? (await mp4VideoHeight(file));
  return known ? `${known}p` : describeFile(file, ffmpegPath);
}

/** Audio extraction changes what the file is: say so instead of the source format. */
function forJob(job: JobSpec, metadata: Metadata): Metadata {
  if (job.downloadType !== "audio") return metadata;
  const format = audioFormatOf(job);
  const note = job.quality === "best" ? format : `${format} ${job.quality}`;
  return { ...metadata, formatNote: note };
}

/**
 * Removes every file of a job (partials, fragments, subtitles, thumbnail) from the download
 * folder and `folders` (relative to it: where a folder template put them); ids are UUIDs, so the
 * match is exact.
 */
export function removeJobFiles(dirs: ToolPaths & { folders?: string[] }, id: string): Promise<void> {
  return removeFilesOfJobs(dirs, [id]);
}

/** removeJobFiles for many jobs at once: each folder is listed once. */
export async function removeFilesOfJobs(dirs: ToolPaths & { folders?: string[] }, ids: string[]): Promise<void> {
  const wanted = new Set(ids);
  const inDir = async (dir: string, idsIn: (name: string) => string[]) => {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => idsIn(name).some((id) => wanted.has(id)));
    await Promise.all(names.map((name) => rm(path.join(dir, name), { force: true })));
  };
  const folders = new Set(["", ...(dirs.folders ?? [])].map((folder) => path.join(dirs.downloadDir, folder)));
  await Promise.all([...folders].map((dir) => inDir(dir, idsInFileName)));
  await removeThumbnails(dirs.thumbnailDir, ...ids);
}

/** Every thumbnail file of these jobs: none may outlive the attempt that wrote it, nor its task. */
export async function removeThumbnails(dir: string, ...ids: string[]): Promise<void> {
  const wanted = new Set<string | undefined>(ids);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => wanted.has(thumbnailIdOf(n)));
  await Promise.all(names.map((name) => rm(path.join(dir, name), { force: true })));
}

/**
 * The thumbnail yt-dlp saved as "{id}.{ext}", if its bytes are a JPEG, PNG or WebP: named by
 * what it is, so it is served as that. Anything else (an HTML page a site sent as its image) is
 * deleted, as are partial files.
 */
async function checkedThumbnail(dir: string, id: string): Promise<string | undefined> {
  let kept: string | undefined;
  for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => thumbnailIdOf(n) === id)) {
    const file = path.join(dir, name);
    const image = name.endsWith(".part") || kept ? undefined : await imageType(file);
    if (!image) {
      await rm(file, { force: true });
      continue;
    }
    kept = path.join(dir, `${id}.${image.ext}`);
    if (kept !== file) await rename(file, kept);
  }
  return kept;
}

/**
 * yt-dlp keeps the thumbnail beside the media until the run ends ("{title}__{id}.png"), then
 * moves it: a checked copy in the thumbnail folder shows it meanwhile (the move replaces it).
 */
async function earlyThumbnail(mediaDir: string, thumbnailDir: string, id: string): Promise<string | undefined> {
  const name = (await readdir(mediaDir).catch(() => [] as string[])).find((n) => /\.(png|webp|jpe?g)$/i.test(n) && n.slice(0, n.lastIndexOf(".")).endsWith(idSuffix(id)));
  const image = name && (await imageType(path.join(mediaDir, name)));
  if (!image) return undefined;
  const copy = path.join(thumbnailDir, `${id}.${image.ext}`);
  await copyFile(path.join(mediaDir, name), copy);
  return copy;
}

/** How yt-dlp and ffmpeg say the disk is full. */
const NO_SPACE = /No space left on device|Errno 28|ENOSPC|Disk quota exceeded/i;

/** A message without the server's own folders in it: "Permission denied: 'x.part'", never an absolute path. */
function withoutFolders(message: string, dirs: ToolPaths): string {
  return [dirs.downloadDir, dirs.thumbnailDir].reduce((text, dir) => text.split(`${dir}${path.sep}`).join("").split(dir).join(path.basename(dir)), message);
}

/** yt-dlp's last ERROR line, without its prefix or bug-report boilerplate; else the tail of stderr. */
export function errorMessage(stderr: string, exitCode: number | null): string {
  // Postprocess records have no newline, so an ERROR may follow them on the same line.
  const at = stderr.lastIndexOf("ERROR:");
  if (at >= 0) return withoutBoilerplate(stderr.slice(at + "ERROR:".length).split("\n")[0]!.trim());
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l && !l.includes(MARKER));
  return withoutBoilerplate(lines.slice(-3).join(" ")) || `yt-dlp exited with code ${exitCode}`;
}

/** yt-dlp asks users to report bugs upstream; that is not for our users. */
const withoutBoilerplate = (message: string) =>
  message.replace(/;?\s*please report this issue on\s.*$/i, "").replace(/\s*Confirm you are on the latest version.*$/i, "").trim();
