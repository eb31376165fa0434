import { MARKER } from "./progress.js";

export type DownloadType = "video" | "audio";

export const VIDEO_QUALITIES = ["best", "2160p", "1440p", "1080p", "720p", "480p", "360p"] as const;
export const AUDIO_QUALITIES = ["best", "320k", "256k", "192k", "128k", "96k", "64k"] as const;
/** Audio downloads are converted to this format by ffmpeg. */
export const AUDIO_FORMAT = "mp3";

export function acceptedQualities(type: DownloadType): readonly string[] {
  return type === "audio" ? AUDIO_QUALITIES : VIDEO_QUALITIES;
}

export type JobSpec = {
  id: string;
  url: string;
  downloadType: DownloadType;
  quality: string;
};

export type ToolPaths = { downloadDir: string; ffmpegPath?: string };

/** Flags for one yt-dlp run (youtube-dl-exec appends `-- <url>`, so the URL is never an option). */
export function ytdlpFlags(job: JobSpec, tools: ToolPaths): Record<string, unknown> {
  return {
    ignoreConfig: true,
    noColors: true,
    newline: true,
    progress: true,
    noSimulate: true,
    noPlaylist: true,
    noMtime: true,
    continue: true,
    paths: tools.downloadDir,
    // yt-dlp sanitises the title; .150B keeps the name within file-system limits.
    output: `%(title).150B__${job.id}.%(ext)s`,
    progressTemplate: [
      `download:${MARKER}DL %(progress.{status,downloaded_bytes,total_bytes,total_bytes_estimate,speed,eta,fragment_index,fragment_count})j\n`,
      `postprocess:${MARKER}PP %(progress.{status,postprocessor})j\n`,
    ],
    print: [
      `before_dl:${MARKER}META %(.{title,thumbnail,format_id,format_note,height,ext,acodec,abr,filesize,filesize_approx})j`,
      `after_move:${MARKER}FILE %(filepath)j`,
    ],
    ...(tools.ffmpegPath ? { ffmpegLocation: tools.ffmpegPath } : {}),
    ...formatFlags(job),
  };
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
