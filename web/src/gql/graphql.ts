/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** What became of an entry */
export type FeedEntryState =
  /** Some task had downloaded it already (`download`) */
  | 'ALREADY_DOWNLOADED'
  /** New when checked, but kept out by a filter (see `reason`) */
  | 'FILTERED'
  /** New when checked, and queued as `download` */
  | 'QUEUED'
  /** Listed when the feed was added: not downloaded */
  | 'SEEN';

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

export type WebBulkFailuresFragment = { id: string, message: string };

export type WebCancelManyMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WebCancelManyMutation = { cancelDownloads:
    | { __typename: 'CancelDownloadsPayload', failed: Array<{ id: string, message: string }> }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
   };

export type WebRetryManyMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type WebRetryManyMutation = { retryDownloads:
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string }
    | { __typename: 'RetryDownloadsPayload', failed: Array<{ id: string, message: string }> }
   };

export type WebRemoveManyMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  deleteFiles?: boolean | null | undefined;
}>;


export type WebRemoveManyMutation = { removeDownloads:
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'RemoveDownloadsPayload', failed: Array<{ id: string, message: string }> }
   };

export type WebNotifierFragment = { id: string, name: string, url: string, enabled: boolean, disabledReason: string | null, events: Array<NotifierEvent>, deliveries: { edges: Array<{ node: { id: string, type: string, status: DeliveryStatus, attempts: number, statusCode: number | null, error: string | null, createdAt: string } }> } };

export type WebNotifiersQueryVariables = Exact<{ [key: string]: never; }>;


export type WebNotifiersQuery = { notifiers: Array<{ id: string, name: string, url: string, enabled: boolean, disabledReason: string | null, events: Array<NotifierEvent>, deliveries: { edges: Array<{ node: { id: string, type: string, status: DeliveryStatus, attempts: number, statusCode: number | null, error: string | null, createdAt: string } }> } }> };

export type WebAddNotifierMutationVariables = Exact<{
  input: AddNotifierInput;
}>;


export type WebAddNotifierMutation = { addNotifier:
    | { __typename: 'AddNotifierPayload', secret: string }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type WebUpdateNotifierMutationVariables = Exact<{
  id: string | number;
  input: UpdateNotifierInput;
}>;


export type WebUpdateNotifierMutation = { updateNotifier:
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Notifier' }
   };

export type WebRemoveNotifierMutationVariables = Exact<{
  id: string | number;
}>;


export type WebRemoveNotifierMutation = { removeNotifier:
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Notifier' }
   };

export type WebTestNotifierMutationVariables = Exact<{
  id: string | number;
}>;


export type WebTestNotifierMutation = { testNotifier:
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'TestNotifierPayload', ok: boolean, error: string | null }
   };

export type WebPresetFragment = { id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, rateLimit: number | null, folder: string | null, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } };

export type WebPresetsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebPresetsQuery = { presets: Array<{ id: string, name: string, downloadType: DownloadType, quality: string, isDefault: boolean, hasCookies: boolean, options: { container: VideoContainer | null, audioFormat: AudioFormat | null, embedMetadata: boolean, embedThumbnail: boolean, embedChapters: boolean, splitChapters: boolean, rateLimit: number | null, folder: string | null, subtitles: { languages: Array<string>, embed: boolean, format: SubtitleFormat | null, automatic: boolean } | null } }> };

export type WebCreatePresetMutationVariables = Exact<{
  input: CreatePresetInput;
}>;


export type WebCreatePresetMutation = { createPreset:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Preset' }
   };

export type WebUpdatePresetMutationVariables = Exact<{
  id: string | number;
  input: UpdatePresetInput;
}>;


export type WebUpdatePresetMutation = { updatePreset:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Preset' }
   };

export type WebDeletePresetMutationVariables = Exact<{
  id: string | number;
}>;


export type WebDeletePresetMutation = { deletePreset:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Preset' }
   };

