import path from "node:path";
import { acceptedQualities } from "../domain/vocabulary.js";
import { downloadTypeOf, statusOf, type Download as DownloadRow } from "../domain/task.js";
import { MAX_PAGE_SIZE } from "../domain/order.js";
import { failureSummary } from "../domain/failure-kinds.js";
import { builder } from "./builder.js";
import { listFilterOf, listingArgs } from "./download-filter.js";
import { DownloadOrder, DownloadStatus, DownloadType, ErrorKind } from "./download-enums.js";
import type { ErrorKind as ErrorKindValue } from "../domain/vocabulary.js";

export { DownloadOrder, DownloadStatus, DownloadType };

const isMoving = (row: DownloadRow) => row.status === "downloading";

export const Download = builder.objectRef<DownloadRow>("Download").implement({
  description: "One download task: one item, or one entry of a playlist.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The task's UUID" }),
    url: t.exposeString("url", { description: "The URL as submitted (a playlist entry's own URL)" }),
    title: t.exposeString("title", { description: "From the site's metadata; the URL until known" }),
    thumbnail: t.string({
      nullable: true,
      description: "/api/thumbnails/{id} once saved locally, else the site's URL; null when there is none",
      resolve: (row) => (row.thumbnailPath ? `/api/thumbnails/${row.id}` : row.thumbnail || null),
    }),
    status: t.field({ type: DownloadStatus, description: "Where the task is in its life cycle", resolve: (row) => statusOf(row) }),
    progress: t.exposeFloat("progress", { description: "0 to 100" }),
    speed: t.string({
      nullable: true,
      description: 'Human speed like "3.2 MB/s"; null unless downloading',
      resolve: (row) => (isMoving(row) && row.speedBytes ? formatSpeed(row.speedBytes) : null),
    }),
    eta: t.string({
      nullable: true,
      description: 'Seconds left like "120s"; null when unknown or not downloading',
      resolve: (row) => (isMoving(row) && row.etaSeconds != null ? `${row.etaSeconds}s` : null),
    }),
    speedBytesPerSecond: t.field({
      type: "SafeInt",
      nullable: true,
      description: "Download speed in bytes per second; null unless downloading",
      resolve: (row) => (isMoving(row) && row.speedBytes != null ? Math.round(row.speedBytes) : null),
    }),
    etaSeconds: t.int({
      nullable: true,
      description: "Seconds left; null when unknown or not downloading",
      resolve: (row) => (isMoving(row) ? row.etaSeconds : null),
    }),
    filesize: t.field({ type: "SafeInt", description: "Bytes, total or estimate; 0 if unknown", resolve: (row) => Math.round(row.filesize) }),
    downloadedBytes: t.field({ type: "SafeInt", description: "Bytes downloaded so far", resolve: (row) => Math.round(row.downloadedBytes) }),
    formatNote: t.string({
      nullable: true,
      description: 'What was fetched: "1080p", "mp3 128k", ...; null until known',
      resolve: (row) => row.formatNote || null,
    }),
    isPlaylist: t.exposeBoolean("isPlaylist", { description: "Whether the task is one entry of a playlist" }),
    playlistIndex: t.exposeInt("playlistIndex", { description: "1..N for a playlist entry, else 0" }),
    playlistTitle: t.string({ nullable: true, description: "The playlist's title, for a playlist entry whose source names it; else null", resolve: (row) => row.playlistTitle || null }),
    playlistTotal: t.exposeInt("playlistTotal", { description: "N for a playlist entry, else 1" }),
    groupId: t.exposeID("groupId", { description: "Shared by every task of one submission" }),
    filename: t.string({ nullable: true, description: '"{title}__{id}.{ext}" once known, else null', resolve: (row) => row.filename || null }),
    fileUrl: t.string({
      nullable: true,
      description:
        "Where to fetch the finished file; null until completed. With API_TOKEN set it is a link signed for an hour, " +
        "usable without the token (e.g. in <a href>)",
      resolve: (row, _args, ctx) => (row.status === "completed" && row.filename ? ctx.links.sign(`/api/downloads/${row.id}/file`) : null),
    }),
    thumbnailUrl: t.string({
      nullable: true,
      description: "Where to fetch the saved thumbnail; null until saved. Signed like fileUrl when API_TOKEN is set",
      resolve: (row, _args, ctx) => (row.thumbnailPath ? ctx.links.sign(`/api/thumbnails/${row.id}`) : null),
    }),
    thumbnailFile: t.string({
      nullable: true,
      description: "The saved thumbnail's file name inside the server's thumbnail folder; null until saved",
      resolve: (row) => (row.thumbnailPath ? path.basename(row.thumbnailPath) : null),
    }),
    quality: t.exposeString("quality", { description: 'What was asked: "best", "720p", "192k", ...' }),
    downloadType: t.field({
      type: DownloadType,
      description: "Video, or audio (converted to options.audioFormat, MP3 by default)",
      resolve: (row) => downloadTypeOf(row),
    }),
    errorMessage: t.string({ nullable: true, description: "The error yt-dlp reported; null unless status is ERROR", resolve: (row) => row.errorMessage || null }),
    errorSummary: t.string({
      nullable: true,
      description: 'The error as a plain sentence for people ("The page was not found (HTTP 404)"); errorMessage has the details. Null unless status is ERROR',
      resolve: (row) => (row.status === "error" ? failureSummary(row.errorMessage) : null),
    }),
    attempt: t.exposeInt("attempt", { description: "Runs started since it was queued (or retried by a person)" }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", nullable: true, description: "A transient failure's automatic retry runs then; null when none waits" }),
    errorKind: t.field({ type: ErrorKind, nullable: true, description: "Whether its last failure was transient (retried by itself), permanent or unknown", resolve: (row) => (row.errorKind as ErrorKindValue | null) ?? null }),
    lastError: t.string({ nullable: true, description: "Its last run's error, also while it waits for a retry (when errorMessage is null)", resolve: (row) => row.lastError || null }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the task was queued" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true, description: "When its latest run started; null until it runs" }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true, description: "When it completed; null until then" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the stored row last changed" }),
  }),
});

