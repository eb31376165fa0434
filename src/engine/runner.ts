import { execFile, type SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { promisify } from "node:util";
import { create } from "youtube-dl-exec";
import { AUDIO_FORMAT, fileTag, ytdlpFlags, type JobSpec, type ToolPaths } from "./args.js";
import { describeFile } from "./probe.js";
import { MARKER, ProgressParser, type Metadata, type PlaylistEntry, type ProgressUpdate } from "./progress.js";

export type RunnerOptions = ToolPaths & { ytdlpPath: string };

export type RunListener = {
  spawned(pid: number): void;
  metadata(metadata: Metadata): void;
  progress(update: ProgressUpdate): void;
  processing(postprocessor: string): void;
};

export type RunResult =
  | {
      outcome: "completed";
      filepath: string;
      filename: string;
      filesize: number;
      formatNote?: string;
      thumbnailPath?: string;
    }
  /** The URL is a playlist: nothing was downloaded, these entries were listed. */
  | { outcome: "playlist"; entries: PlaylistEntry[] }
  | { outcome: "failed"; message: string }
  | { outcome: "cancelled" }
  /** Stopped by a server shutdown: partial files are kept so the next start can resume. */
  | { outcome: "interrupted" };

export const SHUTDOWN = "shutdown";

const KILL_GRACE_MS = 2000;

/** Runs one yt-dlp process for a job, reporting what it prints, until it exits or is aborted. */
export async function runDownload(
  job: JobSpec,
  options: RunnerOptions,
  listener: RunListener,
  signal: AbortSignal,
): Promise<RunResult> {
  if (signal.aborted) return { outcome: "cancelled" }; // cancelled between queue and start
  const ytdlp = create(options.ytdlpPath);
  const parser = new ProgressParser();
  let filepath: string | undefined;
  const entries: PlaylistEntry[] = [];
  const handle = (records: ReturnType<ProgressParser["feed"]>) => {
    for (const record of records) {
      if (record.kind === "entry") entries.push(record.entry);
      else if (record.kind === "metadata") listener.metadata(forJob(job, record.metadata));
      else if (record.kind === "progress") listener.progress(record.update);
      else if (record.kind === "postprocess") listener.processing(record.postprocessor);
      else filepath = record.filepath;
    }
  };

  // detached: yt-dlp leads its own process group, so cancel can kill ffmpeg children too.
  // reject: false is tinyspawn's (resolve on a non-zero exit); SpawnOptions does not declare it.
  const spawnOptions = { detached: true, reject: false } as SpawnOptions;
  const child = ytdlp.exec(job.url, ytdlpFlags(job, options), spawnOptions);
  // Decoders, not setEncoding: tinyspawn collects the raw Buffers for the exit result.
  for (const name of ["stdout", "stderr"] as const) {
    const decoder = new StringDecoder("utf8");
    child[name]?.on("data", (chunk: Buffer) => handle(parser.feed(name, decoder.write(chunk))));
  }
  if (child.pid) listener.spawned(child.pid);
  const onAbort = () => killTree(child.pid);
  signal.addEventListener("abort", onAbort, { once: true });
  let exit: { exitCode: number | null; stderr: string };
  try {
    exit = (await child) as unknown as { exitCode: number | null; stderr: string };
  } catch (error) {
    return { outcome: "failed", message: `could not start yt-dlp: ${(error as Error).message}` };
  } finally {
    signal.removeEventListener("abort", onAbort);
  }

  if (signal.aborted) await groupGone(child.pid); // ffmpeg may outlive yt-dlp by a moment
  if (signal.aborted && signal.reason === SHUTDOWN) return { outcome: "interrupted" };
  if (signal.aborted) {
    await removeJobFiles(options, job.id);
    return { outcome: "cancelled" };
  }
  if (exit.exitCode === 0 && entries.length > 0) return { outcome: "playlist", entries };
  if (exit.exitCode !== 0 || !filepath) {
    return { outcome: "failed", message: errorMessage(exit.stderr, exit.exitCode) };
  }
  const [{ size }, formatNote, thumbnailPath] = await Promise.all([
    stat(filepath),
    describeFile(filepath, options.ffmpegPath),
    findJobFile(options.thumbnailDir, job.id),
  ]);
  return { outcome: "completed", filepath, filename: path.basename(filepath), filesize: size, formatNote, thumbnailPath };
}

/** Audio extraction changes what the file is: say so instead of the source format. */
function forJob(job: JobSpec, metadata: Metadata): Metadata {
  if (job.downloadType !== "audio") return metadata;
  const note = job.quality === "best" ? AUDIO_FORMAT : `${AUDIO_FORMAT} ${job.quality}`;
  return { ...metadata, formatNote: note };
}

/** yt-dlp's version, or an error saying how to get one. */
export async function ytdlpVersion(ytdlpPath: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(ytdlpPath, ["--version"]);
    return stdout.trim();
  } catch {
    throw new Error(
      `yt-dlp not found at YTDLP_PATH=${ytdlpPath}: install it (apt-get install yt-dlp) or point YTDLP_PATH at one`,
    );
  }
}

/** Kills a yt-dlp left running by a crashed server, if `pid` still is that job's process. */
export function killOrphan(pid: number, jobId: string): void {
  let commandLine = "";
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return; // gone
  }
  if (!commandLine.includes(jobId)) return; // the pid was reused by another process
  signalGroup(pid, "SIGKILL");
}

/** Signals a whole process group; false when none of it is left. Signal 0 only checks. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function killTree(pid: number | undefined): void {
  if (!pid) return;
  signalGroup(pid, "SIGTERM");
  setTimeout(() => signalGroup(pid, "SIGKILL"), KILL_GRACE_MS).unref();
}

/** Resolves once no process of the group is left (killTree ends with SIGKILL, so this ends). */
async function groupGone(pid: number | undefined): Promise<void> {
  while (pid && signalGroup(pid, 0)) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** Removes every file of a job (partials, fragments, thumbnail); ids are UUIDs, so the match is exact. */
export async function removeJobFiles(dirs: ToolPaths, id: string): Promise<void> {
  const inDir = async (dir: string, mine: (name: string) => boolean) => {
    const names = (await readdir(dir).catch(() => [] as string[])).filter(mine);
    await Promise.all(names.map((name) => rm(path.join(dir, name), { force: true })));
  };
  await inDir(dirs.downloadDir, (name) => name.includes(fileTag(id)));
  await inDir(dirs.thumbnailDir, (name) => isThumbnailOf(id, name));
}

/** Thumbnails are saved as "{id}.{ext}" (see the thumbnail output template in args.ts). */
const isThumbnailOf = (id: string, name: string) => name.startsWith(`${id}.`);

/** The thumbnail yt-dlp saved as "{id}.{ext}" (jpg when conversion worked). */
async function findJobFile(dir: string, id: string): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const name = names.find((n) => isThumbnailOf(id, n) && !n.endsWith(".part"));
  return name && path.join(dir, name);
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
