import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import ipaddr from "ipaddr.js";
import { z } from "zod";
import type { SocketLimits } from "./security/sockets.js";
import { misspelledVariable } from "./config-spelling.js";

type Env = Record<string, string | undefined>;

/** A whole number in a range; any other value is refused saying so ("must be a whole number from 0 to 65535"). */
const intInRange = (min: number, max: number, fallback: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};

/** A number (fractions too) in a range. */
const numberInRange = (min: number, max: number, fallback: number) => {
  const error = `must be a number from ${min} to ${max}`;
  return z.coerce.number({ error }).min(min, { error }).max(max, { error }).default(fallback);
};

const flag = z
  .enum(["true", "false", "1", "0"], { error: 'must be "true" or "false"' })
  .default("false")
  .transform((v) => v === "true" || v === "1");

const MIN_TOKEN_LENGTH = 16;

/** Every variable with its meaning: `--help` prints this table. */
const envSchema = z.object({
  PORT: intInRange(0, 65535, 3000).describe("HTTP port (GraphQL, WebSocket and REST share it)"),
  HOST: z.string().min(1).default("127.0.0.1").describe("Interface to listen on"),
  DATA_DIR: z.string().min(1).default("./data").describe("Database, downloads and thumbnails"),
  DOWNLOAD_DIR: z.string().min(1).optional().describe("Where finished files go (default $DATA_DIR/downloads)"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "use file:… (SQLite) or postgresql://… (PostgreSQL)")
    .optional()
    .describe("file:… (SQLite, default file:$DATA_DIR/downloads.db) or postgresql://user:password@host:port/db"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "use redis://[user:password@]host:port[/db] (or rediss:// for TLS)")
    .optional()
    .describe("Several instances: Redis that carries task events and commands between them; unset: events stay in this process"),
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.-]{1,64}$/, "letters, digits, '.', '_' or '-', at most 64")
    .default("mds")
    .describe("Names this deployment's channels and keys in Redis: the same on all its instances, another for each other deployment sharing that Redis"),
  MAX_CONCURRENT_DOWNLOADS: intInRange(1, 64, 3).describe("Downloads running at once"),
  ENGINE: z.enum(["warm", "fresh"]).default("warm").describe("warm: a Python host forks a child per task; fresh: a yt-dlp process per task"),
  PYTHON_PATH: z.string().min(1).default("/usr/bin/python3").describe("The Python that runs the warm host (with yt_dlp importable)"),
  YTDLP_PATH: z.string().min(1).optional().describe("yt-dlp to use; unset: the release copy when there is one, else the system one; bundled: the release copy"),
  YTDLP_RELEASE_DIR: z.string().min(1).optional().describe("Where release copies of yt-dlp are fetched to (default youtube-dl-exec's bin/)"),
  YTDLP_RELEASES_URL: z.url().optional().describe("Releases API asked for the latest yt-dlp (default GitHub's)"),
  YTDLP_AUTO_UPDATE: flag.describe("true: fetch the latest yt-dlp once a day"),
  FFMPEG_PATH: z.string().min(1).optional().describe("ffmpeg binary (default: on PATH); ffprobe is looked up beside it"),
  CORS_ORIGIN: z.string().min(1).optional().describe('Origin allowed to call the API from a browser ("*" for any); unset: no CORS'),
  PROGRESS_INTERVAL_MS: intInRange(20, 10_000, 250).describe("Least time between two progress events of one task to subscribers"),
  DB_WRITE_INTERVAL_MS: intInRange(100, 60_000, 2000).describe("Least time between two progress writes of one task to the database"),
  API_TOKEN: z.string().optional().describe("Bearer token(s) every request needs, comma-separated to rotate; unset: no authentication"),
  ALLOWED_HOSTS: z.string().optional().describe('Host header names accepted (default loopback names and HOST); "*" accepts any'),
  ALLOW_PRIVATE_ADDRESSES: flag.describe("true: tasks may fetch loopback, private and link-local addresses"),
  ALLOW_ADDRESSES: z
    .string()
    .optional()
    .describe("Private addresses or networks tasks may fetch while the guard is on, comma-separated (e.g. a NAS: 192.168.1.20 or 192.168.1.0/24)"),
  ALLOW_YTDLP_ARGS: flag.describe("true: presets and downloads may carry raw yt-dlp arguments (checked by yt-dlp's parser; see the README before turning it on)"),
  ALLOW_UNAUTHENTICATED: flag.describe("true: listen beyond loopback without API_TOKEN"),
  MAX_WS_CONNECTIONS: intInRange(1, 100_000, 200).describe("Simultaneous WebSocket connections"),
  MAX_WS_PENDING_PER_ADDRESS: intInRange(1, 10_000, 8).describe("WebSockets one address may hold open before they authenticate"),
  WS_INIT_TIMEOUT_MS: intInRange(100, 60_000, 3000).describe("Time a WebSocket has to authenticate (connection_init) before it is closed"),
  MAX_WS_MESSAGE_BYTES: intInRange(4096, 16 * 1024 * 1024, 256 * 1024).describe("Largest WebSocket message once authenticated (before: 4 KB)"),
  MAX_HTTP_CONNECTIONS: intInRange(1, 100_000, 1024).describe("HTTP connections open at once (WebSockets included); more are dropped"),
  HEADERS_TIMEOUT_MS: intInRange(1000, 600_000, 10_000).describe("Time a client has to send a request's headers"),
  REQUEST_TIMEOUT_MS: intInRange(1000, 3_600_000, 30_000).describe("Time a client has to send a whole request, body included (a slow body is cut)"),
  MAX_TASKS_PER_MINUTE: intInRange(1, 1_000_000, 1000).describe("New downloads one caller (token) may add per minute, in a burst or spread out"),
  MAX_PLAYLIST_ENTRIES: intInRange(1, 100_000, 500).describe("Entries a playlist or feed may expand to; a longer one fails with a clear error"),
  GRAPHQL_SSE: flag.describe("true: GraphQL subscriptions over HTTP (server-sent events) too; else over WebSocket only"),
  MAX_SUBSCRIPTIONS_PER_CONNECTION: intInRange(1, 1000, 20).describe("Subscriptions one WebSocket may run at once"),
  EVENT_RETENTION: intInRange(100, 1_000_000, 10_000).describe("Events kept for subscribers to resume from (a cursor older is CURSOR_EXPIRED)"),
  EVENT_RETENTION_HOURS: intInRange(1, 24 * 30, 24).describe("Hours events are kept for resuming at most"),
  AUTO_RETRY_ATTEMPTS: intInRange(1, 20, 3).describe("Runs a task gets when its failures are transient (a network error, HTTP 5xx or 429) before it ends in error"),
  AUTO_RETRY_BASE_SECONDS: numberInRange(0, 86_400, 30).describe("Wait before the first automatic retry, doubling after each"),
  AUTO_CLEAR_AFTER_DAYS: numberInRange(0, 3650, 0).describe("Finished tasks are removed this many days after they last changed (0: never)"),
  AUTO_CLEAR_FILES: flag.describe("true: tasks removed by AUTO_CLEAR_AFTER_DAYS take their files with them"),
  NOTIFIER_BACKOFF_BASE_MS: intInRange(10, 3_600_000, 5000).describe("The first wait before a failed notification is tried again, doubling after each failure (at most a day)"),
  FEED_MINUTE_MS: intInRange(10, 3_600_000, 60_000).describe("How long a minute of a feed's checkEveryMinutes lasts (shorter only to test schedules)"),
  LEASE_MS: intInRange(1000, 3_600_000, 30_000).describe("PostgreSQL: a running task whose instance stops renewing its lease this long is taken over"),
  INSTANCE_ID: z
    .string()
    .regex(/^[\w.-]{1,64}$/, "letters, digits, '.', '_' or '-', at most 64")
    .optional()
    .describe("This server's name among several (default: host name and process id); in /readyz, logs and metrics"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info").describe("Least level logged"),
  NODE_ENV: z.string().optional().describe("production: no GraphQL field suggestions"),
});

