import { MARKER } from "./progress.js";

import type { DownloadType } from "../domain/vocabulary.js";

/** Audio downloads are converted to this format by ffmpeg. */
export const AUDIO_FORMAT = "mp3";

export type JobSpec = {
  id: string;
  url: string;
  downloadType: DownloadType;
  quality: string;
  /** Known ahead (a playlist entry's title): names the file instead of the site's title. */
  title?: string;
};

export type ToolPaths = { downloadDir: string; thumbnailDir: string; ffmpegPath?: string };
/** `maxPlaylistEntries`: a playlist is listed one entry past it, to tell that it is longer. */
export type RunLimits = { maxPlaylistEntries?: number };

/** The job ids in a file name: files are "{title}__{id}.{ext}", partials and fragments too. */
export const idsInFileName = (name: string) => [...name.matchAll(/__([0-9a-f-]{36})\./g)].map((m) => m[1]!);

/** Flags for one yt-dlp run (youtube-dl-exec appends `-- <url>`, so the URL is never an option). */
export function ytdlpFlags(job: JobSpec, tools: ToolPaths & RunLimits): Record<string, unknown> {
  return {
    ignoreConfig: true,
    noColors: true,
    newline: true,
    progress: true,
    noSimulate: true,
    noPlaylist: true,
    // A playlist is listed, not downloaded: each entry becomes a task of its own.
    flatPlaylist: true,
    ...(tools.maxPlaylistEntries ? { playlistEnd: tools.maxPlaylistEntries + 1 } : {}),
    noMtime: true,
    continue: true,
    writeThumbnail: true,
    // Browsers show png and webp as they are; anything else (gif, bmp, ...) becomes jpg.
    convertThumbnails: "png>png/webp>webp/jpg",
    paths: [tools.downloadDir, `thumbnail:${tools.thumbnailDir}`],
    output: [`${fileTitle(job)}__${job.id}.%(ext)s`, `thumbnail:${job.id}.%(ext)s`],
    progressTemplate: [
      `download:${MARKER}DL %(progress.{status,downloaded_bytes,total_bytes,total_bytes_estimate,speed,eta,fragment_index,fragment_count})j\n`,
      `postprocess:${MARKER}PP %(progress.{status,postprocessor})j\n`,
    ],
    print: [
      `video:${MARKER}ENTRY %(.{url,title,playlist_index})j`,
      `before_dl:${MARKER}META %(.{title,thumbnail,format_id,format_note,height,ext,acodec,abr,filesize,filesize_approx})j`,
      `after_move:${MARKER}FILE %(filepath)j`,
    ],
    // ffmpeg reads only local files: a "thumbnail" or "video" that is really a playlist of URLs
    // would otherwise make it fetch them, past the address guard.
    postprocessorArgs: "ffmpeg_i:-protocol_whitelist file,pipe",
    ...(tools.ffmpegPath ? { ffmpegLocation: tools.ffmpegPath } : {}),
    ...formatFlags(job),
  };
}

/** Title bytes in a file name: with the id and extension it stays under the usual 255-byte limit. */
const TITLE_BYTES = 150;

/** Characters that reorder text on screen, so "exe.mp4" can show as "4pm.exe" (python/child_safety.py strips them too). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** yt-dlp sanitises its own title (and python/child_safety.py keeps it from starting with "-" or "."); a known one is made safe here (no separators, no template). */
function fileTitle(job: JobSpec): string {
  if (!job.title) return `%(title).${TITLE_BYTES}B`;
  const safe = job.title.replace(BIDI_CONTROLS, "").replace(/[\/\\:*?"<>|\x00-\x1f]/g, "_").replace(/^[.\s-]+/, "");
  let title = "";
  for (const char of safe) {
    if (Buffer.byteLength(title + char) > TITLE_BYTES) break;
    title += char;
  }
  return (title || "download").replace(/%/g, "%%");
}

function formatFlags(job: JobSpec): Record<string, unknown> {
  if (job.downloadType === "audio") {
    return {
      format: "ba/b",
      extractAudio: true,
      audioFormat: AUDIO_FORMAT,
      audioQuality: job.quality === "best" ? "0" : job.quality.toUpperCase(),
    };
  }
  if (job.quality === "best") return {};
  // Prefer the largest height at or under the asked one; fall back to the nearest above.
  return { formatSort: `res:${parseInt(job.quality, 10)}` };
}
