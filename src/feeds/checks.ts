import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import PQueue from "p-queue";
import { InputError } from "../domain/errors.js";
import { compileFilters, DEFAULT_MAX_NEW_PER_CHECK, filteredOut, needsMetadata, parseFilters, type EntryRecord, type Feed, type FeedEntry, type ListedEntry } from "../domain/feed.js";
import { parseOptions } from "../domain/options.js";
import type { Download } from "../domain/task.js";
import { newTask } from "../domain/task-states.js";
import type { Launcher } from "../engine/launcher.js";
import { listSource } from "../engine/listing.js";
import { withCookiesCopy } from "../engine/runner.js";
import type { CookieFiles } from "../presets/cookies.js";
import type { PresetService, ResolvedRequest } from "../presets/presets.js";
import type { AddressPolicy } from "../security/url-guard.js";
import type { FeedStore, NewFeedEntry } from "../store/feeds.js";
import type { TaskStore } from "../store/tasks.js";
import type { DownloadService } from "../tasks/downloads.js";
import { checkFetchableUrl } from "../tasks/validation.js";

/** What one check found and did. */
export type CheckOutcome = { title?: string; found: number; new: number; queued: number; filtered: number; downloads: Download[] };

export type CheckDeps = {
  feeds: FeedStore;
  tasks: TaskStore;
  downloads: DownloadService;
  presets: PresetService;
  launcher: Launcher;
  cookies: CookieFiles;
  addresses: AddressPolicy;
  /** Entries a check lists at most. */
  maxEntries: number;
  /** yt-dlp listings running at once, whatever the number of checks asked for (MAX_CONCURRENT_DOWNLOADS). */
  maxListings: number;
};

/**
 * One check of a feed: lists its source (flat, lazy, bounded), records each entry it has never
 * seen exactly once (by its identity, under a unique key) with what became of it, and queues
 * those that pass as one group with the feed's options, newest last. Records are written before
 * the tasks they name, and a check first queues what a check stopped midway (a crash) left
 * recorded but not queued: so no entry is queued twice and none is lost.
 */
export class FeedChecks {
  private readonly listings: PQueue;

  constructor(private readonly deps: CheckDeps) {
    this.listings = new PQueue({ concurrency: Math.max(1, deps.maxListings) });
  }

  /** `first`: the feed was just added, so what it lists is seen, not new, except the newest `backfill`. */
  async run(feed: Feed, { first = false, backfill = 0 } = {}): Promise<CheckOutcome> {
    const request = await this.request(feed);
    await this.queueLeftOver(feed, request);
    const listing = await this.list(feed, feed.url, false);
    if (!listing.isList) {
      throw new InputError("url", "lists no entries: follow a channel, a playlist or an RSS/Atom feed, not a single video");
    }
    const unique = [...new Map(listing.entries.map((entry) => [entry.key, entry])).values()];
    const known = await this.deps.feeds.knownKeys(feed.id, unique.map((entry) => entry.key));
    const fresh = unique.filter((entry) => !known.has(entry.key));
    const candidates = first ? newest(fresh, backfill) : fresh;
    const records = new Map<string, EntryRecord>(fresh.filter((entry) => !candidates.includes(entry)).map((entry) => [entry.key, { state: "seen" }]));
    for (const [key, record] of await this.decide(feed, candidates)) records.set(key, record);

    const recordedAt = new Date();
    const rows: NewFeedEntry[] = fresh.map((entry) => ({
      id: randomUUID(),
      createdAt: recordedAt,
      feedId: feed.id,
      entryKey: entry.key,
      title: entry.title,
      url: entry.url,
      state: records.get(entry.key)!.state,
      reason: records.get(entry.key)!.reason ?? "",
      downloadId: records.get(entry.key)!.downloadId ?? null,
      publishedAt: entry.publishedAt ?? null,
    }));
    await this.deps.feeds.insertEntries(rows);
    const queued = rows.filter((row) => row.state === "queued").reverse(); // the source lists its newest first: queued newest last
    const downloads = this.tasksFor(feed, listing.title ?? feed.title, queued, request);
    await this.deps.downloads.queueAll(downloads);
    return { title: listing.title, found: unique.length, new: fresh.length, queued: queued.length, filtered: rows.filter((row) => row.state === "filtered").length, downloads };
  }