/** The configuration table: each variable, its default and its meaning. */
export function configHelp(): string {
  const { properties } = z.toJSONSchema(envSchema, { io: "input" }) as { properties: Record<string, { default?: unknown; description?: string }> };
  const rows = Object.entries(properties).map(([name, p]) => [name, p.default === undefined ? "" : String(p.default), p.description ?? ""]);
  const width = (i: number) => Math.max(...rows.map((r) => r[i]!.length));
  return rows.map(([name, fallback, meaning]) => `  ${name!.padEnd(width(0))}  ${fallback!.padEnd(width(1))}  ${meaning}`).join("\n");
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  downloadDir: string;
  thumbnailDir: string;
  databaseUrl: string;
  redisUrl: string | undefined;
  redisPrefix: string;
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
  /** Private addresses or CIDR networks allowed although the guard is on. */
  allowAddresses: string[];
  /** Raw yt-dlp arguments may be given (options.ytdlpArgs). */
  allowYtdlpArgs: boolean;
  sockets: SocketLimits;
  graphqlSse: boolean;
  maxTasksPerMinute: number;
  maxPlaylistEntries: number;
  maxSubscriptionsPerConnection: number;
  production: boolean;
  logLevel: string;
  eventRetention: { events: number; ms: number };
  instanceId: string;
  leaseMs: number;
  feedMinuteMs: number;
  notifierBackoffBaseMs: number;
  /** Finished tasks removed by themselves after this many days (0: never), with their files or not. */
  autoClear: { afterDays: number; files: boolean };
  /** Automatic retries of transient failures: runs in all, and the first wait. */
  autoRetry: { attempts: number; baseSeconds: number };
};

