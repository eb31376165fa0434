import { randomUUID } from "node:crypto";
import { ConflictError, InputError, isServiceError, namedList, NotFoundError, UpstreamError } from "../domain/errors.js";
import { checkFilters, checkInterval, DEFAULT_CHECK_MINUTES, type Feed, type FeedEntry, type FeedFilters } from "../domain/feed.js";
import { checkOptions, type OptionsChange } from "../domain/options.js";
import type { DownloadType } from "../domain/vocabulary.js";
import type { AddressPolicy } from "../security/url-guard.js";
import type { FeedPatch, FeedStore } from "../store/feeds.js";
import { checkFetchableUrl } from "../tasks/validation.js";
import type { CheckOutcome, FeedChecks } from "./checks.js";
import { FeedEvents } from "./events.js";

export type FeedInput = {
  url?: string;
  title?: string;
  enabled?: boolean;
  presetId?: string | null;
  downloadType?: DownloadType | null;
  quality?: string | null;
  options?: OptionsChange;
  checkEveryMinutes?: number;
  filters?: FeedFilters;
  /** addFeed only: queue the newest N of what the source lists now (default none: all of it is seen). */
  backfill?: number;
};

export type FeedCheck = CheckOutcome & { feed: Feed };

export type FeedTiming = {
  instanceId: string;
  /** How long a "minute" of checkEveryMinutes lasts (FEED_MINUTE_MS). */
  minuteMs: number;
  /** A check holding its lease longer than this is taken over. */
  leaseMs: number;
};

const DAY_MINUTES = 24 * 60;
const MAX_BACKFILL = 500;

/** Feeds: followed sources, checked on a schedule (feeds/scheduler.ts) or on demand, one check at a time per feed. */
export class FeedService {
  readonly events: FeedEvents;
  /** Checks running here, by feed id: a second request for one waits for it. */
  private readonly running = new Map<string, Promise<FeedCheck>>();

  constructor(
    private readonly store: FeedStore,
    private readonly checks: FeedChecks,
    private readonly timing: FeedTiming,
    private readonly addresses: AddressPolicy,
  ) {
    this.events = new FeedEvents(store);
  }

  list(): Promise<Feed[]> {
    return this.store.list();
  }

  get(id: string): Promise<Feed | null> {
    return this.store.get(id);
  }

  async require(id: string): Promise<Feed> {
    const feed = await this.store.get(id);
    if (!feed) throw new NotFoundError(`no feed with id ${id}`);
    return feed;
  }

  entries(feedId: string, offset: number, limit: number): Promise<FeedEntry[]> {
    return this.store.entries(feedId, offset, limit);
  }

  countEntries(feedId: string): Promise<number> {
    return this.store.countEntries(feedId);
  }

  /**
   * Adds a feed and checks it at once: what its source lists now is recorded as seen (the newest
   * `backfill` are queued instead). A source that cannot be listed, or lists no entries, is refused.
   */
  async add(input: FeedInput): Promise<FeedCheck> {
    const url = await checkFetchableUrl((input.url ?? "").trim(), this.addresses);
    const backfill = input.backfill ?? 0;
    if (!Number.isInteger(backfill) || backfill < 0 || backfill > MAX_BACKFILL) throw new InputError("backfill", `must be from 0 to ${MAX_BACKFILL}`);
    const fields = this.checked(input);
    const feed = await this.store.create(randomUUID(), { url, title: input.title?.trim() || url, enabled: input.enabled ?? true, presetId: null, downloadType: null, quality: null, options: "{}", filters: "{}", checkEveryMinutes: DEFAULT_CHECK_MINUTES, ...fields }, this.timing.instanceId);
    try {
      return await this.runHeld(feed, { first: true, backfill, title: input.title?.trim() ? undefined : "from the source" });
    } catch (error) {
      await this.store.delete(feed.id);
      if (error instanceof InputError) throw error;
      // The site's words are the caller's to read; anything else (the database's) is logged, never returned.
      if (isServiceError(error)) throw new InputError("url", `could not be listed: ${error.message}`);
      throw error;
    }
  }

  async update(id: string, input: FeedInput): Promise<Feed> {
    const feed = await this.require(id);
    const patch: FeedPatch = this.checked(input);
    if (input.title !== undefined) patch.title = input.title.trim() || feed.url;
    if (input.enabled !== undefined) patch.enabled = input.enabled;
    if (input.checkEveryMinutes !== undefined) patch.nextCheckAt = this.after(feed.lastCheckedAt ?? new Date(), input.checkEveryMinutes);
    await this.checks.request({ ...feed, ...patch }); // the preset, type, quality and options still make a valid download
    return (await this.store.update(id, patch)) ?? this.require(id);
  }

