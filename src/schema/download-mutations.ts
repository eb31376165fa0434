import type { Download as DownloadRow } from "../domain/task.js";
import { AUDIO_QUALITIES, VIDEO_QUALITIES } from "../domain/vocabulary.js";
import { ConflictError, InputError, NotFoundError, RateLimitError } from "../domain/errors.js";
import { budgetKey } from "../security/rate-limit.js";
import { builder, type Context } from "./builder.js";
import type { NewDownload } from "../tasks/validation.js";
import { Download, DownloadStatus, DownloadType } from "./download.js";
import { DownloadOptionsInput, optionsChangeOf } from "./download-options.js";

/** The mutations on tasks: queueing, cancelling, retrying, removing, clearing. */

export const AddDownloadInput = builder.inputType("AddDownloadInput", {
  description: "What to download and how; what is unset comes from the preset named, else the default preset, else video at best",
  fields: (t) => ({
    url: t.string({ required: true, description: "An http(s) URL: a page, a playlist, a feed, a media file" }),
    downloadType: t.field({ type: DownloadType, required: false, description: "Video or audio (default: the preset's, else video)" }),
    quality: t.string({
      required: false,
      description: `Default: the preset's, else best. Video: ${VIDEO_QUALITIES.join(", ")}. Audio: ${AUDIO_QUALITIES.join(", ")}`,
    }),
    presetId: t.id({ required: false, description: "The preset to use (default: the default preset, if any)" }),
    presetName: t.string({ required: false, description: "The preset to use, by name (instead of presetId)" }),
    options: t.field({ type: DownloadOptionsInput, required: false, description: "Options over the preset's, field by field" }),
  }),
});

/** Spends `count` of the caller's MAX_TASKS_PER_MINUTE, or refuses them all. */
export function takeBudget(ctx: Context, count: number): void {
  const budget = ctx.taskBudget.take(ctx.caller, count);
  if (!budget.ok) throw new RateLimitError(budget.retryAfterSeconds);
}

/** An AddDownloadInput with its preset applied: what the task service queues. */
export async function requestOf(input: typeof AddDownloadInput.$inferInput, ctx: Context): Promise<NewDownload> {
  const resolved = await ctx.presets.resolve({
    presetId: input.presetId ? String(input.presetId) : undefined,
    preset: input.presetName ?? undefined,
    downloadType: input.downloadType ?? undefined,
    quality: input.quality ?? undefined,
    options: optionsChangeOf(input.options),
  });
  return { url: input.url, ...resolved, requestedBy: budgetKey(ctx.caller) };
}

/** What removeDownload answers: the id a client cache evicts, and the task's last state. */
type Removed = { removedId: string; download: DownloadRow };
const RemoveDownloadPayload = builder.objectRef<Removed>("RemoveDownloadPayload").implement({
  description: "A task that was deleted",
  fields: (t) => ({
    removedId: t.exposeID("removedId", { description: "Its id: evict it from a client cache" }),
    download: t.field({ type: Download, description: "Its last state before deletion", resolve: (r) => r.download }),
  }),
});

const ClearDownloadsPayload = builder.objectRef<string[]>("ClearDownloadsPayload").implement({
  description: "The tasks clearDownloads deleted",
  fields: (t) => ({
    count: t.int({ description: "How many were deleted", resolve: (ids) => ids.length }),
    clearedIds: t.idList({ description: "Their ids: evict them from a client cache", resolve: (ids) => ids }),
  }),
});

const taskErrors = { types: [NotFoundError, ConflictError], directResult: true };

builder.mutationFields((t) => ({
  addDownload: t.field({
    type: [Download],
    description: "Queues a URL; a playlist becomes one task per entry. Answers at once.",
    errors: {
      types: [InputError, RateLimitError],
      union: { description: "The queued tasks, or why the input was refused" },
      result: { description: "The URL was queued" },
      dataField: { name: "downloads", description: "The new tasks: one, or one per playlist entry" },
    },
    args: { input: t.arg({ type: AddDownloadInput, required: true, description: "The URL and options" }) },
    resolve: async (_root, { input }, ctx) => {
      takeBudget(ctx, 1);
      return ctx.downloads.add([await requestOf(input, ctx)]);
    },
  }),
  cancelDownload: t.field({
    type: Download,
    description: "Stops a pending or running task (the whole yt-dlp process tree) and removes its partial files",
    errors: { ...taskErrors, union: { description: "The cancelled task, or why it could not be cancelled" } },
    args: { id: t.arg.id({ required: true, description: "The task's id" }) },
    resolve: (_root, args, ctx) => ctx.downloads.cancel(String(args.id)),
  }),
  cancelGroup: t.field({
    type: [Download],
    description: "Cancels every unfinished task of one submission (a playlist)",
    errors: {
      types: [NotFoundError],
      union: { description: "The submission's tasks after cancelling, or NotFoundError" },
      result: { description: "The submission was cancelled" },
      dataField: { name: "downloads", description: "Every task of the submission, as they are now" },
    },
    args: { groupId: t.arg.id({ required: true, description: "The submission's groupId" }) },
    resolve: (_root, args, ctx) => ctx.downloads.cancelGroup(String(args.groupId)),
  }),
  retryDownload: t.field({
    type: Download,
    description: "Queues a failed or cancelled task again with the same options (it counts against MAX_TASKS_PER_MINUTE)",
    errors: { types: [...taskErrors.types, RateLimitError], directResult: true, union: { description: "The queued task, or why it could not be retried" } },
    args: { id: t.arg.id({ required: true, description: "The task's id" }) },
    resolve: async (_root, args, ctx) => {
      await ctx.downloads.require(String(args.id)); // an unknown id costs nothing
      takeBudget(ctx, 1);
      return ctx.downloads.retry(String(args.id));
    },
  }),
  prioritizeDownload: t.field({
    type: Download,
    description: "Moves a queued task to the front: it starts next",
    errors: { ...taskErrors, union: { description: "The task, or why it could not be moved" } },
    args: { id: t.arg.id({ required: true, description: "The task's id" }) },
    resolve: async (_root, args, ctx) => ctx.downloads.control.prioritize(await ctx.downloads.require(String(args.id))),
  }),
  removeDownload: t.field({
    type: RemoveDownloadPayload,
    description: "Deletes a task (cancelling it if it runs) and its thumbnail; with deleteFile, also its files",
    errors: { types: [NotFoundError], directResult: true, union: { description: "The removed task, or NotFoundError" } },
    args: {
      id: t.arg.id({ required: true, description: "The task's id" }),
      deleteFile: t.arg.boolean({ defaultValue: false, description: "Also delete its file and partial files" }),
    },
    resolve: async (_root, args, ctx) => {
      const download = await ctx.downloads.remove(String(args.id), args.deleteFile ?? false);
      return { removedId: download.id, download };
    },
  }),
  clearDownloads: t.field({
    type: ClearDownloadsPayload,
    description: "Deletes every finished task in the given statuses, and their thumbnails",
    errors: { types: [InputError], directResult: true, union: { description: "What was cleared, or why the statuses were refused" } },
    args: {
      status: t.arg({ type: [DownloadStatus], defaultValue: ["completed", "error", "cancelled"], description: "Finished statuses to clear" }),
      deleteFiles: t.arg.boolean({ defaultValue: false, description: "Also delete their files" }),
    },
    resolve: (_root, args, ctx) => ctx.downloads.clear(args.status ?? [], args.deleteFiles ?? false),
  }),
}));

