import { chmod, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { MARKER, ProgressParser } from "../src/engine/progress.js";
import { ytdlpFlags } from "../src/engine/args.js";
import { freshLauncher } from "../src/engine/launcher.js";
import { DownloadQueue } from "../src/engine/queue.js";
import { errorMessage, runDownload, type RunListener } from "../src/engine/runner.js";
import { formatSpeed } from "../src/schema/download.js";

const dl = (fields: Record<string, unknown>) => `${MARKER}DL ${JSON.stringify(fields)}\n`;

describe("ProgressParser", () => {
  it("keeps progress rising across the two streams of a merged download", () => {
    const parser = new ProgressParser();
    const seen = [
      `${MARKER}META ${JSON.stringify({ title: "t", format_id: "137+140", height: 1080 })}\n`,
      dl({ status: "downloading", downloaded_bytes: 500, total_bytes: 1000 }),
      dl({ status: "finished", downloaded_bytes: 1000, total_bytes: 1000 }),
      dl({ status: "downloading", downloaded_bytes: 0, total_bytes: 200 }),
      dl({ status: "downloading", downloaded_bytes: 100, total_bytes: 200 }),
      dl({ status: "finished", downloaded_bytes: 200, total_bytes: 200 }),
    ].flatMap((chunk) => parser.feed("stdout", chunk));
    const meta = seen.find((r) => r.kind === "metadata");
    expect(meta).toMatchObject({ metadata: { title: "t", formatNote: "1080p", streams: 2 } });
    const progress = seen.flatMap((r) => (r.kind === "progress" ? [r.update] : []));
    expect(progress.map((u) => u.progress)).toEqual([25, 50, 50, 75, 100]);
    expect(progress.at(-1)).toMatchObject({ downloadedBytes: 1200, filesize: 1200, speed: null });
  });

  it("parses records cut across chunks, glued together, and on stderr without a newline", () => {
    const parser = new ProgressParser();
    const record = dl({ status: "downloading", downloaded_bytes: 10, total_bytes: 100 });
    expect(parser.feed("stdout", record.slice(0, 12))).toEqual([]);
    expect(parser.feed("stdout", record.slice(12))).toHaveLength(1);
    const pp = `${MARKER}PP {"status": "started", "postprocessor": "Merger"}${MARKER}PP {"status": "finished", "postprocessor": "Merger"}`;
    expect(parser.feed("stderr", pp)).toEqual([{ kind: "postprocess", postprocessor: "Merger" }]);
  });

  it("skips garbage and trivial postprocessors instead of failing", () => {
    const parser = new ProgressParser();
    const records = parser.feed(
      "stdout",
      `WARNING: something\n${MARKER}DL {not json}\n${MARKER}PP {"status": "started", "postprocessor": "MoveFiles"}\n${MARKER}NOPE {}\n`,
    );
    expect(records).toEqual([]);
  });

  it("reports playlist entries with their own URL, not yt-dlp's smuggled hints", () => {
    const parser = new ProgressParser();
    const entry = { url: "http://h/a.mp4?x=1#__youtubedl_smuggle=%7B%7D", title: "A", playlist_index: 2 };
    const single = { url: "http://h/b.mp4", title: "B" };
    const records = parser.feed("stdout", `${MARKER}ENTRY ${JSON.stringify(entry)}\n${MARKER}ENTRY ${JSON.stringify(single)}\n`);
    expect(records).toEqual([{ kind: "entry", entry: { url: "http://h/a.mp4?x=1", title: "A", index: 2 } }]);
  });
});

describe("ytdlpFlags", () => {
  const dirs = { downloadDir: "/data/downloads", thumbnailDir: "/data/thumbnails" };

  it("makes a playlist entry's own title safe for a file name and for yt-dlp's template", () => {
    const title = "../../etc/%(id)s ünïcødé ".repeat(20);
    const [output] = ytdlpFlags({ ...job, title }, dirs).output as string[];
    const name = output!.replace(`__${job.id}.%(ext)s`, "");
    expect(name).not.toMatch(/[\/\\]/);
    expect(name).not.toMatch(/^\./);
    expect(name.replace(/%%/g, "")).not.toContain("%");
    expect(Buffer.byteLength(name.replace(/%%/g, "%"))).toBeLessThanOrEqual(150);
  });

  it("maps quality to a resolution preference for video and a bitrate for audio", () => {
    expect(ytdlpFlags({ ...job, quality: "720p" }, dirs)).toMatchObject({ formatSort: "res:720" });
    expect(ytdlpFlags({ ...job, downloadType: "audio", quality: "192k" }, dirs)).toMatchObject({
      extractAudio: true,
      audioFormat: "mp3",
      audioQuality: "192K",
    });
  });
});

describe("errorMessage", () => {
  it("keeps yt-dlp's own text: no internal records, no bug-report boilerplate", () => {
    const stderr =
      `${MARKER}PP {"status": "started", "postprocessor": "MoveFiles"}${MARKER}PP {"status": "finished"}` +
      "ERROR: Unable to rename file: [Errno 30] Read-only file system: 'a.mp4'; please report this issue on  " +
      "https://github.com/yt-dlp/yt-dlp/issues?q= , filling out the appropriate issue template. Confirm you are on the latest version using  yt-dlp -U\n";
    expect(errorMessage(stderr, 1)).toBe("Unable to rename file: [Errno 30] Read-only file system: 'a.mp4'");
  });

  it("falls back to the last lines without records, then to the exit code", () => {
    expect(errorMessage(`${MARKER}DL {"status": "downloading"}\nTraceback\nKeyError: 'x'\n`, 1)).toBe("Traceback KeyError: 'x'");
    expect(errorMessage("", 2)).toBe("yt-dlp exited with code 2");
  });
});

describe("formatSpeed", () => {
  it.each([
    [512, "512.0 B/s"],
    [3_200_000, "3.2 MB/s"],
    [1_500_000_000, "1.5 GB/s"],
  ])("%d B/s reads %s", (bytes, text) => expect(formatSpeed(bytes)).toBe(text));
});

/** A stand-in yt-dlp for failures the real one will not produce on demand. */
async function fakeYtdlp(script: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mds-fake-"));
  const bin = path.join(dir, "yt-dlp");
  await writeFile(bin, `#!/bin/sh\n${script}\n`);
  await chmod(bin, 0o755);
  return { dir, bin };
}

const quiet: RunListener = { spawned: () => {}, metadata: () => {}, progress: () => {}, processing: () => {}, thumbnail: () => {} };
const job = { id: "00000000-0000-4000-8000-000000000001", url: "http://127.0.0.1/x", downloadType: "video" as const, quality: "best" };

describe("runDownload with a misbehaving yt-dlp", () => {
  it("reports a crash with no ERROR line as a failure with stderr's tail", async () => {
    const { dir, bin } = await fakeYtdlp(`echo "${MARKER}DL garbage"; echo "Traceback: boom" >&2; exit 3`);
    const result = await runDownload(job, { launcher: freshLauncher({ program: bin }), downloadDir: dir, thumbnailDir: dir }, quiet, new AbortController().signal);
    expect(result).toEqual({ outcome: "failed", message: "Traceback: boom" });
  });

  it("reports a clean exit that produced no file as a failure", async () => {
    const { dir, bin } = await fakeYtdlp("echo 'nothing to see'; exit 0");
    const result = await runDownload(job, { launcher: freshLauncher({ program: bin }), downloadDir: dir, thumbnailDir: dir }, quiet, new AbortController().signal);
    expect(result).toEqual({ outcome: "failed", message: "yt-dlp exited with code 0" });
  });

  it("reports a missing binary clearly", async () => {
    const result = await runDownload(job, { launcher: freshLauncher({ program: "/nonexistent/yt-dlp" }), downloadDir: os.tmpdir(), thumbnailDir: os.tmpdir() }, quiet, new AbortController().signal);
    expect(result.outcome).toBe("failed");
    expect(result.outcome === "failed" && result.message).toMatch(/could not start yt-dlp.*ENOENT/);
  });

  it("never passes the URL as an option: it comes after --", async () => {
    const { dir, bin } = await fakeYtdlp(`for a in "$@"; do echo "$a"; done > "$(dirname "$0")/argv"; exit 1`);
    await runDownload({ ...job, url: "--exec=touch /tmp/pwned" }, { launcher: freshLauncher({ program: bin }), downloadDir: dir, thumbnailDir: dir }, quiet, new AbortController().signal);
    const argv = (await readFile(path.join(dir, "argv"), "utf8")).trim().split("\n");
    expect(argv.at(-2)).toBe("--");
    expect(argv.at(-1)).toBe("--exec=touch /tmp/pwned");
  });
});

describe("DownloadQueue", () => {
  /** A queue over a list of waiting jobs (what the database's claims would hand out), with a stand-in yt-dlp that sleeps. */
  async function sleepingQueue(concurrency: number) {
    const { dir, bin } = await fakeYtdlp("sleep 30");
    const waiting: string[] = [];
    const started: string[] = [];
    const queue = new DownloadQueue(
      { launcher: freshLauncher({ program: bin }), downloadDir: dir, thumbnailDir: dir, concurrency },
      (id) => ({ ...quiet, started: async () => void started.push(id), finished: async () => undefined }),
      async () => {
        const id = waiting.shift();
        return id ? { ...job, id } : undefined;
      },
    );
    const add = (n: number) => {
      waiting.push(`00000000-0000-4000-8000-00000000000${n}`);
      queue.wake();
    };
    return { queue, add, started, waiting };
  }

  it("claims only as many jobs as it has slots, the rest when one frees up", async () => {
    const { queue, add, started, waiting } = await sleepingQueue(2);
    for (const n of [1, 2, 3]) add(n);
    await vi.waitFor(() => expect(started).toHaveLength(2));
    expect(waiting).toHaveLength(1); // still in the database: nobody claimed it
    await queue.cancel(started[0]!);
    await vi.waitFor(() => expect(started).toHaveLength(3));
    await queue.stop();
  });

  it("stops claiming once stopping: a job waiting, or added while stopping, never starts", async () => {
    const { queue, add, started } = await sleepingQueue(1);
    add(1);
    add(2); // waits for the only slot
    await vi.waitFor(() => expect(started).toHaveLength(1));
    const stopped = queue.stop();
    add(3); // arrives while stopping
    await stopped;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started).toEqual(["00000000-0000-4000-8000-000000000001"]);
  });
});