export type WebSetPresetCookiesMutationVariables = Exact<{
  id: string | number;
  cookies: string;
}>;


export type WebSetPresetCookiesMutation = { setPresetCookies:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Preset' }
   };

export type WebClearPresetCookiesMutationVariables = Exact<{
  id: string | number;
}>;


export type WebClearPresetCookiesMutation = { clearPresetCookies:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'Preset' }
   };

export type WebFeedFragment = { id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, entryCount: number, preset: { id: string, name: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } };

export type WebFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebFeedsQuery = { feeds: Array<{ id: string, url: string, title: string, enabled: boolean, checkEveryMinutes: number, lastCheckedAt: string | null, nextCheckAt: string, lastError: string | null, entryCount: number, preset: { id: string, name: string } | null, filters: { titleMatches: string | null, titleExcludes: string | null, minDurationSeconds: number | null, maxDurationSeconds: number | null, publishedAfter: string | null, maxNewPerCheck: number } }> };

export type WebFeedEntriesQueryVariables = Exact<{
  id: string | number;
}>;


export type WebFeedEntriesQuery = { feed: { id: string, entries: { edges: Array<{ node: { entryId: string, title: string, state: FeedEntryState, reason: string | null, download: { id: string, status: DownloadStatus } | null } }> } } | null };

export type WebAddFeedMutationVariables = Exact<{
  input: AddFeedInput;
}>;


export type WebAddFeedMutation = { addFeed:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Feed' }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string }
   };

export type WebUpdateFeedMutationVariables = Exact<{
  id: string | number;
  input: UpdateFeedInput;
}>;


export type WebUpdateFeedMutation = { updateFeed:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Feed' }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type WebRemoveFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type WebRemoveFeedMutation = { removeFeed:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Feed' }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type WebCheckFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type WebCheckFeedMutation = { checkFeed:
    | { __typename: 'CheckFeedPayload', check: { queued: number } }
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'UpstreamError', code: ErrorCode, message: string }
   };

export type WebTaskFragment = { id: string, url: string, title: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, playlistTitle: string | null, groupId: string, filename: string | null, fileUrl: string | null, thumbnailUrl: string | null, downloadType: DownloadType, quality: string, errorMessage: string | null, errorSummary: string | null, createdAt: string, completedAt: string | null, updatedAt: string, preset: { id: string, name: string } | null, files: Array<{ name: string, kind: FileKind, url: string }> };

