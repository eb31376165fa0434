/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What to download and how; what is unset comes from the preset named, else the default preset, else video at best */
export type AddDownloadInput = {
  /** Video or audio (default: the preset's, else video) */
  downloadType?: DownloadType | null | undefined;
  /** Options over the preset's, field by field */
  options?: DownloadOptionsInput | null | undefined;
  /** The preset to use (default: the default preset, if any) */
  presetId?: string | number | null | undefined;
  /** The preset to use, by name (instead of presetId) */
  presetName?: string | null | undefined;
  /** Default: the preset's, else best. Video: best, 2160p, 1440p, 1080p, 720p, 480p, 360p. Audio: best, 320k, 256k, 192k, 128k, 96k, 64k */
  quality?: string | null | undefined;
  /** An http(s) URL: a page, a playlist, a feed, a media file */
  url: string;
};

/** A source to follow */
export type AddFeedInput = {
  /** Queue the newest N entries now (default 0: what is listed now is only recorded as seen) */
  backfill?: number | null | undefined;
  /** Minutes between checks: at least 5, default 60 */
  checkEveryMinutes?: number | null | undefined;
  /** Over the preset's */
  downloadType?: DownloadType | null | undefined;
  /** Which new entries are queued */
  filters?: FeedFiltersInput | null | undefined;
  /** Options over the preset's */
  options?: DownloadOptionsInput | null | undefined;
  /** The preset its downloads use (default: the default preset) */
  presetId?: string | number | null | undefined;
  /** Over the preset's */
  quality?: string | null | undefined;
  /** Default: the source's own title */
  title?: string | null | undefined;
  /** A channel, a playlist, an RSS/Atom feed, or any page yt-dlp lists as a playlist */
  url: string;
};

/** A new notifier */
export type AddNotifierInput = {
  /** Let it reach a private address (a Gotify or Jellyfin at home) */
  allowPrivateAddress?: boolean | null | undefined;
  /** Default: all */
  events?: Array<NotifierEvent> | null | undefined;
  /** Only tasks and checks of these feeds */
  feedIds?: Array<string | number> | null | undefined;
  /** For people */
  name: string;
  /** Only tasks of these presets */
  presetIds?: Array<string | number> | null | undefined;
  /** https://… for a webhook, else an Apprise URL (ntfy://, discord://, tgram://, gotify://, mailto://, json://, …) */
  url: string;
};

/** What an audio download is converted to by ffmpeg */
export type AudioFormat =
  /** FLAC */
  | 'FLAC'
  /** M4A */
  | 'M4A'
  /** MP3 (the default) */
  | 'MP3'
  /** OPUS */
  | 'OPUS'
  /** WAV */
  | 'WAV';

/** A new preset */
export type CreatePresetInput = {
  /** Video (default) or audio */
  downloadType?: DownloadType | null | undefined;
  /** Make it the default (the previous default stops being it) */
  isDefault?: boolean | null | undefined;
  /** Unique, 1 to 100 characters */
  name: string;
  /** How its downloads are saved */
  options?: DownloadOptionsInput | null | undefined;
  /** Default best. Video: best, 2160p, 1440p, 1080p, 720p, 480p, 360p. Audio: best, 320k, 256k, 192k, 128k, 96k, 64k */
  quality?: string | null | undefined;
};

/** Where a delivery is */
export type DeliveryStatus =
  /** Accepted by the target */
  | 'DELIVERED'
  /** Not delivered yet (waiting for its turn or its next attempt) */
  | 'PENDING';

/** How a download is saved. Unset fields keep the preset's (or the default); null clears it */
export type DownloadOptionsInput = {
  /** Audio only: what the audio is converted to (default MP3) */
  audioFormat?: AudioFormat | null | undefined;
  /** Video only: MP4, MKV or as downloaded */
  container?: VideoContainer | null | undefined;
  /** Write the site's chapters into the file */
  embedChapters?: boolean | null | undefined;
  /** Write title, date, uploader and URL into the file */
  embedMetadata?: boolean | null | undefined;
  /** Embed the thumbnail (cover art for audio) */
  embedThumbnail?: boolean | null | undefined;
  /** A folder inside the download folder, from the task's metadata and literal text: {uploader}, {playlist_title}, {upload_date}, {extractor}, {title} (e.g. "{uploader}/{upload_date}"). The file name stays "{title}__{id}.{ext}" */
  folder?: string | null | undefined;
  /** At most this many bytes per second (at least 1024) */
  rateLimit?: number | null | undefined;
  /** Also save one file per chapter */
  splitChapters?: boolean | null | undefined;
  /** SponsorBlock categories to mark as chapters. Works only on sites SponsorBlock knows (YouTube); elsewhere it does nothing. Categories: all, sponsor, intro, outro, selfpromo, preview, filler, interaction, music_offtopic, poi_highlight, chapter */
  sponsorBlockMark?: Array<string> | null | undefined;
  /** SponsorBlock categories to cut out. Works only on sites SponsorBlock knows (YouTube); elsewhere it does nothing. Categories: all, sponsor, intro, outro, selfpromo, preview, filler, interaction, music_offtopic, poi_highlight, chapter */
  sponsorBlockRemove?: Array<string> | null | undefined;
  /** Fetch subtitles */
  subtitles?: SubtitlesInput | null | undefined;
  /** Raw yt-dlp arguments, only when the server sets ALLOW_YTDLP_ARGS=true; flags that write elsewhere, run programs or change what yt-dlp prints are refused by name */
  ytdlpArgs?: Array<string> | null | undefined;
};

