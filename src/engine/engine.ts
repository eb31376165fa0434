import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { freshLauncher, guardedFresh, ISOLATED_PYTHON, pythonScript, type AddressGuard, type Launcher, type TaskProcess } from "./launcher.js";
import { WarmHost, type ArgsCheck } from "./warm-host.js";
import { fetchLatestRelease, pinnedRelease, releaseDate } from "./ytdlp-release.js";

export type EngineOptions = {
  engine: "warm" | "fresh";
  /** An explicit yt-dlp (binary or release file); undefined: the release copy if any, else the system one. */
  ytdlpPath: string | undefined;
  ytdlpReleaseDir: string;
  ytdlpReleasesUrl: string;
  pythonPath: string;
  ffmpegPath?: string;
  allowPrivateAddresses: boolean;
  /** Private addresses or networks (CIDR) runs may reach even with the guard on. */
  allowAddresses: string[];
  /** The warm host died: a message for the error log. */
  onHostDied?: (message: string) => void;
};

/** Which yt-dlp runs new tasks. `source`: a fetched release copy, the system's, or YTDLP_PATH. */
export type YtdlpInfo = { version: string; releasedAt: Date | undefined; source: "release" | "system" | "custom" };

type Runner = {
  launcher: Launcher;
  version: string;
  check(): Promise<unknown>;
  checkArgs(args: string[]): Promise<ArgsCheck>;
  retire(): Promise<void>;
};

/**
 * Runs yt-dlp for the queue: a warm host (or a fresh process per task) on the newest yt-dlp it
 * has. `update` fetches the latest release and moves new tasks to it; running tasks finish on the
 * yt-dlp they started with, and an old host stops once its last task has.
 */
export class Engine implements Launcher {
  private constructor(
    private readonly options: EngineOptions,
    private runner: Runner,
    private source: YtdlpInfo["source"],
  ) {}

  /** Starts on the newest yt-dlp at hand and checks it works, so a broken setup fails at start. */
  static async start(options: EngineOptions): Promise<Engine> {
    const pinned = options.ytdlpPath ? undefined : await pinnedRelease(options.ytdlpReleaseDir, options.pythonPath).catch(() => undefined);
    const source = options.ytdlpPath ? "custom" : pinned ? "release" : "system";
    return new Engine(options, await startRunner(options, pinned?.file ?? options.ytdlpPath), source);
  }

  get info(): YtdlpInfo {
    return { version: this.runner.version, releasedAt: releaseDate(this.runner.version), source: this.source };
  }

  run(url: string, flags: Record<string, unknown>, extra?: string[]): TaskProcess {
    return this.runner.launcher.run(url, flags, extra);
  }

  /** Fetches the latest release, checks it runs, and switches new tasks to it. */
  async update(): Promise<YtdlpInfo> {
    const { file } = await fetchLatestRelease(this.options.ytdlpReleaseDir, this.options.ytdlpReleasesUrl, this.options.pythonPath);
    const next = await startRunner(this.options, file);
    const previous = this.runner;
    [this.runner, this.source] = [next, "release"];
    void previous.retire();
    return this.info;
  }

  /** Checks raw yt-dlp arguments with the parser of the yt-dlp that runs new tasks (python/raw_args.py). */
  checkArgs(args: string[]): Promise<ArgsCheck> {
    return this.runner.checkArgs(args);
  }

  /** Resolves when yt-dlp can run now (a dead host is restarted); rejects saying why not. */
  async check(): Promise<void> {
    await this.runner.check();
  }

  stop(): Promise<void> {
    return this.runner.retire();
  }
}

async function startRunner(options: EngineOptions, ytdlp: string | undefined): Promise<Runner> {
  const guard: AddressGuard = { allowPrivate: options.allowPrivateAddresses, allow: options.allowAddresses };
  if (options.engine === "fresh") {
    const binary = ytdlp ?? "yt-dlp";
    const launcher = freshLauncher(guardedFresh(options.pythonPath, ytdlp, guard));
    const checkArgs = async (args: string[]) => {
      const { stdout } = await promisify(execFile)(options.pythonPath, [...ISOLATED_PYTHON, pythonScript("raw_args.py"), ytdlp ?? "", JSON.stringify(args)]);
      return JSON.parse(stdout) as ArgsCheck;
    };
    return { launcher, version: await ytdlpVersion(binary), check: () => ytdlpVersion(binary), checkArgs, retire: async () => undefined };
  }
  const host = new WarmHost({
    python: options.pythonPath,
    ytdlpRelease: ytdlp,
    ffmpegPath: options.ffmpegPath,
    guard,
    onDied: options.onHostDied,
  });
  const info = await host.start().catch((error: Error) => {
    throw new Error(`${error.message}; install yt-dlp (apt-get install yt-dlp), set PYTHON_PATH, or use ENGINE=fresh`);
  });
  // Python falls back to the system's yt_dlp when the path given cannot be imported: refuse rather than run another yt-dlp.
  if (ytdlp && path.resolve(info.path) !== path.resolve(ytdlp)) {
    await host.retire();
    throw new Error(
      `YTDLP_PATH=${ytdlp} is not a yt-dlp the warm engine can load (a release file like yt-dlp's own zipapp, or a folder holding the yt_dlp package); ` +
        "ENGINE=fresh runs a yt-dlp program instead",
    );
  }
  return { launcher: host, version: info.version, check: () => host.start(), checkArgs: (args) => host.checkArgs(args), retire: () => host.retire() };
}

/** yt-dlp's version, or an error saying how to get one. */
async function ytdlpVersion(ytdlpPath: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(ytdlpPath, ["--version"]);
    return stdout.trim();
  } catch {
    throw new Error(`yt-dlp not found at YTDLP_PATH=${ytdlpPath}: install it (apt-get install yt-dlp) or point YTDLP_PATH at one`);
  }
}