export type WebTasksQueryVariables = Exact<{
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type WebTasksQuery = { video: Array<string>, audio: Array<string>, downloads: Array<{ id: string, url: string, title: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, playlistTitle: string | null, groupId: string, filename: string | null, fileUrl: string | null, thumbnailUrl: string | null, downloadType: DownloadType, quality: string, errorMessage: string | null, errorSummary: string | null, createdAt: string, completedAt: string | null, updatedAt: string, preset: { id: string, name: string } | null, files: Array<{ name: string, kind: FileKind, url: string }> }> };

export type WebEventsSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebEventsSubscription = { downloadEvents:
    | { __typename: 'DownloadAdded', cursor: string, download: { id: string, url: string, title: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, playlistTitle: string | null, groupId: string, filename: string | null, fileUrl: string | null, thumbnailUrl: string | null, downloadType: DownloadType, quality: string, errorMessage: string | null, errorSummary: string | null, createdAt: string, completedAt: string | null, updatedAt: string, preset: { id: string, name: string } | null, files: Array<{ name: string, kind: FileKind, url: string }> } }
    | { __typename: 'DownloadProgressed', cursor: string, download: { id: string, url: string, title: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, playlistTitle: string | null, groupId: string, filename: string | null, fileUrl: string | null, thumbnailUrl: string | null, downloadType: DownloadType, quality: string, errorMessage: string | null, errorSummary: string | null, createdAt: string, completedAt: string | null, updatedAt: string, preset: { id: string, name: string } | null, files: Array<{ name: string, kind: FileKind, url: string }> } }
    | { __typename: 'DownloadRemoved', cursor: string, download: { id: string, url: string, title: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, playlistTitle: string | null, groupId: string, filename: string | null, fileUrl: string | null, thumbnailUrl: string | null, downloadType: DownloadType, quality: string, errorMessage: string | null, errorSummary: string | null, createdAt: string, completedAt: string | null, updatedAt: string, preset: { id: string, name: string } | null, files: Array<{ name: string, kind: FileKind, url: string }> } }
    | { __typename: 'DownloadSnapshot', cursor: string, download: { id: string, url: string, title: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, playlistTitle: string | null, groupId: string, filename: string | null, fileUrl: string | null, thumbnailUrl: string | null, downloadType: DownloadType, quality: string, errorMessage: string | null, errorSummary: string | null, createdAt: string, completedAt: string | null, updatedAt: string, preset: { id: string, name: string } | null, files: Array<{ name: string, kind: FileKind, url: string }> } }
    | { __typename: 'DownloadStatusChanged', cursor: string, download: { id: string, url: string, title: string, status: DownloadStatus, progress: number, speed: string | null, eta: string | null, filesize: number, downloadedBytes: number, formatNote: string | null, isPlaylist: boolean, playlistIndex: number, playlistTotal: number, playlistTitle: string | null, groupId: string, filename: string | null, fileUrl: string | null, thumbnailUrl: string | null, downloadType: DownloadType, quality: string, errorMessage: string | null, errorSummary: string | null, createdAt: string, completedAt: string | null, updatedAt: string, preset: { id: string, name: string } | null, files: Array<{ name: string, kind: FileKind, url: string }> } }
   };

type WebFailure_ConflictError_Fragment = { code: ErrorCode, message: string };

type WebFailure_InvalidInputError_Fragment = { field: string, reason: string, code: ErrorCode, message: string };

type WebFailure_NotFoundError_Fragment = { code: ErrorCode, message: string };

type WebFailure_RateLimitedError_Fragment = { code: ErrorCode, message: string };

type WebFailure_UpstreamError_Fragment = { code: ErrorCode, message: string };

export type WebFailureFragment =
  | WebFailure_ConflictError_Fragment
  | WebFailure_InvalidInputError_Fragment
  | WebFailure_NotFoundError_Fragment
  | WebFailure_RateLimitedError_Fragment
  | WebFailure_UpstreamError_Fragment
;

export type WebFreshLinksQueryVariables = Exact<{
  id: string | number;
}>;


export type WebFreshLinksQuery = { download: { fileUrl: string | null, thumbnailUrl: string | null } | null };

export type WebAddMutationVariables = Exact<{
  inputs: Array<AddDownloadInput> | AddDownloadInput;
}>;


export type WebAddMutation = { addDownloads:
    | { __typename: 'AddDownloadsPayload' }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string }
   };

export type WebCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type WebCancelMutation = { cancelDownload:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Download' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type WebCancelGroupMutationVariables = Exact<{
  groupId: string | number;
}>;


