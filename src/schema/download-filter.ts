import type { ListFilter } from "../store/task-reads.js";
import { builder } from "./builder.js";
import { DownloadOrder, DownloadStatus, DownloadType } from "./download-enums.js";

/** The filters and the order `downloads` and `downloadsConnection` share. */
export const listingArgs = builder.args((t) => ({
  status: t.field({ type: [DownloadStatus], required: false, description: "Only tasks in these statuses" }),
  downloadType: t.field({ type: DownloadType, required: false, description: "Only video or only audio tasks" }),
  groupId: t.id({ required: false, description: "Only the tasks of one submission (a playlist)" }),
  order: t.field({ type: DownloadOrder, defaultValue: "asc", description: "Oldest (queue order) or newest first" }),
}));

type ListingArgs = { status?: ListFilter["status"] | null; downloadType?: ListFilter["downloadType"] | null; groupId?: string | number | null; order?: "asc" | "desc" | null };

/** The store's filter from those arguments. */
export const listFilterOf = (args: ListingArgs): ListFilter => ({
  status: args.status ?? undefined,
  downloadType: args.downloadType ?? undefined,
  groupId: args.groupId ? String(args.groupId) : undefined,
  newestFirst: args.order === "desc",
});