/** Listing order */
export type DownloadOrder =
  /** Exactly the reverse of OLDEST_FIRST: the newest first, a playlist's last entry first */
  | 'NEWEST_FIRST'
  /** Queue order: by creation time, then place in the playlist, then id (unique, so paging never skips or repeats) */
  | 'OLDEST_FIRST';

/** Where a task is in its life cycle */
export type DownloadStatus =
  /** Cancelled by a user */
  | 'CANCELLED'
  /** Finished; the file is ready */
  | 'COMPLETED'
  /** Currently downloading */
  | 'DOWNLOADING'
  /** Failed; see errorMessage */
  | 'ERROR'
  /** Queued, not started yet */
  | 'PENDING'
  /** Downloaded; merging or converting streams */
  | 'PROCESSING';

/** What to keep of the media */
export type DownloadType =
  /** Audio only, extracted with ffmpeg (MP3 unless options.audioFormat says otherwise) */
  | 'AUDIO'
  /** Video with audio, merged when the site splits them */
  | 'VIDEO';

/** Which failure it is, for programs; the same text as `extensions.code` where errors are GraphQL errors */
export type ErrorCode =
  /** InvalidInputError: an argument was refused */
  | 'BAD_USER_INPUT'
  /** ConflictError: the state does not allow it */
  | 'CONFLICT'
  /** NotFoundError: nothing has that id */
  | 'NOT_FOUND'
  /** RateLimitedError: too many new tasks for now */
  | 'RATE_LIMITED'
  /** UpstreamError: something the server depends on failed */
  | 'UPSTREAM_FAILED';

/** Which new entries a check queues; where the listing lacks a duration or date, the entry's own page is read */
export type FeedFiltersInput = {
  /** At most this many seconds long */
  maxDurationSeconds?: number | null | undefined;
  /** At most this many new entries queued per check (default 20) */
  maxNewPerCheck?: number | null | undefined;
  /** At least this many seconds long */
  minDurationSeconds?: number | null | undefined;
  /** Published after this date (ISO 8601) */
  publishedAfter?: string | null | undefined;
  /** No titles matching this regular expression */
  titleExcludes?: string | null | undefined;
  /** Only titles matching this regular expression (RE2 syntax, case-insensitive) */
  titleMatches?: string | null | undefined;
};

/** What a task's file is */
export type FileKind =
  /** The video or audio (one per chapter when split) */
  | 'MEDIA'
  /** A subtitle file kept beside it */
  | 'SUBTITLE'
  /** The saved thumbnail */
  | 'THUMBNAIL';

/** What a notifier is told of */
export type NotifierEvent =
  /** A download completed */
  | 'DOWNLOAD_COMPLETED'
  /** A download failed for good (not while it waits for an automatic retry) */
  | 'DOWNLOAD_FAILED'
  /** A feed's check failed */
  | 'FEED_FAILED'
  /** A feed's check queued new entries */
  | 'FEED_NEW_ENTRIES';

/** What subtitles are converted to */
export type SubtitleFormat =
  /** SubRip */
  | 'SRT'
  /** WebVTT */
  | 'VTT';

/** Which subtitles to fetch, and what to do with them */
export type SubtitlesInput = {
  /** Also the site's automatic captions (default false) */
  automatic?: boolean | null | undefined;
  /** Put them in the video file (default: keep them beside it as files) */
  embed?: boolean | null | undefined;
  /** Convert them to SRT or VTT (default: as the site has them) */
  format?: SubtitleFormat | null | undefined;
  /** Language codes ("en", "pt-BR"), or ["all"] */
  languages?: Array<string> | null | undefined;
};

/** What to change; unset fields stay */
export type UpdateFeedInput = {
  /** Minutes between checks: at least 5, default 60 */
  checkEveryMinutes?: number | null | undefined;
  /** Over the preset's */
  downloadType?: DownloadType | null | undefined;
  /** False pauses its checks */
  enabled?: boolean | null | undefined;
  /** Which new entries are queued */
  filters?: FeedFiltersInput | null | undefined;
  /** Options over the preset's */
  options?: DownloadOptionsInput | null | undefined;
  /** The preset its downloads use (default: the default preset) */
  presetId?: string | number | null | undefined;
  /** Over the preset's */
  quality?: string | null | undefined;
  /** Default: the source's own title */
  title?: string | null | undefined;
};

