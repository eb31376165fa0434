import { z } from "zod";

/**
 * Every environment variable the server reads, with its default and its meaning (what
 * `--help` prints); config.ts turns them into the Config the rest of the server uses.
 */
export type Env = Record<string, string | undefined>;

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

export const MIN_TOKEN_LENGTH = 16;

/** Every variable with its meaning: `--help` prints this table. */
export const envSchema = z.object({
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
  ALLOW_NOTIFIER_SCHEMES: z
    .string()
    .optional()
    .describe("Apprise schemes that notify this machine's own desktop (dbus, gnome, kde, qt, glib, macosx, windows), allowed for notifiers, comma-separated; none by default"),
  MAX_NOTIFIERS: intInRange(1, 10_000, 100).describe("Notifiers there may be at most: each gets a delivery per event it wants"),
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