export type WebCancelGroupMutation = { cancelGroup:
    | { __typename: 'CancelGroupPayload' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export type WebRetryMutationVariables = Exact<{
  id: string | number;
}>;


export type WebRetryMutation = { retryDownload:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Download' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RateLimitedError', code: ErrorCode, message: string }
   };

export type WebRemoveMutationVariables = Exact<{
  id: string | number;
  deleteFile?: boolean | null | undefined;
}>;


export type WebRemoveMutation = { removeDownload:
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
    | { __typename: 'RemoveDownloadPayload' }
   };

export type WebClearMutationVariables = Exact<{
  status?: Array<DownloadStatus> | DownloadStatus | null | undefined;
}>;


export type WebClearMutation = { clearDownloads:
    | { __typename: 'ClearDownloadsPayload', count: number }
    | { __typename: 'InvalidInputError', field: string, reason: string, code: ErrorCode, message: string }
   };

export type WebServerFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebServerFactsQuery = { serverInfo: { version: string, authRequired: boolean } };

export type WebQueueStateQueryVariables = Exact<{ [key: string]: never; }>;


export type WebQueueStateQuery = { serverInfo: { queuePaused: boolean } };

export type WebPauseQueueMutationVariables = Exact<{ [key: string]: never; }>;


export type WebPauseQueueMutation = { pauseQueue: { queuePaused: boolean } };

export type WebResumeQueueMutationVariables = Exact<{ [key: string]: never; }>;


export type WebResumeQueueMutation = { resumeQueue: { queuePaused: boolean } };

export type WebPrioritizeMutationVariables = Exact<{
  id: string | number;
}>;


export type WebPrioritizeMutation = { prioritizeDownload:
    | { __typename: 'ConflictError', code: ErrorCode, message: string }
    | { __typename: 'Download' }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string }
   };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WebBulkFailuresFragmentDoc = new TypedDocumentString(`
    fragment WebBulkFailures on BulkFailure {
  id
  message
}
    `, {"fragmentName":"WebBulkFailures"}) as unknown as TypedDocumentString<WebBulkFailuresFragment, unknown>;
export const WebNotifierFragmentDoc = new TypedDocumentString(`
    fragment WebNotifier on Notifier {
  id
  name
  url
  enabled
  disabledReason
  events
  deliveries(first: 5) {
    edges {
      node {
        id
        type
        status
        attempts
        statusCode
        error
        createdAt
      }
    }
  }
}
    `, {"fragmentName":"WebNotifier"}) as unknown as TypedDocumentString<WebNotifierFragment, unknown>;
export const WebPresetFragmentDoc = new TypedDocumentString(`
    fragment WebPreset on Preset {
  id
  name
  downloadType
  quality
  isDefault
  hasCookies
  options {
    container
    audioFormat
    subtitles {
      languages
      embed
      format
      automatic
    }
    embedMetadata
    embedThumbnail
    embedChapters
    splitChapters
    rateLimit
    folder
  }
}
    `, {"fragmentName":"WebPreset"}) as unknown as TypedDocumentString<WebPresetFragment, unknown>;
export const WebFeedFragmentDoc = new TypedDocumentString(`
    fragment WebFeed on Feed {
  id
  url
  title
  enabled
  checkEveryMinutes
  lastCheckedAt
  nextCheckAt
  lastError
  entryCount
  preset {
    id
    name
  }
  filters {
    titleMatches
    titleExcludes
    minDurationSeconds
    maxDurationSeconds
    publishedAfter
    maxNewPerCheck
  }
}
    `, {"fragmentName":"WebFeed"}) as unknown as TypedDocumentString<WebFeedFragment, unknown>;
export const WebTaskFragmentDoc = new TypedDocumentString(`
    fragment WebTask on Download {
  id
  url
  title
  status
  progress
  speed
  eta
  filesize
  downloadedBytes
  formatNote
  isPlaylist
  playlistIndex
  playlistTotal
  playlistTitle
  groupId
  filename
  fileUrl
  thumbnailUrl
  downloadType
  quality
  errorMessage
  errorSummary
  createdAt
  completedAt
  updatedAt
  preset {
    id
    name
  }
  files {
    name
    kind
    url
  }
}
    `, {"fragmentName":"WebTask"}) as unknown as TypedDocumentString<WebTaskFragment, unknown>;
export const WebFailureFragmentDoc = new TypedDocumentString(`
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}
    `, {"fragmentName":"WebFailure"}) as unknown as TypedDocumentString<WebFailureFragment, unknown>;