/** What to change; enabled: true enables a disabled one again */
export type UpdateNotifierInput = {
  /** Let it reach a private address (a Gotify or Jellyfin at home) */
  allowPrivateAddress?: boolean | null | undefined;
  /** Enable or disable it */
  enabled?: boolean | null | undefined;
  /** Default: all */
  events?: Array<NotifierEvent> | null | undefined;
  /** Only tasks and checks of these feeds */
  feedIds?: Array<string | number> | null | undefined;
  /** For people */
  name?: string | null | undefined;
  /** Only tasks of these presets */
  presetIds?: Array<string | number> | null | undefined;
  /** A new target */
  url?: string | null | undefined;
};

/** What to change; unset fields stay. Options, when given, replace the preset's options as a whole */
export type UpdatePresetInput = {
  /** Video or audio (quality goes back to best unless given) */
  downloadType?: DownloadType | null | undefined;
  /** Make it the default, or stop it being the default */
  isDefault?: boolean | null | undefined;
  /** Unique, 1 to 100 characters */
  name?: string | null | undefined;
  /** The new options */
  options?: DownloadOptionsInput | null | undefined;
  /** Video: best, 2160p, 1440p, 1080p, 720p, 480p, 360p. Audio: best, 320k, 256k, 192k, 128k, 96k, 64k */
  quality?: string | null | undefined;
};

/** The container a video is saved in */
export type VideoContainer =
  /** Remuxed to mkv (no re-encoding) */
  | 'MKV'
  /** Remuxed to mp4 (no re-encoding) */
  | 'MP4'
  /** As downloaded (or merged) from the site */
  | 'ORIGINAL';

export type BenchEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BenchEventsSubscription = { downloadEvents:
    | { __typename: 'DownloadAdded', at: string, download: { id: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null } }
    | { __typename: 'DownloadProgressed', at: string, download: { id: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null } }
    | { __typename: 'DownloadRemoved', at: string, download: { id: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null } }
    | { __typename: 'DownloadSnapshot', at: string, download: { id: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null } }
    | { __typename: 'DownloadStatusChanged', at: string, download: { id: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null } }
   };

export type BenchAddMutationVariables = Exact<{
  input: AddDownloadInput;
}>;


export type BenchAddMutation = { addDownload:
    | { __typename: 'AddDownloadPayload' }
    | { __typename: 'InvalidInputError' }
    | { __typename: 'RateLimitedError' }
   };

export type RestNotifierFragment = { id: string, name: string, url: string, events: Array<NotifierEvent>, presetIds: Array<string>, feedIds: Array<string>, allowPrivateAddress: boolean, enabled: boolean, disabledReason: string | null, failures: number, createdAt: string };

export type RestListNotifiersQueryVariables = Exact<{ [key: string]: never; }>;


export type RestListNotifiersQuery = { notifiers: Array<{ id: string, name: string, url: string, events: Array<NotifierEvent>, presetIds: Array<string>, feedIds: Array<string>, allowPrivateAddress: boolean, enabled: boolean, disabledReason: string | null, failures: number, createdAt: string }> };

export type RestGetNotifierQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetNotifierQuery = { notifier: { id: string, name: string, url: string, events: Array<NotifierEvent>, presetIds: Array<string>, feedIds: Array<string>, allowPrivateAddress: boolean, enabled: boolean, disabledReason: string | null, failures: number, createdAt: string, deliveries: { edges: Array<{ node: { id: string, type: string, status: DeliveryStatus, attempts: number, statusCode: number | null, error: string | null, createdAt: string, deliveredAt: string | null } }> } } | null };

export type RestAddNotifierMutationVariables = Exact<{
  input: AddNotifierInput;
}>;


export type RestAddNotifierMutation = { addNotifier:
    | { secret: string, notifier: { id: string, name: string, url: string, events: Array<NotifierEvent>, presetIds: Array<string>, feedIds: Array<string>, allowPrivateAddress: boolean, enabled: boolean, disabledReason: string | null, failures: number, createdAt: string } }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
   };

export type RestUpdateNotifierMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotifierInput;
}>;


export type RestUpdateNotifierMutation = { updateNotifier:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { id: string, name: string, url: string, events: Array<NotifierEvent>, presetIds: Array<string>, feedIds: Array<string>, allowPrivateAddress: boolean, enabled: boolean, disabledReason: string | null, failures: number, createdAt: string }
   };

export type RestRemoveNotifierMutationVariables = Exact<{
  id: string | number;
}>;


export type RestRemoveNotifierMutation = { removeNotifier:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { id: string, name: string, url: string, events: Array<NotifierEvent>, presetIds: Array<string>, feedIds: Array<string>, allowPrivateAddress: boolean, enabled: boolean, disabledReason: string | null, failures: number, createdAt: string }
   };

export type RestTestNotifierMutationVariables = Exact<{
  id: string | number;
}>;


export type RestTestNotifierMutation = { testNotifier:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { ok: boolean, statusCode: number | null, error: string | null }
   };

export type RestPresetFragment = { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } };

export type RestListPresetsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestListPresetsQuery = { presets: Array<{ id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } }> };

export type RestGetPresetQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetPresetQuery = { preset: { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } } | null };

export type RestCreatePresetMutationVariables = Exact<{
  input: CreatePresetInput;
}>;


