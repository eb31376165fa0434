import { UpstreamError } from "../domain/errors.js";
import type { YtdlpStatus } from "../ops/ytdlp-updates.js";
import { OUTDATED_AFTER_DAYS } from "../ops/ytdlp-updates.js";
import { builder } from "./builder.js";

const YtdlpSource = builder.enumType("YtdlpSource", {
  description: "Where the yt-dlp in use comes from",
  values: {
    RELEASE: { value: "release", description: "A release copy fetched from the releases API (newest)" },
    SYSTEM: { value: "system", description: "The one installed on the system (apt's yt-dlp)" },
    CUSTOM: { value: "custom", description: "The one YTDLP_PATH points at" },
  } as const satisfies Record<string, { value: YtdlpStatus["source"]; description: string }>,
});

const ServerInfo = builder.objectRef<YtdlpStatus>("ServerInfo").implement({
  description: "What the server runs",
  fields: (t) => ({
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
