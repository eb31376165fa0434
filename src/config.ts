import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";

type Env = Record<string, string | undefined>;

const intInRange = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  PORT: intInRange(0, 65535, 3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DOWNLOAD_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "only SQLite URLs (file:...) are supported")
    .optional(),
  MAX_CONCURRENT_DOWNLOADS: intInRange(1, 64, 3),
  YTDLP_PATH: z.string().min(1).default("yt-dlp"),
  FFMPEG_PATH: z.string().min(1).optional(),
  /** Origin allowed to call the API from a browser ("*" for any); unset: no CORS headers. */
  CORS_ORIGIN: z.string().min(1).optional(),
  /** Least time between two progress events of one task sent to subscribers. */
  PROGRESS_INTERVAL_MS: intInRange(20, 10_000, 250),
  /** Least time between two progress writes of one task to the database. */
  DB_WRITE_INTERVAL_MS: intInRange(100, 60_000, 2000),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  downloadDir: string;
  thumbnailDir: string;
  databaseUrl: string;
  maxConcurrentDownloads: number;
  ytdlpPath: string;
  ffmpegPath: string | undefined;
  progressIntervalMs: number;
  dbWriteIntervalMs: number;
  corsOrigin: string | undefined;
};

export class ConfigError extends Error {}

/** Parses and validates the environment once; throws ConfigError naming each bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const parsed = envSchema.safeParse(emptyToUndefined(env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    downloadDir: path.resolve(e.DOWNLOAD_DIR ?? path.join(dataDir, "downloads")),
    thumbnailDir: path.join(dataDir, "thumbnails"),
    // Absolute, so the server and the migration CLI (run from the project folder) agree.
    databaseUrl: `file:${path.resolve(e.DATABASE_URL?.slice("file:".length) ?? path.join(dataDir, "downloads.db"))}`,
    maxConcurrentDownloads: e.MAX_CONCURRENT_DOWNLOADS,
    ytdlpPath: e.YTDLP_PATH === "bundled" ? bundledYtdlp() : e.YTDLP_PATH,
    ffmpegPath: e.FFMPEG_PATH,
    progressIntervalMs: e.PROGRESS_INTERVAL_MS,
    dbWriteIntervalMs: e.DB_WRITE_INTERVAL_MS,
    corsOrigin: e.CORS_ORIGIN,
  };
}

/** The yt-dlp that youtube-dl-exec's install script downloads, on machines with internet. */
function bundledYtdlp(): string {
  const constants = createRequire(import.meta.url)("youtube-dl-exec/src/constants.js") as { YOUTUBE_DL_PATH: string };
  return constants.YOUTUBE_DL_PATH;
}

function emptyToUndefined(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
}
