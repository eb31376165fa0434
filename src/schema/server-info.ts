import { UpstreamError } from "../domain/errors.js";
import type { YtdlpStatus } from "../ops/ytdlp-updates.js";
import { OUTDATED_AFTER_DAYS } from "../ops/ytdlp-updates.js";
import { builder, type ServerFacts } from "./builder.js";

const YtdlpSource = builder.enumType("YtdlpSource", {
  description: "Where the yt-dlp in use comes from",
  values: {
    RELEASE: { value: "release", description: "A release copy fetched from the releases API (newest)" },
    SYSTEM: { value: "system", description: "The one installed on the system (apt's yt-dlp)" },
    CUSTOM: { value: "custom", description: "The one YTDLP_PATH points at" },
  } as const satisfies Record<string, { value: YtdlpStatus["source"]; description: string }>,
});

type Limits = ServerFacts["limits"];
const ServerLimits = builder.objectRef<Limits>("ServerLimits").implement({
  description: "What one request or caller may ask of this server",
  fields: (t) => ({
    maxConcurrentDownloads: t.exposeInt("maxConcurrentDownloads", { description: "Tasks this instance runs at once (MAX_CONCURRENT_DOWNLOADS)" }),
    maxPageSize: t.exposeInt("maxPageSize", { description: "The largest limit or first a listing takes" }),
    maxPlaylistEntries: t.exposeInt("maxPlaylistEntries", { description: "Entries a playlist becomes at most (MAX_PLAYLIST_ENTRIES)" }),
    maxTasksPerMinute: t.exposeInt("maxTasksPerMinute", { description: "New tasks one caller may add per minute (MAX_TASKS_PER_MINUTE)" }),
    maxRequestBodyBytes: t.exposeInt("maxRequestBodyBytes", { description: "The largest JSON body a REST request may send" }),
    maxCookiesBytes: t.exposeInt("maxCookiesBytes", { description: "The largest cookies file a preset takes" }),
    maxSubscriptionsPerConnection: t.exposeInt("maxSubscriptionsPerConnection", { description: "Subscriptions one WebSocket may hold (MAX_SUBSCRIPTIONS_PER_CONNECTION)" }),
  }),
});

const ServerInfo = builder.objectRef<YtdlpStatus>("ServerInfo").implement({
  description: "What the server runs",
  fields: (t) => ({
    version: t.string({ description: "This server's version", resolve: (_info, _args, ctx) => ctx.facts.version }),
    authRequired: t.boolean({ description: "Whether requests need the API token (API_TOKEN is set)", resolve: (_info, _args, ctx) => ctx.facts.authRequired }),
    limits: t.field({ type: ServerLimits, description: "What a request or caller may ask", resolve: (_info, _args, ctx) => ctx.facts.limits }),
    ytdlpVersion: t.exposeString("version", { description: "The yt-dlp version new tasks run with" }),
    ytdlpReleasedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "That version's release day (from its version number)",
      resolve: (info) => info.releasedAt ?? null,
    }),
    ytdlpSource: t.field({ type: YtdlpSource, description: "Where that yt-dlp comes from", resolve: (info) => info.source }),
    queuePaused: t.boolean({ description: "Whether the queue is paused (pauseQueue): running tasks finish, nothing new starts", resolve: (_info, _args, ctx) => ctx.downloads.control.paused() }),
    ytdlpOutdated: t.exposeBoolean("outdated", {
      description: `True when that release is more than ${OUTDATED_AFTER_DAYS} days old: sites change, update it (updateYtdlp)`,
    }),
  }),
});

builder.queryField("serverInfo", (t) =>
  t.field({ type: ServerInfo, description: "What the server runs", resolve: (_root, _args, ctx) => ctx.ytdlp.status() }),
);

builder.mutationField("updateYtdlp", (t) =>
  t.field({
    type: ServerInfo,
    description:
      "Fetches the latest yt-dlp release, checks that it runs, and moves new tasks to it; running tasks " +
      "finish on the yt-dlp they started with. Answers UpstreamError when the releases API cannot be reached",
    errors: { types: [UpstreamError], directResult: true, union: { description: "The yt-dlp now in use, or why the update failed" } },
    resolve: (_root, _args, ctx) => ctx.ytdlp.update(),
  }),
);

builder.mutationFields((t) => ({
  pauseQueue: t.field({
    type: ServerInfo,
    description: "Pauses the queue on every instance, across restarts: running tasks finish, nothing new starts",
    resolve: async (_root, _args, ctx) => {
      await ctx.downloads.control.pause();
      return ctx.ytdlp.status();
    },
  }),
  resumeQueue: t.field({
    type: ServerInfo,
    description: "Lets the queue start tasks again",
    resolve: async (_root, _args, ctx) => {
      await ctx.downloads.control.resume();
      return ctx.ytdlp.status();
    },
  }),
}));
