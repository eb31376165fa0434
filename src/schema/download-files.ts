import path from "node:path";
import { parseOptions } from "../domain/options.js";
import { filesOf, type Download as DownloadRow, type TaskFile } from "../domain/task.js";
import { builder, readOnce } from "./builder.js";
import { Download } from "./download.js";
import { DownloadOptions, FileKind } from "./download-options.js";
import { Preset } from "./preset.js";

/** A task's file and where to fetch it. */
type FileOfTask = TaskFile & { url: string };

const DownloadFile = builder.objectRef<FileOfTask>("DownloadFile").implement({
  description: "One file of a completed task",
  fields: (t) => ({
    name: t.exposeString("name", { description: 'Its path inside the download folder ("{folder}/{title}__{id}.{ext}")' }),
    kind: t.field({ type: FileKind, description: "Media, subtitle or thumbnail", resolve: (f) => f.kind }),
    size: t.field({ type: "SafeInt", description: "Bytes", resolve: (f) => f.size }),
    url: t.exposeString("url", { description: "Where to fetch it (Range supported); signed like fileUrl when API_TOKEN is set" }),
  }),
});

/** `/api/downloads/{id}/files/{name}`: a task's files share one folder, so the last part of the name is enough. */
export const fileRoute = (id: string, name: string) => `/api/downloads/${id}/files/${encodeURIComponent(path.posix.basename(name))}`;

builder.objectFields(Download, (t) => ({
  options: t.field({
    type: DownloadOptions,
    description: "The options it runs with: a snapshot taken when it was queued, repeated exactly by a retry",
    resolve: (row) => parseOptions(row.options),
  }),
  preset: t.field({
    type: Preset,
    nullable: true,
    description: "The preset it was queued with; null when none, or when the preset was deleted since",
    resolve: (row, _args, ctx) => (row.presetId ? readOnce(ctx.presetsRead, row.presetId, (id) => ctx.presets.get(id)) : null),
  }),
  files: t.field({
    type: [DownloadFile],
    description: "Its files once completed: the media (first), subtitles kept beside it, the thumbnail",
    complexity: { field: 1, multiplier: 2 }, // a few files, not a list of ten
    resolve: (row: DownloadRow, _args, ctx) => {
      if (row.status !== "completed") return [];
      const files: FileOfTask[] = filesOf(row).map((file) => ({ ...file, url: ctx.links.sign(fileRoute(row.id, file.name)) }));
      if (row.thumbnailPath) files.push({ name: path.basename(row.thumbnailPath), kind: "thumbnail", size: 0, url: ctx.links.sign(`/api/thumbnails/${row.id}`) });
      return files;
    },
  }),
}));
