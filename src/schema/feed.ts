import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { ConflictError, InputError, NotFoundError, RateLimitError, UpstreamError } from "../domain/errors.js";
import { parseFilters, type Feed as FeedRow, type FeedEntry as EntryRow, type FeedFilters as Filters } from "../domain/feed.js";
import { parseOptions } from "../domain/options.js";
import { FEED_ENTRY_STATES, type FeedEntryState } from "../domain/vocabulary.js";
import type { FeedCheck as Check } from "../feeds/feeds.js";
import { builder, readOnce, type Context } from "./builder.js";
import { Download } from "./download.js";
import { DownloadType } from "./download-enums.js";
import { DownloadOptions, DownloadOptionsInput, optionsChangeOf } from "./download-options.js";
import { takeBudget } from "./download-mutations.js";
import { Preset } from "./preset.js";

const STATE_MEANINGS: Record<FeedEntryState, string> = {
  queued: "New when checked, and queued as `download`",
  filtered: "New when checked, but kept out by a filter (see `reason`)",
  already_downloaded: "Some task had downloaded it already (`download`)",
  seen: "Listed when the feed was added: not downloaded",
};

const FeedEntryState = builder.enumType("FeedEntryState", {
  description: "What became of an entry",
  values: Object.fromEntries(FEED_ENTRY_STATES.map((state) => [state.toUpperCase(), { value: state, description: STATE_MEANINGS[state] }])) as Record<Uppercase<FeedEntryState>, { value: FeedEntryState; description: string }>,
});

const FeedFilters = builder.objectRef<Filters>("FeedFilters").implement({
  description: "Which new entries a check queues",
  fields: (t) => ({
    titleMatches: t.string({ nullable: true, resolve: (f) => f.titleMatches ?? null, description: "Only titles matching this RE2 pattern (case-insensitive)" }),
    titleExcludes: t.string({ nullable: true, resolve: (f) => f.titleExcludes ?? null, description: "No titles matching this RE2 pattern" }),
    minDurationSeconds: t.int({ nullable: true, resolve: (f) => f.minDurationSeconds ?? null, description: "At least this long" }),
    maxDurationSeconds: t.int({ nullable: true, resolve: (f) => f.maxDurationSeconds ?? null, description: "At most this long" }),
    publishedAfter: t.string({ nullable: true, resolve: (f) => f.publishedAfter ?? null, description: "Published after this date" }),
    maxNewPerCheck: t.int({ resolve: (f) => f.maxNewPerCheck ?? 20, description: "New entries queued per check at most; the rest are filtered" }),
  }),
});

const FeedFiltersInput = builder.inputType("FeedFiltersInput", {
  description: "Which new entries a check queues; where the listing lacks a duration or date, the entry's own page is read",
  fields: (t) => ({
    titleMatches: t.string({ required: false, description: "Only titles matching this regular expression (RE2 syntax, case-insensitive)" }),
    titleExcludes: t.string({ required: false, description: "No titles matching this regular expression" }),
    minDurationSeconds: t.int({ required: false, description: "At least this many seconds long" }),
    maxDurationSeconds: t.int({ required: false, description: "At most this many seconds long" }),
    publishedAfter: t.string({ required: false, description: "Published after this date (ISO 8601)" }),
    maxNewPerCheck: t.int({ required: false, description: "At most this many new entries queued per check (default 20)" }),
  }),
});

const FeedEntry = builder.objectRef<EntryRow>("FeedEntry").implement({
  description: "An entry the feed's source listed, recorded once, and what became of it",
  fields: (t) => ({
    entryId: t.exposeString("entryKey", { description: '"{extractor}:{id}" (for yt-dlp\'s generic extractor, the item\'s guid or URL)' }),
    title: t.exposeString("title", { description: "As listed" }),
    url: t.exposeString("url", { description: "As listed" }),
    state: t.field({ type: FeedEntryState, description: "What became of it", resolve: (e) => e.state as FeedEntryState }),
    reason: t.string({ nullable: true, description: "Why it was filtered out", resolve: (e) => e.reason || null }),
    download: t.field({ type: Download, nullable: true, description: "The task that downloads it, or downloaded it already", resolve: (e, _args, ctx) => (e.downloadId ? ctx.downloads.get(e.downloadId) : null) }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true, description: "When the source says it was published" }),
    recordedAt: t.expose("createdAt", { type: "DateTime", description: "When a check first saw it" }),
  }),
});

const DEFAULT_ENTRY_PAGE = 50;
const MAX_ENTRY_PAGE = 500;

