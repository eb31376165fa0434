import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { ConfigError, type Config } from "./config.js";
import { openDatabase } from "./store/database.js";
import { Engine } from "./engine/engine.js";
import { createHttpApp } from "./http/server.js";
import { loadWebPage } from "./http/web-page.js";
import { DownloadService } from "./tasks/downloads.js";
import { PresetService } from "./presets/presets.js";
import { FeedChecks } from "./feeds/checks.js";
import { FeedService } from "./feeds/feeds.js";
import { FeedScheduler } from "./feeds/scheduler.js";
import { startAutoClear } from "./ops/auto-clear.js";
import { startNotifications } from "./notifications/start.js";

/** A feed's check may hold its lease this many times LEASE_MS (a check lists and may fetch metadata). */
const FEED_LEASE_TIMES = 5;
import { createLogger, type Logger } from "./ops/log.js";
import { fileLimitWarning } from "./ops/file-limit.js";
import { EventLog } from "./events/event-log.js";
import { EventBus } from "./events/bus.js";
import type { Peers } from "./cluster/peers.js";
import { Metrics } from "./ops/metrics.js";
import { logTransitions } from "./ops/task-log.js";
import { YtdlpService } from "./ops/ytdlp-updates.js";
import { folderProblem, isStorageFull } from "./store/disk-space.js";
import { parseList } from "./domain/notifier.js";

export type RunningApp = { url: string; ytdlp: YtdlpService; downloads: DownloadService; log: Logger; close(): Promise<void> };

