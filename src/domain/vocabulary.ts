/**
 * The task's vocabulary, defined once: statuses, download types and qualities, in the REST
 * contract's lowercase. The schema, REST, OpenAPI, metrics, the engine and the web page all
 * import it; it imports nothing, so the browser bundle can too.
 */

export const STATUSES = ["pending", "downloading", "processing", "completed", "error", "cancelled"] as const;
export type DownloadStatus = (typeof STATUSES)[number];

/** Running: a process works on the task. */
export const RUNNING_STATUSES: DownloadStatus[] = ["downloading", "processing"];
/** Finished: nothing more happens unless it is retried. */
export const FINISHED_STATUSES: DownloadStatus[] = ["completed", "error", "cancelled"];
/** Unfinished: queued or running, so it can still be cancelled. */
export const UNFINISHED_STATUSES: DownloadStatus[] = ["pending", ...RUNNING_STATUSES];

export const DOWNLOAD_TYPES = ["video", "audio"] as const;
export type DownloadType = (typeof DOWNLOAD_TYPES)[number];

export const VIDEO_QUALITIES = ["best", "2160p", "1440p", "1080p", "720p", "480p", "360p"] as const;
export const AUDIO_QUALITIES = ["best", "320k", "256k", "192k", "128k", "96k", "64k"] as const;

export const acceptedQualities = (type: DownloadType): readonly string[] => (type === "audio" ? AUDIO_QUALITIES : VIDEO_QUALITIES);

export const isStatus = (value: string): value is DownloadStatus => (STATUSES as readonly string[]).includes(value);
export const isDownloadType = (value: string): value is DownloadType => (DOWNLOAD_TYPES as readonly string[]).includes(value);
export const isRunningStatus = (value: string) => (RUNNING_STATUSES as string[]).includes(value);
export const isFinishedStatus = (value: string) => (FINISHED_STATUSES as string[]).includes(value);
/** Takes GraphQL's upper-case names ("DOWNLOADING") as well. */
export const isUnfinishedStatus = (value: string) => (UNFINISHED_STATUSES as string[]).includes(value.toLowerCase());

/** Download options (domain/options.ts): what a video is saved as, what an audio file is converted to. */
export const VIDEO_CONTAINERS = ["mp4", "mkv", "original"] as const;
export type VideoContainer = (typeof VIDEO_CONTAINERS)[number];
export const AUDIO_FORMATS = ["mp3", "m4a", "opus", "flac", "wav"] as const;
export type AudioFormat = (typeof AUDIO_FORMATS)[number];
export const SUBTITLE_FORMATS = ["srt", "vtt"] as const;
export type SubtitleFormat = (typeof SUBTITLE_FORMATS)[number];
/** SponsorBlock's segment categories (yt-dlp's --sponsorblock-remove / --sponsorblock-mark), plus "all". */
export const SPONSORBLOCK_CATEGORIES = ["all", "sponsor", "intro", "outro", "selfpromo", "preview", "filler", "interaction", "music_offtopic", "poi_highlight", "chapter"] as const;
/** What a task's file is. */
export const FILE_KINDS = ["media", "subtitle", "thumbnail"] as const;
export type FileKind = (typeof FILE_KINDS)[number];
/** The placeholders a folder template may use: metadata yt-dlp fills in per task. */
export const FOLDER_FIELDS = ["uploader", "playlist_title", "upload_date", "extractor", "title"] as const;
export type FolderField = (typeof FOLDER_FIELDS)[number];

/** What became of an entry a feed's source listed. */
export const FEED_ENTRY_STATES = ["queued", "filtered", "already_downloaded", "seen"] as const;
export type FeedEntryState = (typeof FEED_ENTRY_STATES)[number];

/** Why a task failed, as far as retrying goes: transient failures are retried by themselves (domain/failure-kinds.ts). */
export const ERROR_KINDS = ["transient", "permanent", "unknown"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** What a notifier can be told of (GraphQL's NotifierEvent: DOWNLOAD_COMPLETED, ...). */
export const NOTIFIER_EVENTS = ["download.completed", "download.failed", "feed.new_entries", "feed.failed"] as const;
export type NotifierEventType = (typeof NOTIFIER_EVENTS)[number];
