import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { TaskFile } from "../domain/task.js";
import { idsInFileName } from "../domain/file-names.js";

const SUBTITLE_EXTENSIONS = new Set([".srt", ".vtt", ".ass", ".ssa", ".lrc", ".ttml"]);
/** What yt-dlp leaves while it works, or writes about a file rather than the media itself. */
const NOT_LISTED = /\.(part|ytdl|temp|tmp|part-Frag\d+)$|\.info\.json$|\.description$/;

/** The folder of `file` relative to the download folder ("" for the folder itself); undefined if the file is not inside it. */
export function folderInside(downloadDir: string, file: string | undefined): string | undefined {
  if (!file) return undefined;
  const relative = path.relative(downloadDir, path.resolve(path.dirname(file)));
  if (relative === "") return "";
  if (relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  return relative;
}

/**
 * A finished task's files: those in the media file's folder named "…__{id}.…" (the file, its
 * chapters when split, subtitles kept beside it), each with its path relative to the download
 * folder. The media file comes first.
 */
export async function filesOf(downloadDir: string, filepath: string, id: string): Promise<TaskFile[]> {
  const folder = path.dirname(filepath);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => idsInFileName(name).includes(id) && !NOT_LISTED.test(name));
  const files = await Promise.all(
    names.map(async (name): Promise<TaskFile | undefined> => {
      const info = await stat(path.join(folder, name)).catch(() => undefined);
      if (!info?.isFile()) return undefined;
      const kind = SUBTITLE_EXTENSIONS.has(path.extname(name).toLowerCase()) ? "subtitle" : "media";
      return { name: path.relative(downloadDir, path.join(folder, name)).split(path.sep).join("/"), kind, size: info.size };
    }),
  );
  const main = path.basename(filepath);
  return files
    .filter((file): file is TaskFile => file !== undefined)
    .sort((a, b) => Number(path.basename(b.name) === main) - Number(path.basename(a.name) === main) || a.name.localeCompare(b.name));
}

/** The folders (relative to the download folder) a task's files are in, for removing them. */
export function foldersOf(downloadDir: string, filepath: string | null): string[] {
  const folder = folderInside(downloadDir, filepath ?? undefined);
  return folder ? [folder] : [];
}
