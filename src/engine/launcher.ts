import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { yieldCpu } from "./process-group.js";

// youtube-dl-exec's own flag spelling (dargs), exported at run time but not in its types.
const { args } = createRequire(import.meta.url)("youtube-dl-exec") as { args(flags: Record<string, unknown>): string[] };

/** How a yt-dlp run ended; `failure` when it never ran, `lost` when its host died under it. */
export type Exit = { exitCode: number | null; stderr: string; failure?: string; lost?: boolean };

/** One yt-dlp run, leading its own process group whatever starts it. */
export type TaskProcess = {
  /** The process (and process group) id once it runs; undefined if it could not start. */
  pid: Promise<number | undefined>;
  onOutput(listener: (stream: "stdout" | "stderr", text: string) => void): void;
  exited: Promise<Exit>;
};

/**
 * Starts yt-dlp for a URL; the URL always goes after `--`, never among the flags. `extra`: raw
 * arguments an operator allowed (ALLOW_YTDLP_ARGS), already checked by yt-dlp's parser.
 */
export type Launcher = { run(url: string, flags: Record<string, unknown>, extra?: string[]): TaskProcess };

/** The argument list yt-dlp gets: youtube-dl-exec's flag spelling, the checked raw arguments, then `-- <url>`. */
export const commandLine = (url: string, flags: Record<string, unknown>, extra: string[] = []) => [...args(flags), ...extra, "--", url];

// From src/engine or, compiled, dist/engine: the Python files stay in the source tree.
const PYTHON_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "engine", "python");
export const pythonScript = (name: string) => path.join(PYTHON_DIR, name);

/** What a yt-dlp run may connect to: python/url_guard.py enforces it inside the run. */
export type AddressGuard = { allowPrivate: boolean; allow: string[] };

/**
 * Python flags for every Python the server starts: no user site-packages (-s) and no PYTHON*
 * variables (-E), so a file a download could leave in a home folder is never imported.
 */
export const ISOLATED_PYTHON = ["-s", "-E"];

/**
 * The folders and files a run may write (python/child_safety.py refuses any other write): the
 * folders its `paths` flags name and its cookies copy. A run given neither may write nothing.
 */
export function writableOf(flags: Record<string, unknown>): string[] {
  const paths = ([] as unknown[]).concat(flags.paths ?? []).map((p) => String(p).replace(/^[a-z_]+:/, ""));
  return [...paths, ...(typeof flags.cookies === "string" ? [flags.cookies] : [])];
}

/** How a fresh yt-dlp is started: `program` with `prefix` (made for each run's flags) before yt-dlp's own arguments. */
export type FreshCommand = { program: string; prefix?: (flags: Record<string, unknown>) => string[] };

/** A fresh yt-dlp process per task: simple, but each run pays yt-dlp's start-up. */
export function freshLauncher({ program, prefix = () => [] }: FreshCommand): Launcher {
  return {
    run(url, flags, extra) {
      // detached: yt-dlp leads its own process group, so cancel can kill ffmpeg children too.
      const child = spawn(program, [...prefix(flags), ...commandLine(url, flags, extra)], { detached: true, stdio: ["ignore", "pipe", "pipe"] });
      const listeners: Array<(stream: "stdout" | "stderr", text: string) => void> = [];
      let stderr = "";
      for (const name of ["stdout", "stderr"] as const) {
        child[name].setEncoding("utf8").on("data", (text: string) => {
          if (name === "stderr") stderr += text;
          for (const listener of listeners) listener(name, text);
        });
      }
      const exited = new Promise<Exit>((resolve) => {
        child.once("error", (error) => resolve({ exitCode: null, stderr, failure: `could not start yt-dlp: ${error.message}` }));
        child.once("close", (exitCode) => resolve({ exitCode, stderr }));
      });
      const pid = new Promise<number | undefined>((resolve) => {
        child.once("spawn", () => {
          yieldCpu(child.pid);
          resolve(child.pid);
        });
        child.once("error", () => resolve(undefined));
      });
      return { pid, onOutput: (listener) => void listeners.push(listener), exited };
    },
  };
}

/** A fresh yt-dlp run through python/fresh.py, with the warm children's guard and safe file names. */
export const guardedFresh = (python: string, ytdlp: string | undefined, guard: AddressGuard): FreshCommand => ({
  program: python,
  prefix: (flags) => [...ISOLATED_PYTHON, pythonScript("fresh.py"), JSON.stringify({ ...guard, writable: writableOf(flags) }), ytdlp ?? "", "--"],
});