export class ConfigError extends Error {}

/** Parses and validates the environment once; throws ConfigError naming each bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const misspelled = misspelledVariable(Object.keys(env), Object.keys(envSchema.shape));
  if (misspelled) throw new ConfigError(`Invalid configuration:\n  ${misspelled[0]}: not a setting of this server; did you mean ${misspelled[1]}?`);
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
  // Without a token, "any origin" or "any Host" lets every web page the user visits drive the server.
  const open = e.CORS_ORIGIN === "*" ? "CORS_ORIGIN=*" : e.ALLOWED_HOSTS?.trim() === "*" ? "ALLOWED_HOSTS=*" : undefined;
  if (open && !apiTokens.length) {
    throw new ConfigError(`Refusing to start with ${open} and no API_TOKEN: any web page could add, read and delete downloads; set API_TOKEN or name the origin or host`);
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
    databaseUrl: e.DATABASE_URL?.startsWith("postgres")
      ? e.DATABASE_URL
      : `file:${path.resolve(e.DATABASE_URL?.slice("file:".length) ?? path.join(dataDir, "downloads.db"))}`,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
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
    allowAddresses: addressList(e.ALLOW_ADDRESSES),
    allowYtdlpArgs: e.ALLOW_YTDLP_ARGS,
    sockets: {
      maxWsConnections: e.MAX_WS_CONNECTIONS,
      maxPendingPerAddress: e.MAX_WS_PENDING_PER_ADDRESS,
      initTimeoutMs: e.WS_INIT_TIMEOUT_MS,
      maxMessageBytes: e.MAX_WS_MESSAGE_BYTES,
      maxHttpConnections: e.MAX_HTTP_CONNECTIONS,
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    },
    graphqlSse: e.GRAPHQL_SSE,
    maxTasksPerMinute: e.MAX_TASKS_PER_MINUTE,
    maxPlaylistEntries: e.MAX_PLAYLIST_ENTRIES,
    maxSubscriptionsPerConnection: e.MAX_SUBSCRIPTIONS_PER_CONNECTION,
    production: e.NODE_ENV === "production",
    logLevel: e.LOG_LEVEL,
    eventRetention: { events: e.EVENT_RETENTION, ms: e.EVENT_RETENTION_HOURS * 3_600_000 },
    instanceId: e.INSTANCE_ID ?? `${os.hostname()}-${process.pid}`, // cluster/leases.ts knows this shape
    leaseMs: e.LEASE_MS,
    feedMinuteMs: e.FEED_MINUTE_MS,
    notifierBackoffBaseMs: e.NOTIFIER_BACKOFF_BASE_MS,
    autoClear: { afterDays: e.AUTO_CLEAR_AFTER_DAYS, files: e.AUTO_CLEAR_FILES },
    autoRetry: { attempts: e.AUTO_RETRY_ATTEMPTS, baseSeconds: e.AUTO_RETRY_BASE_SECONDS },
  };
}

/** ALLOW_ADDRESSES as a list of addresses and CIDR networks; anything else is a ConfigError. */
function addressList(list: string | undefined): string[] {
  const entries = (list ?? "").split(",").map((a) => a.trim()).filter(Boolean);
  const bad = entries.find((a) => !ipaddr.isValid(a) && !ipaddr.isValidCIDR(a));
  if (bad) throw new ConfigError(`Invalid configuration:\n  ALLOW_ADDRESSES: "${bad}" is not an IP address or CIDR network`);
  return entries;
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
