import { folderSegments } from "../domain/folder-template.js";
import type { DownloadOptions } from "../domain/options.js";
import type { FolderField } from "../domain/vocabulary.js";

/** Audio downloads are converted to this format unless their options name another. */
export const DEFAULT_AUDIO_FORMAT = "mp3";

/** Bytes of one metadata value in a folder name. */
const FOLDER_VALUE_BYTES = 80;

/** What a folder value falls back to when the site does not give it. */
const UNKNOWN = "unknown";

/** Characters that reorder text on screen, so "exe.mp4" can show as "4pm.exe" (python/child_safety.py strips them too). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name known ahead (a playlist entry's title, its playlist's title) made safe as one file or
 * folder name: no separators, no leading dot or dash, at most `bytes` bytes, no template.
 */
export function safeName(name: string, bytes: number): string {
  const safe = name.replace(BIDI_CONTROLS, "").replace(/[\/\\:*?"<>|\x00-\x1f]/g, "_").replace(/^[.\s-]+/, "");
  let kept = "";
  for (const char of safe) {
    if (Buffer.byteLength(kept + char) > bytes) break;
    kept += char;
  }
  return (kept.trim() || "_").replace(/%/g, "%%");
}

/**
 * The folder of a task's files, as a yt-dlp output template ending in "/" (or "" for the download
 * folder itself). Literal text is escaped; placeholders become yt-dlp fields, whose values yt-dlp
 * sanitises ("/" becomes "⧸", and python/child_safety.py strips leading dots, so ".." is "_"),
 * or the values already known, made safe here.
 */
export function folderTemplate(template: string | undefined, known: Partial<Record<FolderField, string>>): string {
  if (!template) return "";
  const segments = folderSegments(template).map((parts) =>
    parts
      .map((part) => {
        if ("text" in part) return part.text.replace(/%/g, "%%");
        const value = known[part.field];
        if (value) return safeName(value, FOLDER_VALUE_BYTES);
        return part.field === "upload_date" ? `%(upload_date|${UNKNOWN})s` : `%(${part.field}|${UNKNOWN}).${FOLDER_VALUE_BYTES}B`;
      })
      .join(""),
  );
  return `${segments.join("/")}/`;
}

/** yt-dlp flags for a task's options (the format, container and postprocessors); never raw text from a user. */
export function optionFlags(downloadType: "video" | "audio", options: DownloadOptions): Record<string, unknown> {
  const flags: Record<string, unknown> = {};
  if (downloadType === "audio") flags.audioFormat = options.audioFormat ?? DEFAULT_AUDIO_FORMAT;
  if (downloadType === "video" && options.container && options.container !== "original") {
    flags.mergeOutputFormat = options.container;
    flags.remuxVideo = options.container;
  }
  const subtitles = options.subtitles;
  if (subtitles) {
    flags.writeSubs = true;
    flags.subLangs = subtitles.languages.join(",");
    if (subtitles.automatic) flags.writeAutoSubs = true;
    if (subtitles.format) flags.convertSubs = subtitles.format;
    if (subtitles.embed && downloadType === "video") flags.embedSubs = true;
  }
  if (options.embedMetadata) flags.embedMetadata = true;
  if (options.embedThumbnail) flags.embedThumbnail = true;
  if (options.embedChapters) flags.embedChapters = true;
  if (options.splitChapters) flags.splitChapters = true;
  if (options.sponsorBlockRemove?.length) flags.sponsorblockRemove = options.sponsorBlockRemove.join(",");
  if (options.sponsorBlockMark?.length) flags.sponsorblockMark = options.sponsorBlockMark.join(",");
  if (options.rateLimit) flags.limitRate = String(options.rateLimit);
  return flags;
}
