import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";

type Env = Record<string, string | undefined>;

const intInRange = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const flag = z
  .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
  .default("false")
  .transform((v) => v === "true" || v === "1");

const MIN_TOKEN_LENGTH = 16;

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
  /** Unset: the release copy in YTDLP_RELEASE_DIR when there is one, else the system yt-dlp. */
  YTDLP_PATH: z.string().min(1).optional(),
  YTDLP_RELEASE_DIR: z.string().min(1).optional(),
  /** The releases API that `updateYtdlp` asks (GitHub's; youtube-dl-exec's YOUTUBE_DL_HOST). */
  YTDLP_RELEASES_URL: z.url().optional(),
  YTDLP_AUTO_UPDATE: flag,
  /** warm: one Python host forks a child per task; fresh: one yt-dlp process per task. */
  ENGINE: z.enum(["warm", "fresh"]).default("warm"),
  /** The Python that runs the warm host; Debian's has the yt-dlp package importable. */
  PYTHON_PATH: z.string().min(1).default("/usr/bin/python3"),
  FFMPEG_PATH: z.string().min(1).optional(),
  /** Origin allowed to call the API from a browser ("*" for any); unset: no CORS headers. */
  CORS_ORIGIN: z.string().min(1).optional(),
  /** Least time between two progress events of one task sent to subscribers. */
  PROGRESS_INTERVAL_MS: intInRange(20, 10_000, 250),
  /** Least time between two progress writes of one task to the database. */
  DB_WRITE_INTERVAL_MS: intInRange(100, 60_000, 2000),
  /** Bearer token(s), comma-separated so a token can be rotated; unset: no authentication. */
  API_TOKEN: z.string().optional(),
  /** Host header values accepted (DNS-rebinding defence); "*" accepts any. */
  ALLOWED_HOSTS: z.string().optional(),
  ALLOW_PRIVATE_ADDRESSES: flag,
  ALLOW_UNAUTHENTICATED: flag,
  MAX_WS_CONNECTIONS: intInRange(1, 100_000, 200),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: intInRange(1, 1000, 20),
  NODE_ENV: z.string().optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  downloadDir: string;
  thumbnailDir: string;
  databaseUrl: string;
  maxConcurrentDownloads: number;
  ytdlpPath: string | undefined;
  ytdlpReleaseDir: string;
  ytdlpReleasesUrl: string;
  ytdlpAutoUpdate: boolean;
  engine: "warm" | "fresh";
  pythonPath: string;
  ffmpegPath: string | undefined;
  progressIntervalMs: number;
  dbWriteIntervalMs: number;
  corsOrigin: string | undefined;
  /** Accepted bearer tokens; empty when authentication is off. */
  apiTokens: string[];
  /** Accepted Host names (lowercase, no port); undefined accepts any. */
  allowedHosts: string[] | undefined;
  allowPrivateAddresses: boolean;
  maxWsConnections: number;
  maxSubscriptionsPerConnection: number;
  production: boolean;
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
  const apiTokens = (e.API_TOKEN ?? "").split(",").map((t) => t.trim()).filter(Boolean);
  if (apiTokens.some((t) => t.length < MIN_TOKEN_LENGTH)) {
    throw new ConfigError(`Invalid configuration:\n  API_TOKEN: each token must be at least ${MIN_TOKEN_LENGTH} characters`);
  }
  if (!apiTokens.length && !isLoopback(e.HOST) && !e.ALLOW_UNAUTHENTICATED) {
    throw new ConfigError(
      `Refusing to listen on HOST=${e.HOST} without authentication: set API_TOKEN ` +
        "(e.g. API_TOKEN=$(openssl rand -hex 32)), or ALLOW_UNAUTHENTICATED=true on a network you trust",
    );
  }
  const dataDir = path.resolve(e.DATA_DIR);
  const releaseDir = path.resolve(e.YTDLP_RELEASE_DIR ?? youtubeDlExec.YOUTUBE_DL_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    downloadDir: path.resolve(e.DOWNLOAD_DIR ?? path.join(dataDir, "downloads")),
    thumbnailDir: path.join(dataDir, "thumbnails"),
    // Absolute, so the server and the migration CLI (run from the project folder) agree.
    databaseUrl: `file:${path.resolve(e.DATABASE_URL?.slice("file:".length) ?? path.join(dataDir, "downloads.db"))}`,
    maxConcurrentDownloads: e.MAX_CONCURRENT_DOWNLOADS,
    ytdlpPath: e.YTDLP_PATH === "bundled" ? path.join(releaseDir, "yt-dlp") : e.YTDLP_PATH,
    ytdlpReleaseDir: releaseDir,
    ytdlpReleasesUrl: e.YTDLP_RELEASES_URL ?? youtubeDlExec.YOUTUBE_DL_HOST,
    ytdlpAutoUpdate: e.YTDLP_AUTO_UPDATE,
    engine: e.ENGINE,
    pythonPath: e.PYTHON_PATH,
    ffmpegPath: e.FFMPEG_PATH,
    progressIntervalMs: e.PROGRESS_INTERVAL_MS,
    dbWriteIntervalMs: e.DB_WRITE_INTERVAL_MS,
    corsOrigin: e.CORS_ORIGIN,
    apiTokens,
    allowedHosts: allowedHosts(e.ALLOWED_HOSTS, e.HOST),
    allowPrivateAddresses: e.ALLOW_PRIVATE_ADDRESSES,
    maxWsConnections: e.MAX_WS_CONNECTIONS,
    maxSubscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    production: e.NODE_ENV === "production",
  };
}

/** youtube-dl-exec's defaults: where its installer puts the release copy, and which API it asks. */
const youtubeDlExec = createRequire(import.meta.url)("youtube-dl-exec/src/constants.js") as {
  YOUTUBE_DL_DIR: string;
  YOUTUBE_DL_HOST: string;
};

function emptyToUndefined(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
}

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD_HOSTS = ["0.0.0.0", "::", "[::]"];

function isLoopback(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** ALLOWED_HOSTS, else the loopback names plus HOST itself when it names one interface. */
function allowedHosts(list: string | undefined, host: string): string[] | undefined {
  if (list?.trim() === "*") return undefined;
  if (list) return list.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean);
  const own = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return WILDCARD_HOSTS.includes(host) ? LOOPBACK_HOSTS : [...new Set([...LOOPBACK_HOSTS, own.toLowerCase()])];
}