export const Feed = builder.objectRef<FeedRow>("Feed").implement({
  description: "A followed source (a channel, a playlist, a podcast or any page yt-dlp lists): checked now and then, its new entries downloaded",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The feed's UUID" }),
    url: t.exposeString("url", { description: "The source" }),
    title: t.exposeString("title", { description: "From the source unless given" }),
    enabled: t.exposeBoolean("enabled", { description: "False while paused" }),
    checkEveryMinutes: t.exposeInt("checkEveryMinutes", { description: "Minutes between checks" }),
    lastCheckedAt: t.expose("lastCheckedAt", { type: "DateTime", nullable: true, description: "When it was last checked" }),
    nextCheckAt: t.expose("nextCheckAt", { type: "DateTime", description: "When it is checked next (later while failing: backing off)" }),
    lastError: t.string({ nullable: true, description: "Why the last check failed; null when it worked", resolve: (f) => f.lastError || null }),
    failures: t.exposeInt("failures", { description: "Checks failed in a row" }),
    preset: t.field({ type: Preset, nullable: true, description: "The preset its downloads use (null: the default one)", resolve: (f, _args, ctx) => (f.presetId ? ctx.presets.get(f.presetId) : null) }),
    downloadType: t.field({ type: DownloadType, nullable: true, description: "Over the preset's", resolve: (f) => (f.downloadType as "video" | "audio" | null) ?? null }),
    quality: t.string({ nullable: true, description: "Over the preset's", resolve: (f) => f.quality }),
    options: t.field({ type: DownloadOptions, description: "Options over the preset's", resolve: (f) => parseOptions(f.options) }),
    filters: t.field({ type: FeedFilters, description: "Which new entries are queued", resolve: (f) => parseFilters(f.filters) }),
    entryCount: t.int({ description: "Entries recorded", resolve: (f, _args, ctx) => ctx.feeds.countEntries(f.id) }),
    downloads: t.field({
      type: [Download],
      description: "The tasks it queued, newest first",
      args: { limit: t.arg.int({ defaultValue: 50, description: "At most this many (up to 500)" }) },
      complexity: (args) => ({ field: 1, multiplier: Math.min(500, args.limit ?? 50) }),
      resolve: (f, args, ctx) => ctx.downloads.list({ feedId: f.id, newestFirst: true, limit: Math.min(500, Math.max(0, args.limit ?? 50)) }),
    }),
    entries: t.connection({
      type: FeedEntry,
      description: `Every entry the source listed, newest first (at most ${MAX_ENTRY_PAGE} a page, ${DEFAULT_ENTRY_PAGE} by default)`,
      complexity: (args) => ({ field: 1, multiplier: Math.min(MAX_ENTRY_PAGE, args.first ?? args.last ?? DEFAULT_ENTRY_PAGE) }),
      resolve: async (feed, args, ctx) => {
        const [page, totalCount] = await Promise.all([
          resolveOffsetConnection({ args, defaultSize: DEFAULT_ENTRY_PAGE, maxSize: MAX_ENTRY_PAGE }, ({ offset, limit }) => ctx.feeds.entries(feed.id, offset, limit)),
          ctx.feeds.countEntries(feed.id),
        ]);
        return { ...page, totalCount };
      },
    }, { name: "FeedEntryConnection", description: "A page of a feed's entries" }, { name: "FeedEntryEdge", description: "An entry and its cursor" }),
  }),
});

const FeedCheck = builder.objectRef<Check>("FeedCheck").implement({
  description: "What one check found and did",
  fields: (t) => ({
    feed: t.field({ type: Feed, description: "The feed after the check", resolve: (c) => c.feed }),
    found: t.exposeInt("found", { description: "Entries the source lists" }),
    new: t.exposeInt("new", { description: "Entries never seen before" }),
    queued: t.exposeInt("queued", { description: "New entries queued" }),
    filtered: t.exposeInt("filtered", { description: "New entries kept out by a filter" }),
    downloads: t.field({ type: [Download], description: "The tasks queued, newest last", resolve: (c) => c.downloads }),
  }),
});

const feedFields = (t: PothosInputFields) => ({
  title: t.string({ required: false, description: "Default: the source's own title" }),
  presetId: t.id({ required: false, description: "The preset its downloads use (default: the default preset)" }),
  downloadType: t.field({ type: DownloadType, required: false, description: "Over the preset's" }),
  quality: t.string({ required: false, description: "Over the preset's" }),
  options: t.field({ type: DownloadOptionsInput, required: false, description: "Options over the preset's" }),
  checkEveryMinutes: t.int({ required: false, description: "Minutes between checks: at least 5, default 60" }),
  filters: t.field({ type: FeedFiltersInput, required: false, description: "Which new entries are queued" }),
});
type PothosInputFields = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

const AddFeedInput = builder.inputType("AddFeedInput", {
  description: "A source to follow",
  fields: (t) => ({
    url: t.string({ required: true, description: "A channel, a playlist, an RSS/Atom feed, or any page yt-dlp lists as a playlist" }),
    backfill: t.int({ required: false, description: "Queue the newest N entries now (default 0: what is listed now is only recorded as seen)" }),
    ...feedFields(t),
  }),
});