/** Opens the database, resumes unfinished tasks and starts listening. */
export async function startApp(config: Config): Promise<RunningApp> {
  const log = createLogger(config.logLevel).child({ instance: config.instanceId });
  const folders: Array<[variable: string, dir: string]> = [
    ["DATA_DIR", config.dataDir],
    ["DOWNLOAD_DIR", config.downloadDir],
    ["DATA_DIR", config.thumbnailDir],
  ];
  for (const [name, dir] of folders) {
    await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(`${name}: cannot use ${dir} as a folder (${error.code}: something in the way is a file, or it is not writable)`);
    });
    // A file written and removed: permissions, a read-only mount, and root's exemption from both are all tried for real.
    const probe = path.join(dir, `.write-check-${process.pid}`);
    await writeFile(probe, "").then(() => rm(probe, { force: true })).catch((error: NodeJS.ErrnoException) => {
      throw new ConfigError(`${name}: ${dir} is not writable by this server (${error.code}): give it write permission, or point ${name} elsewhere`);
    });
  }
  // Nothing started is left running when a later step fails: each is stopped, the newest first.
  const started: Array<() => Promise<unknown>> = [];
  const unwind = async (error: unknown): Promise<never> => {
    for (const stop of started.reverse()) await stop();
    throw error;
  };
  // Fail at start, not at the first download.
  const engine = await Engine.start({ ...config, onHostDied: (message) => log.error(message) }).catch((error: Error) => {
    throw new ConfigError(error.message);
  });
  started.push(() => engine.stop());
  const store = await openDatabase(config.databaseUrl).catch(unwind);
  started.push(() => store.close());
  let flushFailing = false; // one line when the event log cannot be written, one when it can again
  const eventLog = new EventLog(store.events, config.eventRetention, (error) => {
    if (error && !flushFailing) log.error({ err: error }, `events could not be written (kept in memory, retried): ${error.message}`);
    if (!error && flushFailing) log.info("events are written again");
    flushFailing = error !== undefined;
  });
  await eventLog.load().catch(unwind);
  const bus = new EventBus(eventLog);
  const redis = config.redisUrl
    ? await connectInstances(config, bus, eventLog, log).catch((error: Error) => unwind(new ConfigError(`REDIS_URL: cannot connect (${error.message})`)))
    : undefined;
  if (redis) started.push(() => redis.close());
  const downloads = new DownloadService(store, bus, config, engine, redis?.peers);
  logTransitions(bus, log);
  const ytdlp = new YtdlpService(engine, config.ytdlpAutoUpdate, log);
  const web = await loadWebPage();
  const fileLimit = await fileLimitWarning(config.sockets.maxHttpConnections);
  if (fileLimit) log.warn(fileLimit);
  if (!web.has("/")) log.warn("the web page is not built (web/dist): run npm run setup; GraphiQL is at /graphql");
  const presets = new PresetService(store.presets, config.dataDir, config.allowYtdlpArgs, (args) => engine.checkArgs(args));
  const feedTiming = { instanceId: config.instanceId, minuteMs: config.feedMinuteMs, leaseMs: config.leaseMs * FEED_LEASE_TIMES };
  const checks = new FeedChecks({ feeds: store.feeds, tasks: store.tasks, downloads, presets, launcher: engine, cookies: presets.cookies, addresses: config, maxEntries: config.maxPlaylistEntries, maxListings: config.maxConcurrentDownloads });
  const feeds = new FeedService(store.feeds, checks, feedTiming, config);
  const scheduler = new FeedScheduler(store.feeds, feeds, feedTiming, log);
  feeds.events.on((event) => {
    const fields = { feed: event.feed.id, title: event.feed.title, ms: event.ms };
    if (event.kind === "failed") log.warn({ ...fields, error: event.error, ...(event.cause ? { err: event.cause } : {}) }, `feed check failed: ${event.error}`);
    else log.info({ ...fields, found: event.check.found, new: event.check.new, queued: event.check.queued, filtered: event.check.filtered }, `feed checked: ${event.check.queued} queued`);
  });
  const notifications = startNotifications(store.notifiers, bus, feeds.events, {
    instanceId: config.instanceId,
    backoffBaseMs: config.notifierBackoffBaseMs,
    allowAddresses: config.allowAddresses,
    pythonPath: config.pythonPath,
    maxNotifiers: config.maxNotifiers,
    localSchemes: config.notifierLocalSchemes,
  }, log);
  started.push(async () => notifications.stop());
  // What refers to a preset or a feed: such a one is not deleted from under them.
  presets.usedBy = async (id) => [
    ...(await feeds.list()).filter((feed) => feed.presetId === id).map((feed) => `feed "${feed.title}"`),
    ...(await notifications.service.list()).filter((n) => parseList(n.presetIds).includes(id)).map((n) => `notifier "${n.name}"`),
  ];
  feeds.usedBy = async (id) => (await notifications.service.list()).filter((n) => parseList(n.feedIds).includes(id)).map((n) => `notifier "${n.name}"`);
  const http = createHttpApp({ downloads, presets, feeds, notifiers: notifications.service, ytdlp, signOuts: store.settings }, { metrics: new Metrics(bus, downloads, config.instanceId, feeds.events), log }, config, web);
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", (error: NodeJS.ErrnoException) => reject(new ConfigError(listenProblem(error, config))));
    http.server.listen(config.port, config.host, resolve);
  }).catch(unwind);
  const stopWaiting = await resumeWhenThereIsRoom(downloads, config.dataDir, log);
  await scheduler.start(!store.shared).catch(unwind);
  const stopAutoClear = startAutoClear(downloads, config.autoClear, log);
  const { port } = http.server.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}`,
    ytdlp,
    downloads,
    log,
    async close() {
      stopWaiting();
      stopAutoClear();
      notifications.stop();
      ytdlp.stop();
      scheduler.stop();
      await http.close();
      await feeds.idle();
      await downloads.stop();
      await engine.stop();
      await eventLog.stop().catch((error: Error) => log.error({ err: error }, `the last events could not be written: ${error.message}`));
      await redis?.close();
      await store.close();
    },
  };
}

/**
 * Resumes the queue. On a full data disk the server starts read-only instead (reads answer,
 * nothing new is stored, adds get a clear error) and resumes by itself once there is room again.
 */
async function resumeWhenThereIsRoom(downloads: DownloadService, dataDir: string, log: Logger): Promise<() => void> {
  const tryResume = async (): Promise<boolean> => {
    if (await folderProblem("DATA_DIR", dataDir)) return false;
    return downloads.resume().then(
      (requeued) => {
        if (requeued > 0) log.info(`put ${requeued} task(s) that were running before the restart back in the queue; they resume from their partial files`);
        return true;
      },
      (error: unknown) => {
        if (isStorageFull(error)) return false;
        throw error;
      },
    );
  };
  if (await tryResume()) return () => undefined;
  log.warn("DATA_DIR is full: started read-only (tasks and files can be read, nothing new is stored); the queue resumes once there is room");
  const timer = setInterval(() => {
    tryResume().then(
      (resumed) => {
        if (!resumed) return;
        clearInterval(timer);
        log.info("DATA_DIR has room again: the queue resumed");
      },
      (error: Error) => log.error({ err: error }, `resuming the queue failed: ${error.message}`),
    );
  }, DISK_RECHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** How often a server started read-only looks for free space again. */
const DISK_RECHECK_MS = 5000;

/**
 * Several instances: task events and commands travel through Redis. Its client is loaded only
 * here, so a server without REDIS_URL never holds it.
 */
async function connectInstances(config: Config, bus: EventBus, eventLog: EventLog, log: Logger): Promise<{ peers: Peers; close(): Promise<void> }> {
  const { instanceId } = config;
  const [{ RedisLink }, { RedisEvents }, { Peers }] = await Promise.all([
    import("./cluster/redis-link.js"),
    import("./cluster/redis-events.js"),
    import("./cluster/peers.js"),
  ]);
  const link = await RedisLink.open(config.redisUrl!, config.redisPrefix, (error) => log.warn({ err: error }, `redis: ${error.message}`));
  const events = new RedisEvents(link, bus, instanceId, (after, limit) => eventLog.storedAfter(after, limit), (error) =>
    log.error({ err: error }, `events between instances: ${error.message}`),
  );
  await events.start();
  return {
    peers: new Peers(link, instanceId),
    close: () => {
      events.stop();
      return link.close();
    },
  };
}

/** Why the server cannot listen, in one line naming the variable to change. */
function listenProblem(error: NodeJS.ErrnoException, config: Config): string {
  if (error.code === "EADDRINUSE") return `PORT: port ${config.port} on ${config.host} is already in use; stop what uses it or set another PORT`;
  if (error.code === "EACCES") return `PORT: port ${config.port} needs privileges; use a port above 1023`;
  return `HOST: cannot listen on ${config.host}:${config.port} (${error.code ?? error.message}); set HOST to an address of this machine`;
}