export type RestCreatePresetMutation = { createPreset:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } }
   };

export type RestUpdatePresetMutationVariables = Exact<{
  id: string | number;
  input: UpdatePresetInput;
}>;


export type RestUpdatePresetMutation = { updatePreset:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } }
   };

export type RestDeletePresetMutationVariables = Exact<{
  id: string | number;
}>;


export type RestDeletePresetMutation = { deletePreset:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } }
   };

export type RestSetPresetCookiesMutationVariables = Exact<{
  id: string | number;
  cookies: string;
}>;


export type RestSetPresetCookiesMutation = { setPresetCookies:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } }
   };

export type RestClearPresetCookiesMutationVariables = Exact<{
  id: string | number;
}>;


export type RestClearPresetCookiesMutation = { clearPresetCookies:
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, createdAt: string, updatedAt: string, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, sponsorBlockRemove: Array<string>, sponsorBlockMark: Array<string>, rateLimit: number | null, folder: string | null, ytdlpArgs: Array<string>, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } }
   };

export type RestFeedFragment = { id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, failures: number, entryCount: number, downloadType: DownloadType | null, quality: string | null, preset: { id: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } };

export type RestListFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestListFeedsQuery = { feeds: Array<{ id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, failures: number, entryCount: number, downloadType: DownloadType | null, quality: string | null, preset: { id: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } }> };

export type RestGetFeedQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetFeedQuery = { feed: { id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, failures: number, entryCount: number, downloadType: DownloadType | null, quality: string | null, preset: { id: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } } | null };

export type RestAddFeedMutationVariables = Exact<{
  input: AddFeedInput;
}>;