export const WebCancelManyDocument = new TypedDocumentString(`
    mutation WebCancelMany($ids: [ID!]!) {
  cancelDownloads(ids: $ids) {
    __typename
    ...WebFailure
    ... on CancelDownloadsPayload {
      failed {
        ...WebBulkFailures
      }
    }
  }
}
    fragment WebBulkFailures on BulkFailure {
  id
  message
}
fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebCancelManyMutation, WebCancelManyMutationVariables>;
export const WebRetryManyDocument = new TypedDocumentString(`
    mutation WebRetryMany($ids: [ID!]!) {
  retryDownloads(ids: $ids) {
    __typename
    ...WebFailure
    ... on RetryDownloadsPayload {
      failed {
        ...WebBulkFailures
      }
    }
  }
}
    fragment WebBulkFailures on BulkFailure {
  id
  message
}
fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebRetryManyMutation, WebRetryManyMutationVariables>;
export const WebRemoveManyDocument = new TypedDocumentString(`
    mutation WebRemoveMany($ids: [ID!]!, $deleteFiles: Boolean) {
  removeDownloads(ids: $ids, deleteFiles: $deleteFiles) {
    __typename
    ...WebFailure
    ... on RemoveDownloadsPayload {
      failed {
        ...WebBulkFailures
      }
    }
  }
}
    fragment WebBulkFailures on BulkFailure {
  id
  message
}
fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebRemoveManyMutation, WebRemoveManyMutationVariables>;
export const WebNotifiersDocument = new TypedDocumentString(`
    query WebNotifiers {
  notifiers {
    ...WebNotifier
  }
}
    fragment WebNotifier on Notifier {
  id
  name
  url
  enabled
  disabledReason
  events
  deliveries(first: 5) {
    edges {
      node {
        id
        type
        status
        attempts
        statusCode
        error
        createdAt
      }
    }
  }
}`) as unknown as TypedDocumentString<WebNotifiersQuery, WebNotifiersQueryVariables>;
export const WebAddNotifierDocument = new TypedDocumentString(`
    mutation WebAddNotifier($input: AddNotifierInput!) {
  addNotifier(input: $input) {
    __typename
    ...WebFailure
    ... on AddNotifierPayload {
      secret
    }
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebAddNotifierMutation, WebAddNotifierMutationVariables>;
export const WebUpdateNotifierDocument = new TypedDocumentString(`
    mutation WebUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {
  updateNotifier(id: $id, input: $input) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebUpdateNotifierMutation, WebUpdateNotifierMutationVariables>;
export const WebRemoveNotifierDocument = new TypedDocumentString(`
    mutation WebRemoveNotifier($id: ID!) {
  removeNotifier(id: $id) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebRemoveNotifierMutation, WebRemoveNotifierMutationVariables>;
export const WebTestNotifierDocument = new TypedDocumentString(`
    mutation WebTestNotifier($id: ID!) {
  testNotifier(id: $id) {
    __typename
    ...WebFailure
    ... on TestNotifierPayload {
      ok
      error
    }
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebTestNotifierMutation, WebTestNotifierMutationVariables>;
export const WebPresetsDocument = new TypedDocumentString(`
    query WebPresets {
  presets {
    ...WebPreset
  }
}
    fragment WebPreset on Preset {
  id
  name
  downloadType
  quality
  isDefault
  hasCookies
  options {
    container
    audioFormat
    subtitles {
      languages
      embed
      format
      automatic
    }
    embedMetadata
    embedThumbnail
    embedChapters
    splitChapters
    rateLimit
    folder
  }
}`) as unknown as TypedDocumentString<WebPresetsQuery, WebPresetsQueryVariables>;
export const WebCreatePresetDocument = new TypedDocumentString(`
    mutation WebCreatePreset($input: CreatePresetInput!) {
  createPreset(input: $input) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebCreatePresetMutation, WebCreatePresetMutationVariables>;
export const WebUpdatePresetDocument = new TypedDocumentString(`
    mutation WebUpdatePreset($id: ID!, $input: UpdatePresetInput!) {
  updatePreset(id: $id, input: $input) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebUpdatePresetMutation, WebUpdatePresetMutationVariables>;
export const WebDeletePresetDocument = new TypedDocumentString(`
    mutation WebDeletePreset($id: ID!) {
  deletePreset(id: $id) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebDeletePresetMutation, WebDeletePresetMutationVariables>;
export const WebSetPresetCookiesDocument = new TypedDocumentString(`
    mutation WebSetPresetCookies($id: ID!, $cookies: String!) {
  setPresetCookies(id: $id, cookies: $cookies) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebSetPresetCookiesMutation, WebSetPresetCookiesMutationVariables>;
export const WebClearPresetCookiesDocument = new TypedDocumentString(`
    mutation WebClearPresetCookies($id: ID!) {
  clearPresetCookies(id: $id) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebClearPresetCookiesMutation, WebClearPresetCookiesMutationVariables>;
export const WebFeedsDocument = new TypedDocumentString(`
    query WebFeeds {
  feeds {
    ...WebFeed
  }
}
    fragment WebFeed on Feed {
  id
  url
  title
  enabled
  checkEveryMinutes
  lastCheckedAt
  nextCheckAt
  lastError
  entryCount
  preset {
    id
    name
  }
  filters {
    titleMatches
    titleExcludes
    minDurationSeconds
    maxDurationSeconds
    publishedAfter
    maxNewPerCheck
  }
}`) as unknown as TypedDocumentString<WebFeedsQuery, WebFeedsQueryVariables>;
export const WebFeedEntriesDocument = new TypedDocumentString(`
    query WebFeedEntries($id: ID!) {
  feed(id: $id) {
    id
    entries(first: 100) {
      edges {
        node {
          entryId
          title
          state
          reason
          download {
            id
            status
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebFeedEntriesQuery, WebFeedEntriesQueryVariables>;
export const WebAddFeedDocument = new TypedDocumentString(`
    mutation WebAddFeed($input: AddFeedInput!) {
  addFeed(input: $input) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebAddFeedMutation, WebAddFeedMutationVariables>;
export const WebUpdateFeedDocument = new TypedDocumentString(`
    mutation WebUpdateFeed($id: ID!, $input: UpdateFeedInput!) {
  updateFeed(id: $id, input: $input) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebUpdateFeedMutation, WebUpdateFeedMutationVariables>;
export const WebRemoveFeedDocument = new TypedDocumentString(`
    mutation WebRemoveFeed($id: ID!) {
  removeFeed(id: $id) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebRemoveFeedMutation, WebRemoveFeedMutationVariables>;
export const WebCheckFeedDocument = new TypedDocumentString(`
    mutation WebCheckFeed($id: ID!) {
  checkFeed(id: $id) {
    __typename
    ...WebFailure
    ... on CheckFeedPayload {
      check {
        queued
      }
    }
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebCheckFeedMutation, WebCheckFeedMutationVariables>;
export const WebTasksDocument = new TypedDocumentString(`
    query WebTasks($offset: Int, $limit: Int) {
  downloads(order: NEWEST_FIRST, offset: $offset, limit: $limit) {
    ...WebTask
  }
  video: qualities(downloadType: VIDEO)
  audio: qualities(downloadType: AUDIO)
}
    fragment WebTask on Download {
  id
  url
  title
  status
  progress
  speed
  eta
  filesize
  downloadedBytes
  formatNote
  isPlaylist
  playlistIndex
  playlistTotal
  playlistTitle
  groupId
  filename
  fileUrl
  thumbnailUrl
  downloadType
  quality
  errorMessage
  errorSummary
  createdAt
  completedAt
  updatedAt
  preset {
    id
    name
  }
  files {
    name
    kind
    url
  }
}`) as unknown as TypedDocumentString<WebTasksQuery, WebTasksQueryVariables>;
export const WebEventsDocument = new TypedDocumentString(`
    subscription WebEvents($after: String) {
  downloadEvents(after: $after) {
    __typename
    cursor
    download {
      ...WebTask
    }
  }
}
    fragment WebTask on Download {
  id
  url
  title
  status
  progress
  speed
  eta
  filesize
  downloadedBytes
  formatNote
  isPlaylist
  playlistIndex
  playlistTotal
  playlistTitle
  groupId
  filename
  fileUrl
  thumbnailUrl
  downloadType
  quality
  errorMessage
  errorSummary
  createdAt
  completedAt
  updatedAt
  preset {
    id
    name
  }
  files {
    name
    kind
    url
  }
}`) as unknown as TypedDocumentString<WebEventsSubscription, WebEventsSubscriptionVariables>;
export const WebFreshLinksDocument = new TypedDocumentString(`
    query WebFreshLinks($id: ID!) {
  download(id: $id) {
    fileUrl
    thumbnailUrl
  }
}
    `) as unknown as TypedDocumentString<WebFreshLinksQuery, WebFreshLinksQueryVariables>;
export const WebAddDocument = new TypedDocumentString(`
    mutation WebAdd($inputs: [AddDownloadInput!]!) {
  addDownloads(inputs: $inputs) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebAddMutation, WebAddMutationVariables>;
export const WebCancelDocument = new TypedDocumentString(`
    mutation WebCancel($id: ID!) {
  cancelDownload(id: $id) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebCancelMutation, WebCancelMutationVariables>;
export const WebCancelGroupDocument = new TypedDocumentString(`
    mutation WebCancelGroup($groupId: ID!) {
  cancelGroup(groupId: $groupId) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebCancelGroupMutation, WebCancelGroupMutationVariables>;
export const WebRetryDocument = new TypedDocumentString(`
    mutation WebRetry($id: ID!) {
  retryDownload(id: $id) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebRetryMutation, WebRetryMutationVariables>;
export const WebRemoveDocument = new TypedDocumentString(`
    mutation WebRemove($id: ID!, $deleteFile: Boolean) {
  removeDownload(id: $id, deleteFile: $deleteFile) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebRemoveMutation, WebRemoveMutationVariables>;
export const WebClearDocument = new TypedDocumentString(`
    mutation WebClear($status: [DownloadStatus!]) {
  clearDownloads(status: $status) {
    __typename
    ...WebFailure
    ... on ClearDownloadsPayload {
      count
    }
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebClearMutation, WebClearMutationVariables>;
export const WebServerFactsDocument = new TypedDocumentString(`
    query WebServerFacts {
  serverInfo {
    version
    authRequired
  }
}
    `) as unknown as TypedDocumentString<WebServerFactsQuery, WebServerFactsQueryVariables>;
export const WebQueueStateDocument = new TypedDocumentString(`
    query WebQueueState {
  serverInfo {
    queuePaused
  }
}
    `) as unknown as TypedDocumentString<WebQueueStateQuery, WebQueueStateQueryVariables>;
export const WebPauseQueueDocument = new TypedDocumentString(`
    mutation WebPauseQueue {
  pauseQueue {
    queuePaused
  }
}
    `) as unknown as TypedDocumentString<WebPauseQueueMutation, WebPauseQueueMutationVariables>;
export const WebResumeQueueDocument = new TypedDocumentString(`
    mutation WebResumeQueue {
  resumeQueue {
    queuePaused
  }
}
    `) as unknown as TypedDocumentString<WebResumeQueueMutation, WebResumeQueueMutationVariables>;
export const WebPrioritizeDocument = new TypedDocumentString(`
    mutation WebPrioritize($id: ID!) {
  prioritizeDownload(id: $id) {
    __typename
    ...WebFailure
  }
}
    fragment WebFailure on Error {
  code
  message
  ... on InvalidInputError {
    field
    reason
  }
}`) as unknown as TypedDocumentString<WebPrioritizeMutation, WebPrioritizeMutationVariables>;