  /** Already downloaded, refused by the address guard, filtered out, over the per-check limit, or queued: for each entry, newest first. */
  private async decide(feed: Feed, entries: ListedEntry[]): Promise<Map<string, EntryRecord>> {
    const filters = compileFilters(parseFilters(feed.filters));
    const max = filters.maxNewPerCheck ?? DEFAULT_MAX_NEW_PER_CHECK;
    const done = await this.deps.tasks.completedMatching(entries.map((entry) => entry.key), entries.map((entry) => entry.url));
    const records = new Map<string, EntryRecord>();
    let queued = 0;
    for (const listed of entries) {
      await nextTurn(); // each entry's filters in a turn of its own: requests are answered between them
      const already = done.find((task) => task.sourceKey === listed.key || task.url === listed.url);
      if (already) {
        records.set(listed.key, { state: "already_downloaded", downloadId: already.id });
        continue;
      }
      const refused = await checkFetchableUrl(listed.url, this.deps.addresses).then(() => undefined, (error: Error) => error.message);
      const entry = !refused && needsMetadata(listed, filters) ? await this.withMetadata(feed, listed) : listed;
      const reason = refused ?? filteredOut(entry, filters) ?? (queued >= max ? `more than ${max} new entries in one check (filters.maxNewPerCheck)` : undefined);
      if (reason) records.set(listed.key, { state: "filtered", reason });
      else {
        records.set(listed.key, { state: "queued", downloadId: randomUUID() });
        queued += 1;
      }
    }
    return records;
  }

  /** The entry with the duration and date its own page gives, where the listing had none; as it was if that fails. */
  private async withMetadata(feed: Feed, entry: ListedEntry): Promise<ListedEntry> {
    const own = await this.list(feed, entry.url, true).catch(() => undefined);
    const found = own?.entries[0];
    return found ? { ...entry, durationSeconds: entry.durationSeconds ?? found.durationSeconds, publishedAt: entry.publishedAt ?? found.publishedAt } : entry;
  }

  /** Entries a check recorded as queued before it stopped (a crash, a lost lease) whose tasks were never inserted. */
  private async queueLeftOver(feed: Feed, request: ResolvedRequest): Promise<void> {
    const recorded = await this.deps.feeds.queuedSince(feed.id, feed.lastCheckedAt ?? feed.createdAt);
    const present = await this.deps.tasks.existing(recorded.map((entry) => entry.downloadId!).filter(Boolean));
    const missing = recorded.filter((entry) => entry.downloadId && !present.has(entry.downloadId));
    await this.deps.downloads.queueAll(this.tasksFor(feed, feed.title, missing, request));
  }

  private tasksFor(feed: Feed, title: string, entries: Array<Pick<FeedEntry, "downloadId" | "url" | "title">>, request: ResolvedRequest): Download[] {
    const groupId = randomUUID();
    const createdAt = new Date();
    return entries.map((entry, index) => ({
      ...newTask({ id: entry.downloadId!, groupId, url: entry.url, quality: request.quality, downloadType: request.downloadType, options: JSON.stringify(request.options), presetId: request.presetId, feedId: feed.id }),
      title: entry.title,
      isPlaylist: true,
      playlistIndex: index + 1,
      playlistTotal: entries.length,
      playlistTitle: title,
      createdAt,
      updatedAt: createdAt,
    }));
  }

  /** What the feed's tasks are queued with: its preset (or the default one) under its own choices; InputError if that is not valid. */
  request(feed: Feed): Promise<ResolvedRequest> {
    return this.deps.presets.resolve({
      presetId: feed.presetId ?? undefined,
      downloadType: (feed.downloadType as ResolvedRequest["downloadType"] | null) ?? undefined,
      quality: feed.quality ?? undefined,
      options: parseOptions(feed.options),
    });
  }

  private async list(feed: Feed, url: string, single: boolean) {
    const cookies = feed.presetId ? this.deps.cookies.fileOf(feed.presetId) : undefined;
    const listing = () => withCookiesCopy(cookies, `list-${feed.id}-${randomUUID()}`, (cookiesFile) => listSource(this.deps.launcher, url, { maxEntries: this.deps.maxEntries, cookiesFile, single }));
    return this.listings.add(listing);
  }
}

/** The newest `count` entries: by date where every one has a date, else the source's order (a feed lists its newest first). */
function newest(entries: ListedEntry[], count: number): ListedEntry[] {
  if (count <= 0) return [];
  const dated = entries.every((entry) => entry.publishedAt) ? [...entries].sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime()) : entries;
  return dated.slice(0, count);
}
