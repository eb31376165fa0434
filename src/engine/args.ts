import { MARKER } from "./progress.js";
import { DEFAULT_AUDIO_FORMAT, folderTemplate, optionFlags, safeName } from "./option-flags.js";
import type { DownloadOptions } from "../domain/options.js";
import type { DownloadType } from "../domain/vocabulary.js";
import { idSuffix } from "../domain/file-names.js";

export type JobSpec = {
  id: string;
  url: string;
  downloadType: DownloadType;
  quality: string;
  /** Known ahead (a playlist entry's title): names the file instead of the site's title. */
  title?: string;
  /** The playlist a listed entry came from: its own run no longer knows it. */
  playlistTitle?: string;
  /** Unset: none (today's defaults). */
  options?: DownloadOptions;
  /** A Netscape cookies file for this run (a copy of its preset's). */
  cookiesFile?: string;
};

/** The format a job's audio ends up in: what the file is, for its format note. */
export const audioFormatOf = (job: JobSpec) => job.options?.audioFormat ?? DEFAULT_AUDIO_FORMAT;

export type ToolPaths = { downloadDir: string; thumbnailDir: string; ffmpegPath?: string };
/** `maxPlaylistEntries`: a playlist is listed one entry past it, to tell that it is longer. */
export type RunLimits = { maxPlaylistEntries?: number };


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
    noCacheDir: true, // nothing is written under a home folder
    continue: true,
    writeThumbnail: true,
    // Browsers show png and webp as they are; anything else (gif, bmp, ...) becomes jpg.
    convertThumbnails: "png>png/webp>webp/jpg",
    paths: [tools.downloadDir, `thumbnail:${tools.thumbnailDir}`],
    output: outputTemplates(job),
    progressTemplate: [
      `download:${MARKER}DL %(progress.{status,downloaded_bytes,total_bytes,total_bytes_estimate,speed,eta,fragment_index,fragment_count})j\n`,
      `postprocess:${MARKER}PP %(progress.{status,postprocessor})j\n`,
    ],
    print: [
      `video:${MARKER}ENTRY %(.{url,title,playlist_index,playlist_title})j`,
      `before_dl:${MARKER}META %(.{title,thumbnail,format_id,height,ext,acodec,abr,filesize,filesize_approx,_filename,extractor_key,id})j`,
      `after_move:${MARKER}FILE %(filepath)j`,
    ],
    // ffmpeg reads only local files: a "thumbnail" or "video" that is really a playlist of URLs
    // would otherwise make it fetch them, past the address guard.
    postprocessorArgs: "ffmpeg_i:-protocol_whitelist file,pipe",
    ...(tools.ffmpegPath ? { ffmpegLocation: tools.ffmpegPath } : {}),
    ...(job.cookiesFile ? { cookies: job.cookiesFile } : {}),
    ...formatFlags(job),
    ...optionFlags(job.downloadType, job.options ?? {}),
  };
}

/** "{folder}/{title}__{id}.{ext}": the folder from the task's options, the ending always the same, so every file is found by its id. */
function outputTemplates(job: JobSpec): string[] {
  const folder = folderTemplate(job.options?.folder, { playlist_title: job.playlistTitle, ...(job.title ? { title: job.title } : {}) });
  const name = `${fileTitle(job)}${idSuffix(job.id)}`;
  return [
    `${folder}${name}.%(ext)s`,
    `thumbnail:${job.id}.%(ext)s`, // see domain/file-names.ts
    `chapter:${folder}${fileTitle(job, CHAPTER_TITLE_BYTES)} - %(section_number)03d %(section_title).80B${idSuffix(job.id)}.%(ext)s`,
  ];
}

/** Title bytes in a file name: with the id and extension it stays under the usual 255-byte limit. */
const TITLE_BYTES = 150;
/** A chapter's file name holds the chapter's title too. */
const CHAPTER_TITLE_BYTES = 90;

/** yt-dlp sanitises its own title (and python/child_safety.py keeps it from starting with "-" or "."); a known one is made safe here. */
const fileTitle = (job: JobSpec, bytes = TITLE_BYTES) => (job.title ? safeName(job.title, bytes) : `%(title).${bytes}B`);

function formatFlags(job: JobSpec): Record<string, unknown> {
  if (job.downloadType === "audio") {
    return {
      format: "ba/b",
      extractAudio: true,
      audioQuality: job.quality === "best" ? "0" : job.quality.toUpperCase(),
    };
  }
  if (job.quality === "best") return {};
  // Prefer the largest height at or under the asked one; fall back to the nearest above.
  return { formatSort: `res:${parseInt(job.quality, 10)}` };
}