const UpdateFeedInput = builder.inputType("UpdateFeedInput", {
  description: "What to change; unset fields stay",
  fields: (t) => ({ enabled: t.boolean({ required: false, description: "False pauses its checks" }), ...feedFields(t) }),
});

type FeedInputValue = typeof UpdateFeedInput.$inferInput;
const feedInput = (input: FeedInputValue) => ({
  title: input.title ?? undefined,
  enabled: input.enabled ?? undefined,
  presetId: input.presetId === undefined ? undefined : input.presetId && String(input.presetId),
  downloadType: input.downloadType,
  quality: input.quality,
  options: optionsChangeOf(input.options),
  checkEveryMinutes: input.checkEveryMinutes ?? undefined,
  filters: input.filters ? (Object.fromEntries(Object.entries(input.filters).filter(([, v]) => v !== null && v !== undefined)) as Filters) : undefined,
});

const feedErrors = (description: string) => ({ types: [InputError, NotFoundError, ConflictError], directResult: true as const, union: { description } });

builder.queryFields((t) => ({
  feeds: t.field({
    type: [Feed],
    description: "Every feed, oldest first",
    complexity: { field: 1, multiplier: 100 }, // weighed as many: each may hold pages of entries
    resolve: (_root, _args, ctx) => ctx.feeds.list(),
  }),
  feed: t.field({
    type: Feed,
    nullable: true,
    description: "One feed; null when there is none with that id",
    args: { id: t.arg.id({ required: true, description: "The feed's id" }) },
    resolve: (_root, args, ctx) => ctx.feeds.get(String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  addFeed: t.field({
    type: Feed,
    description: "Follows a source; it is listed at once: its entries are recorded as seen (the newest `backfill` are queued). A URL that lists no entries is an InvalidInputError on url",
    errors: { ...feedErrors("The new feed, or why it was refused (RateLimitedError: a backfill past what the caller may add now)"), types: [InputError, NotFoundError, ConflictError, RateLimitError] },
    args: { input: t.arg({ type: AddFeedInput, required: true, description: "The source and how to download it" }) },
    resolve: async (_root, { input }, ctx) => {
      const backfill = input.backfill ?? 0;
      if (Number.isInteger(backfill) && backfill > 0) takeBudget(ctx, backfill); // the tasks it may queue count against the caller
      return (await ctx.feeds.add({ ...feedInput(input), url: input.url, backfill })).feed;
    },
  }),
  updateFeed: t.field({
    type: Feed,
    description: "Changes a feed (pause it with enabled: false)",
    errors: feedErrors("The changed feed, or why it was refused"),
    args: { id: t.arg.id({ required: true, description: "The feed's id" }), input: t.arg({ type: UpdateFeedInput, required: true, description: "What to change" }) },
    resolve: (_root, { id, input }, ctx) => ctx.feeds.update(String(id), feedInput(input)),
  }),
  removeFeed: t.field({
    type: Feed,
    description: "Stops following a feed and forgets its entries; with removeDownloads, also removes the tasks it queued and their files",
    errors: feedErrors("The removed feed, or NotFoundError"),
    args: { id: t.arg.id({ required: true, description: "The feed's id" }), removeDownloads: t.arg.boolean({ defaultValue: false, description: "Also remove its tasks and their files" }) },
    resolve: (_root, { id, removeDownloads }, ctx) => removeFeed(ctx, String(id), removeDownloads ?? false),
  }),
  checkFeed: t.field({
    type: FeedCheck,
    description: "Checks a feed now and answers with what the check found and queued",
    errors: { types: [InputError, NotFoundError, ConflictError, UpstreamError], union: { description: "The check, or why it could not run (UpstreamError: the source could not be listed)" }, result: { description: "The check ran" }, dataField: { name: "check", description: "What it found and did" } },
    args: { id: t.arg.id({ required: true, description: "The feed's id" }) },
    resolve: async (_root, { id }, ctx) => {
      const check = await ctx.feeds.check(String(id));
      ctx.taskBudget.spend(ctx.caller, check.queued); // its new entries count against who asked for the check
      return check;
    },
  }),
}));

/** The feed's tasks are removed first (each cancelled if it runs), then the feed. */
async function removeFeed(ctx: Context, id: string, removeDownloads: boolean): Promise<FeedRow> {
  const feed = await ctx.feeds.removable(id); // refused before any of its tasks goes
  if (removeDownloads) for (const task of await ctx.downloads.list({ feedId: id })) await ctx.downloads.remove(task.id, true).catch(() => undefined);
  return ctx.feeds.remove(feed.id);
}

builder.objectField(Download, "feed", (t) =>
  t.field({
    type: Feed,
    nullable: true,
    description: "The feed that queued it; null when none, or when the feed was removed since",
    resolve: (row, _args, ctx) => (row.feedId ? readOnce(ctx.feedsRead, row.feedId, (id) => ctx.feeds.get(id)) : null),
  }),
);