/** What `group` is assumed to return when costing an operation (a long playlist). */
const GROUP_SIZE_ESTIMATE = 500;

builder.objectField(Download, "group", (t) =>
  t.field({
    type: [Download],
    description: "Every task of the same submission (the entries of a playlist), in playlist order",
    complexity: { field: 1, multiplier: GROUP_SIZE_ESTIMATE },
    resolve: (row, _args, ctx) => ctx.downloads.list({ groupId: row.groupId }),
  }),
);

builder.queryFields((t) => ({
  downloads: t.field({
    type: [Download],
    description: `Tasks, oldest first unless \`order\` says otherwise; at most ${MAX_PAGE_SIZE} per page (use offset for more)`,
    complexity: (args) => ({ field: 1, multiplier: Math.max(1, args.limit ?? MAX_PAGE_SIZE) }),
    args: {
      ...listingArgs,
      limit: t.arg.int({ defaultValue: MAX_PAGE_SIZE, description: `Page size, 0 to ${MAX_PAGE_SIZE}` }),
      offset: t.arg.int({ required: false, description: "Tasks to skip before the page" }),
    },
    resolve: (_root, args, ctx) => ctx.downloads.list({ ...listFilterOf(args), limit: args.limit ?? undefined, offset: args.offset ?? undefined }),
  }),
  qualities: t.stringList({
    description: "The qualities addDownload accepts for a download type, best first",
    args: { downloadType: t.arg({ type: DownloadType, required: true, description: "Video or audio" }) },
    resolve: (_root, args) => [...acceptedQualities(args.downloadType)],
  }),
  download: t.field({
    type: Download,
    nullable: true,
    description: "One task; null when there is none with that id",
    args: { id: t.arg.id({ required: true, description: "The task's id" }) },
    resolve: (_root, args, ctx) => ctx.downloads.get(String(args.id)),
  }),
}));

const UNITS = ["B/s", "KB/s", "MB/s", "GB/s"];

/** Decimal units with one decimal: 3_200_000 -> "3.2 MB/s". */
export function formatSpeed(bytesPerSecond: number): string {
  let value = bytesPerSecond;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}
