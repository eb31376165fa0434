import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import ipaddr from "ipaddr.js";
import type { SocketLimits } from "./security/sockets.js";
import { misspelledVariable } from "./config-spelling.js";
import { envSchema, MIN_TOKEN_LENGTH, type Env } from "./config-env.js";

export { configHelp } from "./config-env.js";

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
  maxNotifiers: number;
  /** Desktop Apprise schemes an admin allows (ALLOW_NOTIFIER_SCHEMES). */
  notifierLocalSchemes: string[];
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
    maxNotifiers: e.MAX_NOTIFIERS,
    notifierLocalSchemes: (e.ALLOW_NOTIFIER_SCHEMES ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean),
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
