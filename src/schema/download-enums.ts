import { DOWNLOAD_TYPES, ERROR_KINDS, STATUSES, type DownloadStatus as Status, type DownloadType as DownloadTypeValue } from "../domain/vocabulary.js";
import { builder } from "./builder.js";

/** The vocabulary's enums (domain/vocabulary.ts), with what each value means. */
const STATUS_MEANINGS: Record<Status, string> = {
  pending: "Queued, not started yet",
  downloading: "Currently downloading",
  processing: "Downloaded; merging or converting streams",
  completed: "Finished; the file is ready",
  error: "Failed; see errorMessage",
  cancelled: "Cancelled by a user",
};
const TYPE_MEANINGS: Record<DownloadTypeValue, string> = {
  video: "Video with audio, merged when the site splits them",
  audio: "Audio only, extracted with ffmpeg (MP3 unless options.audioFormat says otherwise)",
};

/** GraphQL names for the vocabulary's values: "pending" is PENDING. */
const enumValues = <V extends string>(values: readonly V[], meanings: Record<V, string>) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), { value, description: meanings[value] }])) as Record<Uppercase<V>, { value: V; description: string }>;

export const DownloadStatus = builder.enumType("DownloadStatus", {
  description: "Where a task is in its life cycle",
  values: enumValues(STATUSES, STATUS_MEANINGS),
});

export const DownloadType = builder.enumType("DownloadType", {
  description: "What to keep of the media",
  values: enumValues(DOWNLOAD_TYPES, TYPE_MEANINGS),
});

export const DownloadOrder = builder.enumType("DownloadOrder", {
  description: "Listing order",
  values: {
    OLDEST_FIRST: { value: "asc", description: "Queue order: by creation time, then place in the playlist, then id (unique, so paging never skips or repeats)" },
    NEWEST_FIRST: { value: "desc", description: "Exactly the reverse of OLDEST_FIRST: the newest first, a playlist's last entry first" },
  } as const,
});

export const ErrorKind = builder.enumType("ErrorKind", {
  description: "What kind of failure a run had (see the README's automatic retries)",
  values: enumValues(ERROR_KINDS, {
    transient: "A passing one (network, HTTP 5xx or 429, timeouts): retried by itself while AUTO_RETRY_ATTEMPTS allows",
    permanent: "One a retry cannot mend (HTTP 404, removed or private video, sign-in, disk full): waits for a person",
    unknown: "Not classified: waits for a person",
  }),
});