  /** What refers to a feed ('notifier "Phone"'): set where notifiers exist (app.ts). */
  usedBy: (id: string) => Promise<string[]> = async () => [];

  /** The feed, if it may be removed: a ConflictError naming the notifiers that refer to it otherwise. */
  async removable(id: string): Promise<Feed> {
    const feed = await this.require(id);
    const users = await this.usedBy(id);
    if (users.length) throw new ConflictError(`feed "${feed.title}" is used by ${namedList(users)}: change them first`);
    return feed;
  }

  /** Deletes a feed and its entries; its tasks stay unless the caller removes them (see schema/feed.ts). */
  async remove(id: string): Promise<Feed> {
    const feed = await this.removable(id);
    await this.store.delete(id);
    return feed;
  }

  /** Checks a feed now: waits for a check of it already running here; another instance's is a ConflictError. */
  async check(id: string): Promise<FeedCheck> {
    const running = this.running.get(id);
    if (running) return running;
    await this.require(id);
    const feed = await this.store.claim(id, this.timing.instanceId, this.timing.leaseMs);
    if (!feed) throw new ConflictError(`feed ${id} is being checked by another instance; try again in a moment`);
    return this.runHeld(feed, {});
  }

  /** A check of a feed this instance holds; its outcome (or error) is written as the lease is let go. */
  runHeld(feed: Feed, { first = false, backfill = 0, title }: { first?: boolean; backfill?: number; title?: string }): Promise<FeedCheck> {
    const started = Date.now();
    const check = (async (): Promise<FeedCheck> => {
      try {
        const outcome = await this.checks.run(feed, { first, backfill });
        // After its entries were written: a later check queues again only entries recorded since (by a check that stopped midway).
        const now = new Date();
        const released = await this.store.release(feed.id, this.timing.instanceId, {
          lastCheckedAt: now,
          nextCheckAt: this.after(now, feed.checkEveryMinutes),
          lastError: "",
          failures: 0,
          ...(title && outcome.title ? { title: outcome.title } : {}),
        });
        const result = { ...outcome, feed: released ?? feed };
        this.events.publish({ kind: "checked", feed: result.feed, check: result, ms: Date.now() - started });
        return result;
      } catch (error) {
        const now = new Date();
        const failures = feed.failures + 1;
        const message = isServiceError(error) ? error.message : "an internal error (the server's log has it)";
        // Back off: 1, 2, 4, ... minutes, at most a day; then the feed's own interval again once a check works.
        const released = await this.store.release(feed.id, this.timing.instanceId, { lastCheckedAt: now, lastError: message, failures, nextCheckAt: this.after(now, Math.min(2 ** (failures - 1), DAY_MINUTES)) });
        this.events.publish({ kind: "failed", feed: released ?? feed, error: message, ms: Date.now() - started, cause: isServiceError(error) ? undefined : (error as Error) });
        throw isServiceError(error) ? error : new UpstreamError(`the check failed: ${message}`);
      }
    })();
    this.running.set(feed.id, check);
    return check.finally(() => this.running.delete(feed.id));
  }

  /** Resolves once no check runs here (at shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  /** Whether a check of the feed runs here now. */
  isChecking(id: string): boolean {
    return this.running.has(id);
  }

  private checked(input: FeedInput): FeedPatch {
    const patch: FeedPatch = {};
    if (input.checkEveryMinutes !== undefined) patch.checkEveryMinutes = checkInterval(input.checkEveryMinutes);
    if (input.filters !== undefined) patch.filters = JSON.stringify(checkFilters(input.filters));
    if (input.options !== undefined) patch.options = JSON.stringify(checkOptions(stripNulls(input.options)));
    if (input.presetId !== undefined) patch.presetId = input.presetId;
    if (input.downloadType !== undefined) patch.downloadType = input.downloadType;
    if (input.quality !== undefined) patch.quality = input.quality;
    return patch;
  }

  private after(from: Date, minutes: number): Date {
    return new Date(from.getTime() + minutes * this.timing.minuteMs);
  }
}

/** A feed's options are a change over its preset's; nulls are simply unset. */
const stripNulls = (options: OptionsChange) => Object.fromEntries(Object.entries(options).filter(([, value]) => value !== null && value !== undefined));
