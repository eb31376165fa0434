import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const INSTALLER = createRequire(import.meta.url).resolve("youtube-dl-exec/scripts/postinstall.js");
const FETCH_TIMEOUT_MS = 120_000;

/** Where the release copy lives in a release folder (youtube-dl-exec's own file name). */
export const releaseFile = (dir: string) => path.join(dir, "yt-dlp");

/**
 * The release copy as a file that never changes: Python reads a zip it imported by path, lazily,
 * so a host must never see its file replaced by an update.
 */
export async function pinnedRelease(dir: string, python: string): Promise<{ file: string; version: string } | undefined> {
  if (!existsSync(releaseFile(dir))) return undefined;
  const version = await releaseVersion(python, releaseFile(dir));
  const file = path.join(dir, `yt-dlp-${version}`);
  if (!existsSync(file)) await copyFile(releaseFile(dir), file);
  return { file, version };
}

/** "2023.03.04" or a nightly "2025.01.15.232847" -> the release day; undefined if not a date. */
export function releaseDate(version: string): Date | undefined {
  const match = /^(\d{4})\.(\d{2})\.(\d{2})/.exec(version);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

/** The version a yt-dlp release file reports when Python imports it (the warm engine's way in). */
export async function releaseVersion(python: string, file: string): Promise<string> {
  const { stdout } = await run(python, ["-c", "import sys; sys.path.insert(0, sys.argv[1]); import yt_dlp.version as v; print(v.__version__)", file], { timeout: 30_000 });
  return stdout.trim();
}

/**
 * Fetches the latest release with youtube-dl-exec's installer (it reads the releases API at
 * `releasesUrl`, then downloads the `yt-dlp` asset), checks that Python can import it, and only
 * then moves it into place: a failed or partial download never replaces a working copy.
 */
export async function fetchLatestRelease(
  dir: string,
  releasesUrl: string,
  python: string,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<{ file: string; version: string }> {
  const staging = path.join(dir, `.staging-${process.pid}-${Date.now()}`);
  await mkdir(staging, { recursive: true });
  try {
    const { YOUTUBE_DL_SKIP_DOWNLOAD: _skip, ...env } = process.env;
    await run(process.execPath, [INSTALLER], {
      timeout: timeoutMs,
      env: { ...env, YOUTUBE_DL_HOST: releasesUrl, YOUTUBE_DL_DIR: staging, YOUTUBE_DL_FILENAME: "yt-dlp" },
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`could not fetch the latest yt-dlp from ${releasesUrl}: ${errorLines(error.stderr) || error.message}`);
    });
    await releaseVersion(python, releaseFile(staging)).catch(() => {
      throw new Error("the downloaded yt-dlp does not run (not a yt-dlp release file)");
    });
    await rename(releaseFile(staging), releaseFile(dir)); // engines use pinned copies, never this path
    return (await pinnedRelease(dir, python))!;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The installer's error, e.g. "TypeError: fetch failed; [cause]: Error: getaddrinfo ENOTFOUND api.github.com". */
const errorLines = (stderr = "") =>
  stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^(\[cause\]: )?\w*Error: /.test(line))
    .join("; ");