export type RestAddFeedMutation = { addFeed:
    | { code: ErrorCode, message: string }
    | { id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, failures: number, entryCount: number, downloadType: DownloadType | null, quality: string | null, preset: { id: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
   };

export type RestUpdateFeedMutationVariables = Exact<{
  id: string | number;
  input: UpdateFeedInput;
}>;


export type RestUpdateFeedMutation = { updateFeed:
    | { code: ErrorCode, message: string }
    | { id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, failures: number, entryCount: number, downloadType: DownloadType | null, quality: string | null, preset: { id: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
   };

export type RestRemoveFeedMutationVariables = Exact<{
  id: string | number;
  removeDownloads?: boolean | null | undefined;
}>;


export type RestRemoveFeedMutation = { removeFeed:
    | { code: ErrorCode, message: string }
    | { id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, failures: number, entryCount: number, downloadType: DownloadType | null, quality: string | null, preset: { id: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
   };

export type RestCheckFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type RestCheckFeedMutation = { checkFeed:
    | { check: { found: number, new: number, queued: number, filtered: number, downloads: Array<{ id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, filename: string | null, quality: string, downloaded_bytes: number, format_note: string | null, is_playlist: boolean, playlist_index: number, playlist_total: number, download_type: DownloadType, error_message: string | null, created_at: string, completed_at: string | null }> } }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
   };

export type RestDownloadFragment = { id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, filename: string | null, quality: string, downloaded_bytes: number, format_note: string | null, is_playlist: boolean, playlist_index: number, playlist_total: number, download_type: DownloadType, error_message: string | null, created_at: string, completed_at: string | null };

type RestFailure_ConflictError_Fragment = { code: ErrorCode, message: string };

type RestFailure_InvalidInputError_Fragment = { code: ErrorCode, message: string };

type RestFailure_NotFoundError_Fragment = { code: ErrorCode, message: string };

type RestFailure_RateLimitedError_Fragment = { code: ErrorCode, message: string };

type RestFailure_UpstreamError_Fragment = { code: ErrorCode, message: string };

export type RestFailureFragment =
  | RestFailure_ConflictError_Fragment
  | RestFailure_InvalidInputError_Fragment
  | RestFailure_NotFoundError_Fragment
  | RestFailure_RateLimitedError_Fragment
  | RestFailure_UpstreamError_Fragment
;

export type RestListDownloadsQueryVariables = Exact<{
  status?: Array<DownloadStatus> | DownloadStatus | null | undefined;
  downloadType?: DownloadType | null | undefined;
  limit?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type RestListDownloadsQuery = { downloads: Array<{ id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, filename: string | null, quality: string, downloaded_bytes: number, format_note: string | null, is_playlist: boolean, playlist_index: number, playlist_total: number, download_type: DownloadType, error_message: string | null, created_at: string, completed_at: string | null }> };

export type RestGetDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetDownloadQuery = { download: { id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, filename: string | null, quality: string, downloaded_bytes: number, format_note: string | null, is_playlist: boolean, playlist_index: number, playlist_total: number, download_type: DownloadType, error_message: string | null, created_at: string, completed_at: string | null } | null };

export type RestAddDownloadMutationVariables = Exact<{
  input: AddDownloadInput;
}>;


export type RestAddDownloadMutation = { addDownload:
    | { downloads: Array<{ id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, filename: string | null, quality: string, downloaded_bytes: number, format_note: string | null, is_playlist: boolean, playlist_index: number, playlist_total: number, download_type: DownloadType, error_message: string | null, created_at: string, completed_at: string | null }> }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
   };

export type RestCancelDownloadMutationVariables = Exact<{
  id: string | number;
}>;


export type RestCancelDownloadMutation = { cancelDownload:
    | { code: ErrorCode, message: string }
    | { id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, filename: string | null, quality: string, downloaded_bytes: number, format_note: string | null, is_playlist: boolean, playlist_index: number, playlist_total: number, download_type: DownloadType, error_message: string | null, created_at: string, completed_at: string | null }
    | { code: ErrorCode, message: string }
   };

export type RestRetryDownloadMutationVariables = Exact<{
  id: string | number;
}>;


export type RestRetryDownloadMutation = { retryDownload:
    | { code: ErrorCode, message: string }
    | { id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, filename: string | null, quality: string, downloaded_bytes: number, format_note: string | null, is_playlist: boolean, playlist_index: number, playlist_total: number, download_type: DownloadType, error_message: string | null, created_at: string, completed_at: string | null }
    | { code: ErrorCode, message: string }
    | { code: ErrorCode, message: string }
   };

export type RestRemoveDownloadMutationVariables = Exact<{
  id: string | number;
  deleteFile?: boolean | null | undefined;
}>;


export type RestRemoveDownloadMutation = { removeDownload:
    | { code: ErrorCode, message: string }
    | Record<PropertyKey, never>
   };

export type RestClearDownloadsMutationVariables = Exact<{
  status?: Array<DownloadStatus> | DownloadStatus | null | undefined;
}>;


export type RestClearDownloadsMutation = { clearDownloads:
    | { count: number }
    | { code: ErrorCode, message: string }
   };

export type RestDownloadFileQueryVariables = Exact<{
  id: string | number;
}>;


export type RestDownloadFileQuery = { download: { status: DownloadStatus, filename: string | null, files: Array<{ name: string, kind: FileKind }> } | null };

export type RestThumbnailQueryVariables = Exact<{
  id: string | number;
}>;


export type RestThumbnailQuery = { download: { thumbnailFile: string | null } | null };

export type TestDownloadFragment = { id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, groupId: string, filename: string | null, quality: string, downloadType: DownloadType, errorMessage: string | null, createdAt: string, startedAt: string | null, completedAt: string | null };

type TestFailure_ConflictError_Fragment = { code: ErrorCode, message: string };

type TestFailure_InvalidInputError_Fragment = { field: string, code: ErrorCode, message: string };

type TestFailure_NotFoundError_Fragment = { code: ErrorCode, message: string };

type TestFailure_RateLimitedError_Fragment = { code: ErrorCode, message: string };

type TestFailure_UpstreamError_Fragment = { code: ErrorCode, message: string };

export type TestFailureFragment =
  | TestFailure_ConflictError_Fragment
  | TestFailure_InvalidInputError_Fragment
  | TestFailure_NotFoundError_Fragment
  | TestFailure_RateLimitedError_Fragment
  | TestFailure_UpstreamError_Fragment
;

export type TestAddDownloadMutationVariables = Exact<{
  input: AddDownloadInput;
}>;


export type TestAddDownloadMutation = { addDownload:
    | { __typename: 'AddDownloadPayload', downloads: Array<{ id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, groupId: string, filename: string | null, quality: string, downloadType: DownloadType, errorMessage: string | null, createdAt: string, startedAt: string | null, completedAt: string | null }> }
    | { __typename: 'InvalidInputError', field: string, code: ErrorCode, message: string }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string }
   };

export type TestGetDownloadQueryVariables = Exact<{
  id: string | number;
}>;


export type TestGetDownloadQuery = { download: { id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, groupId: string, filename: string | null, quality: string, downloadType: DownloadType, errorMessage: string | null, createdAt: string, startedAt: string | null, completedAt: string | null } | null };

export type TestListDownloadsQueryVariables = Exact<{
  status?: Array<DownloadStatus> | DownloadStatus | null | undefined;
  order?: DownloadOrder | null | undefined;
}>;


export type TestListDownloadsQuery = { downloads: Array<{ id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, groupId: string, filename: string | null, quality: string, downloadType: DownloadType, errorMessage: string | null, createdAt: string, startedAt: string | null, completedAt: string | null }> };

export type TestWatchDownloadSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TestWatchDownloadSubscription = { downloadUpdated: { id: string, status: DownloadStatus, progress: number, downloadedBytes: number } };

export type TestWatchEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TestWatchEventsSubscription = { downloadEvents:
    | { __typename: 'DownloadAdded', download: { id: string, status: DownloadStatus, progress: number } }
    | { __typename: 'DownloadProgressed', download: { id: string, status: DownloadStatus, progress: number } }
    | { __typename: 'DownloadRemoved', download: { id: string, status: DownloadStatus, progress: number } }
    | { __typename: 'DownloadSnapshot', download: { id: string, status: DownloadStatus, progress: number } }
    | { __typename: 'DownloadStatusChanged', previousStatus: DownloadStatus, download: { id: string, status: DownloadStatus, progress: number } }
   };

export type TestCancelDownloadMutationVariables = Exact<{
  id: string | number;
}>;


export type TestCancelDownloadMutation = { cancelDownload:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Download', id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, groupId: string, filename: string | null, quality: string, downloadType: DownloadType, errorMessage: string | null, createdAt: string, startedAt: string | null, completedAt: string | null }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type TestRetryDownloadMutationVariables = Exact<{
  id: string | number;
}>;


export type TestRetryDownloadMutation = { retryDownload:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Download', id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, groupId: string, filename: string | null, quality: string, downloadType: DownloadType, errorMessage: string | null, createdAt: string, startedAt: string | null, completedAt: string | null }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string }
   };

export type TestRemoveDownloadMutationVariables = Exact<{
  id: string | number;
  deleteFile?: boolean | null | undefined;
}>;


export type TestRemoveDownloadMutation = { removeDownload:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RemoveDownloadPayload', removedId: string, download: { status: DownloadStatus } }
   };

export type TestClearDownloadsMutationVariables = Exact<{
  status?: Array<DownloadStatus> | DownloadStatus | null | undefined;
}>;


export type TestClearDownloadsMutation = { clearDownloads:
    | { __typename: 'ClearDownloadsPayload', count: number, clearedIds: Array<string> }
    | { __typename: 'InvalidInputError', field: string, code: ErrorCode, message: string }
   };

export type TestGroupOfQueryVariables = Exact<{
  id: string | number;
}>;


export type TestGroupOfQuery = { download: { group: Array<{ fileUrl: string | null, id: string, url: string, title: string, thumbnail: string | null, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, groupId: string, filename: string | null, quality: string, downloadType: DownloadType, errorMessage: string | null, createdAt: string, startedAt: string | null, completedAt: string | null }> } | null };

export type TestCancelGroupMutationVariables = Exact<{
  groupId: string | number;
}>;


export type TestCancelGroupMutation = { cancelGroup:
    | { __typename: 'CancelGroupPayload', downloads: Array<{ id: string, status: DownloadStatus }> }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export const RestNotifierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestNotifier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"presetIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedIds"}},{"kind":"Field","name":{"kind":"Name","value":"allowPrivateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RestNotifierFragment, unknown>;
export const RestPresetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestPresetFragment, unknown>;
export const RestFeedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"checkEveryMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"preset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleMatches"}},{"kind":"Field","name":{"kind":"Name","value":"titleExcludes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewPerCheck"}}]}}]}}]} as unknown as DocumentNode<RestFeedFragment, unknown>;
export const RestDownloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","alias":{"kind":"Name","value":"downloaded_bytes"},"name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","alias":{"kind":"Name","value":"format_note"},"name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","alias":{"kind":"Name","value":"is_playlist"},"name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_index"},"name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_total"},"name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","alias":{"kind":"Name","value":"download_type"},"name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","alias":{"kind":"Name","value":"error_message"},"name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","alias":{"kind":"Name","value":"created_at"},"name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"completed_at"},"name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RestDownloadFragment, unknown>;
export const RestFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RestFailureFragment, unknown>;
export const TestDownloadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<TestDownloadFragment, unknown>;
export const TestFailureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<TestFailureFragment, unknown>;
export const BenchEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BenchEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"download"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}}]}}]}}]}}]} as unknown as DocumentNode<BenchEventsSubscription, BenchEventsSubscriptionVariables>;
export const BenchAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDownloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BenchAddMutation, BenchAddMutationVariables>;
export const RestListNotifiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestListNotifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestNotifier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestNotifier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"presetIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedIds"}},{"kind":"Field","name":{"kind":"Name","value":"allowPrivateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RestListNotifiersQuery, RestListNotifiersQueryVariables>;
export const RestGetNotifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestGetNotifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestNotifier"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestNotifier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"presetIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedIds"}},{"kind":"Field","name":{"kind":"Name","value":"allowPrivateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RestGetNotifierQuery, RestGetNotifierQueryVariables>;
export const RestAddNotifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestAddNotifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddNotifierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addNotifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddNotifierPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"notifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestNotifier"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestNotifier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"presetIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedIds"}},{"kind":"Field","name":{"kind":"Name","value":"allowPrivateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RestAddNotifierMutation, RestAddNotifierMutationVariables>;
export const RestUpdateNotifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestUpdateNotifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNotifierInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestNotifier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestNotifier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"presetIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedIds"}},{"kind":"Field","name":{"kind":"Name","value":"allowPrivateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RestUpdateNotifierMutation, RestUpdateNotifierMutationVariables>;
export const RestRemoveNotifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestRemoveNotifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeNotifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestNotifier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestNotifier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notifier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"presetIds"}},{"kind":"Field","name":{"kind":"Name","value":"feedIds"}},{"kind":"Field","name":{"kind":"Name","value":"allowPrivateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RestRemoveNotifierMutation, RestRemoveNotifierMutationVariables>;
export const RestTestNotifierDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestTestNotifier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testNotifier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TestNotifierPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RestTestNotifierMutation, RestTestNotifierMutationVariables>;
export const RestListPresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestListPresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestPreset"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestListPresetsQuery, RestListPresetsQueryVariables>;
export const RestGetPresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestGetPreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestPreset"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestGetPresetQuery, RestGetPresetQueryVariables>;
export const RestCreatePresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestCreatePreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestPreset"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestCreatePresetMutation, RestCreatePresetMutationVariables>;
export const RestUpdatePresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestUpdatePreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePresetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestPreset"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestUpdatePresetMutation, RestUpdatePresetMutationVariables>;
export const RestDeletePresetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestDeletePreset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePreset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestPreset"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestDeletePresetMutation, RestDeletePresetMutationVariables>;
export const RestSetPresetCookiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestSetPresetCookies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cookies"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPresetCookies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"cookies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cookies"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestPreset"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestSetPresetCookiesMutation, RestSetPresetCookiesMutationVariables>;
export const RestClearPresetCookiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestClearPresetCookies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearPresetCookies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestPreset"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestPreset"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Preset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasCookies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"}},{"kind":"Field","name":{"kind":"Name","value":"audioFormat"}},{"kind":"Field","name":{"kind":"Name","value":"subtitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"embed"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"automatic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"embedMetadata"}},{"kind":"Field","name":{"kind":"Name","value":"embedThumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"embedChapters"}},{"kind":"Field","name":{"kind":"Name","value":"splitChapters"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockRemove"}},{"kind":"Field","name":{"kind":"Name","value":"sponsorBlockMark"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"}},{"kind":"Field","name":{"kind":"Name","value":"folder"}},{"kind":"Field","name":{"kind":"Name","value":"ytdlpArgs"}}]}}]}}]} as unknown as DocumentNode<RestClearPresetCookiesMutation, RestClearPresetCookiesMutationVariables>;
export const RestListFeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestListFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"checkEveryMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"preset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleMatches"}},{"kind":"Field","name":{"kind":"Name","value":"titleExcludes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewPerCheck"}}]}}]}}]} as unknown as DocumentNode<RestListFeedsQuery, RestListFeedsQueryVariables>;
export const RestGetFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestGetFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"checkEveryMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"preset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleMatches"}},{"kind":"Field","name":{"kind":"Name","value":"titleExcludes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewPerCheck"}}]}}]}}]} as unknown as DocumentNode<RestGetFeedQuery, RestGetFeedQueryVariables>;
export const RestAddFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestAddFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"checkEveryMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"preset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleMatches"}},{"kind":"Field","name":{"kind":"Name","value":"titleExcludes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewPerCheck"}}]}}]}}]} as unknown as DocumentNode<RestAddFeedMutation, RestAddFeedMutationVariables>;
export const RestUpdateFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestUpdateFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"checkEveryMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"preset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleMatches"}},{"kind":"Field","name":{"kind":"Name","value":"titleExcludes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewPerCheck"}}]}}]}}]} as unknown as DocumentNode<RestUpdateFeedMutation, RestUpdateFeedMutationVariables>;
export const RestRemoveFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestRemoveFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"removeDownloads"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"removeDownloads"},"value":{"kind":"Variable","name":{"kind":"Name","value":"removeDownloads"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFeed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFeed"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Feed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"checkEveryMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextCheckAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"preset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titleMatches"}},{"kind":"Field","name":{"kind":"Name","value":"titleExcludes"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"maxDurationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAfter"}},{"kind":"Field","name":{"kind":"Name","value":"maxNewPerCheck"}}]}}]}}]} as unknown as DocumentNode<RestRemoveFeedMutation, RestRemoveFeedMutationVariables>;
export const RestCheckFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestCheckFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CheckFeedPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"filtered"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestDownload"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","alias":{"kind":"Name","value":"downloaded_bytes"},"name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","alias":{"kind":"Name","value":"format_note"},"name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","alias":{"kind":"Name","value":"is_playlist"},"name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_index"},"name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_total"},"name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","alias":{"kind":"Name","value":"download_type"},"name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","alias":{"kind":"Name","value":"error_message"},"name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","alias":{"kind":"Name","value":"created_at"},"name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"completed_at"},"name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RestCheckFeedMutation, RestCheckFeedMutationVariables>;
export const RestListDownloadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestListDownloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"downloadType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"downloadType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"downloadType"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","alias":{"kind":"Name","value":"downloaded_bytes"},"name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","alias":{"kind":"Name","value":"format_note"},"name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","alias":{"kind":"Name","value":"is_playlist"},"name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_index"},"name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_total"},"name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","alias":{"kind":"Name","value":"download_type"},"name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","alias":{"kind":"Name","value":"error_message"},"name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","alias":{"kind":"Name","value":"created_at"},"name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"completed_at"},"name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RestListDownloadsQuery, RestListDownloadsQueryVariables>;
export const RestGetDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestGetDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"download"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","alias":{"kind":"Name","value":"downloaded_bytes"},"name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","alias":{"kind":"Name","value":"format_note"},"name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","alias":{"kind":"Name","value":"is_playlist"},"name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_index"},"name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_total"},"name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","alias":{"kind":"Name","value":"download_type"},"name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","alias":{"kind":"Name","value":"error_message"},"name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","alias":{"kind":"Name","value":"created_at"},"name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"completed_at"},"name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RestGetDownloadQuery, RestGetDownloadQueryVariables>;
export const RestAddDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestAddDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDownloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddDownloadPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestDownload"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","alias":{"kind":"Name","value":"downloaded_bytes"},"name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","alias":{"kind":"Name","value":"format_note"},"name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","alias":{"kind":"Name","value":"is_playlist"},"name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_index"},"name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_total"},"name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","alias":{"kind":"Name","value":"download_type"},"name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","alias":{"kind":"Name","value":"error_message"},"name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","alias":{"kind":"Name","value":"created_at"},"name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"completed_at"},"name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RestAddDownloadMutation, RestAddDownloadMutationVariables>;
export const RestCancelDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestCancelDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","alias":{"kind":"Name","value":"downloaded_bytes"},"name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","alias":{"kind":"Name","value":"format_note"},"name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","alias":{"kind":"Name","value":"is_playlist"},"name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_index"},"name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_total"},"name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","alias":{"kind":"Name","value":"download_type"},"name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","alias":{"kind":"Name","value":"error_message"},"name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","alias":{"kind":"Name","value":"created_at"},"name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"completed_at"},"name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RestCancelDownloadMutation, RestCancelDownloadMutationVariables>;
export const RestRetryDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestRetryDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","alias":{"kind":"Name","value":"downloaded_bytes"},"name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","alias":{"kind":"Name","value":"format_note"},"name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","alias":{"kind":"Name","value":"is_playlist"},"name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_index"},"name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","alias":{"kind":"Name","value":"playlist_total"},"name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","alias":{"kind":"Name","value":"download_type"},"name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","alias":{"kind":"Name","value":"error_message"},"name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","alias":{"kind":"Name","value":"created_at"},"name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","alias":{"kind":"Name","value":"completed_at"},"name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<RestRetryDownloadMutation, RestRetryDownloadMutationVariables>;
export const RestRemoveDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestRemoveDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleteFile"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleteFile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleteFile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RestRemoveDownloadMutation, RestRemoveDownloadMutationVariables>;
export const RestClearDownloadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestClearDownloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearDownloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearDownloadsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RestClearDownloadsMutation, RestClearDownloadsMutationVariables>;
export const RestDownloadFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestDownloadFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"download"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<RestDownloadFileQuery, RestDownloadFileQueryVariables>;
export const RestThumbnailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RestThumbnail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"download"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thumbnailFile"}}]}}]}}]} as unknown as DocumentNode<RestThumbnailQuery, RestThumbnailQueryVariables>;
export const TestAddDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestAddDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDownloadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddDownloadPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestDownload"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<TestAddDownloadMutation, TestAddDownloadMutationVariables>;
export const TestGetDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestGetDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"download"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<TestGetDownloadQuery, TestGetDownloadQueryVariables>;
export const TestListDownloadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestListDownloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<TestListDownloadsQuery, TestListDownloadsQueryVariables>;
export const TestWatchDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestWatchDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}}]}}]}}]} as unknown as DocumentNode<TestWatchDownloadSubscription, TestWatchDownloadSubscriptionVariables>;
export const TestWatchEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TestWatchEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"download"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadStatusChanged"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}}]}}]}}]}}]} as unknown as DocumentNode<TestWatchEventsSubscription, TestWatchEventsSubscriptionVariables>;
export const TestCancelDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCancelDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<TestCancelDownloadMutation, TestCancelDownloadMutationVariables>;
export const TestRetryDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRetryDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestFailure"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestDownload"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<TestRetryDownloadMutation, TestRetryDownloadMutationVariables>;
export const TestRemoveDownloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRemoveDownload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deleteFile"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDownload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deleteFile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deleteFile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveDownloadPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"download"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<TestRemoveDownloadMutation, TestRemoveDownloadMutationVariables>;
export const TestClearDownloadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestClearDownloads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadStatus"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearDownloads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClearDownloadsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"clearedIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<TestClearDownloadsMutation, TestClearDownloadsMutationVariables>;
export const TestGroupOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestGroupOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"download"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestDownload"}},{"kind":"Field","name":{"kind":"Name","value":"fileUrl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestDownload"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Download"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"filesize"}},{"kind":"Field","name":{"kind":"Name","value":"downloadedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"formatNote"}},{"kind":"Field","name":{"kind":"Name","value":"isPlaylist"}},{"kind":"Field","name":{"kind":"Name","value":"playlistIndex"}},{"kind":"Field","name":{"kind":"Name","value":"playlistTotal"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"downloadType"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]} as unknown as DocumentNode<TestGroupOfQuery, TestGroupOfQueryVariables>;
export const TestCancelGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCancelGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestFailure"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelGroupPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestFailure"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<TestCancelGroupMutation, TestCancelGroupMutationVariables>;