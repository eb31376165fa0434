import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { freshLauncher, type Launcher } from "./launcher.js";
import { WarmHost } from "./warm-host.js";

export type EngineOptions = {
  engine: "warm" | "fresh";
  ytdlpPath: string;
  pythonPath: string;
  ffmpegPath?: string;
  allowPrivateAddresses: boolean;
};

/** What runs yt-dlp, with the version in use; `stop` ends a warm host. */
export type Engine = { launcher: Launcher; version: string; stop(): Promise<void> };

/** Starts the engine and checks yt-dlp works, so a broken setup fails at start, not at the first task. */
export async function startEngine(options: EngineOptions): Promise<Engine> {
  if (options.engine === "fresh") {
    return { launcher: freshLauncher(options.ytdlpPath), version: await ytdlpVersion(options.ytdlpPath), stop: async () => undefined };
  }
  const host = new WarmHost({
    python: options.pythonPath,
    ytdlpRelease: options.ytdlpPath === "yt-dlp" ? undefined : options.ytdlpPath,
    ffmpegPath: options.ffmpegPath,
    allowPrivateAddresses: options.allowPrivateAddresses,
  });
  const info = await host.start().catch((error: Error) => {
    throw new Error(`${error.message}; install yt-dlp (apt-get install yt-dlp), set PYTHON_PATH, or use ENGINE=fresh`);
  });
  return { launcher: host, version: info.version, stop: () => host.stop() };
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
