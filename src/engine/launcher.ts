import type { SpawnOptions } from "node:child_process";
import { createRequire } from "node:module";
import { create } from "youtube-dl-exec";

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

/** Starts yt-dlp for a URL; the URL always goes after `--`, never among the flags. */
export type Launcher = { run(url: string, flags: Record<string, unknown>): TaskProcess };

/** The argument list yt-dlp gets: youtube-dl-exec's flag spelling, then `-- <url>`. */
export const commandLine = (url: string, flags: Record<string, unknown>) => [...args(flags), "--", url];

/** A fresh yt-dlp process per task (youtube-dl-exec): simple, but each run pays yt-dlp's start-up. */
export function freshLauncher(ytdlpPath: string): Launcher {
  const ytdlp = create(ytdlpPath);
  return {
    run(url, flags) {
      // detached: yt-dlp leads its own process group, so cancel can kill ffmpeg children too.
      // reject: false is tinyspawn's (resolve on a non-zero exit); SpawnOptions does not declare it.
      const child = ytdlp.exec(url, flags, { detached: true, reject: false } as SpawnOptions);
      const listeners: Array<(stream: "stdout" | "stderr", text: string) => void> = [];
      for (const name of ["stdout", "stderr"] as const) {
        // Decoders, not setEncoding: tinyspawn collects the raw Buffers for the exit result.
        const decoder = new TextDecoder();
        child[name]?.on("data", (chunk: Buffer) => {
          const text = decoder.decode(chunk, { stream: true });
          for (const listener of listeners) listener(name, text);
        });
      }
      const exited = (child as unknown as Promise<{ exitCode: number | null; stderr: string }>).then(
        ({ exitCode, stderr }) => ({ exitCode, stderr }),
        (error: Error) => ({ exitCode: null, stderr: "", failure: `could not start yt-dlp: ${error.message}` }),
      );
      return { pid: Promise.resolve(child.pid), onOutput: (listener) => void listeners.push(listener), exited };
    },
  };
}
