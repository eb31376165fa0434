import type { ErrorKind } from "./vocabulary.js";

/**
 * How a failure is told apart, from yt-dlp's and ffmpeg's message: one row per pattern, the
 * first that matches wins (permanent ones first: "HTTP Error 404" must not read as a timeout).
 * `summary` says it as a plain sentence for people ($1 is the pattern's first group).
 * `example` is a message the pattern is for; test/failure-kinds.test.ts checks every row with it.
 */
export const FAILURE_PATTERNS: ReadonlyArray<{ kind: Exclude<ErrorKind, "unknown">; pattern: RegExp; summary: string; example: string }> = [
  { kind: "permanent", pattern: /HTTP Error (404|410)\b/i, summary: "The page was not found (HTTP $1)", example: "[generic] None: Unable to download webpage: HTTP Error 404: Not Found" },
  { kind: "permanent", pattern: /Unsupported URL/i, summary: "No video was found at this address", example: "Unsupported URL: https://example.com/" },
  { kind: "permanent", pattern: /Private video|This video is private/i, summary: "The video is private", example: "[youtube] abc: Private video. Sign in if you've been granted access to this video" },
  { kind: "permanent", pattern: /Video unavailable|has been removed|no longer available|account .* terminated/i, summary: "The video is unavailable or was removed", example: "[youtube] abc: Video unavailable. This video has been removed by the uploader" },
  { kind: "permanent", pattern: /members[- ]only|Join this channel/i, summary: "The video is for channel members only", example: "[youtube] abc: Join this channel to get access to members-only content like this video" },
  { kind: "permanent", pattern: /Sign in to confirm|login required|requires? (a )?log ?in|account cookies/i, summary: "The site wants you signed in: give the preset your cookies", example: "[youtube] abc: Sign in to confirm your age. This video may be inappropriate for some users." },
  { kind: "permanent", pattern: /available (in|from) your (country|location)|geo.?restrict|geo.?blocked/i, summary: "The video is not available in the server's country", example: "[generic] abc: The uploader has not made this video available in your country" },
  { kind: "permanent", pattern: /No space left on device|Errno 28|Disk quota exceeded/i, summary: "The server's disk is full", example: "[download] Unable to write data: [Errno 28] No space left on device" },
  { kind: "permanent", pattern: /Permission denied|Errno 13\b|Read-only file system|Errno 30\b/i, summary: "The server may not write to its download folder", example: "[download] Unable to open file: [Errno 13] Permission denied: 'clip__abc.mp4.part'" },
  { kind: "permanent", pattern: /no such option|Invalid (option|argument)|is not a valid (URL|format)|Requested format is not available|ALLOW_YTDLP_ARGS/i, summary: "The site does not offer the format or option asked for", example: "Requested format is not available. Use --list-formats for a list of available formats" },
  { kind: "permanent", pattern: /not a public address|address guard|ALLOW_PRIVATE_ADDRESSES/i, summary: "The address is on a private network, which this server does not download from", example: "<urlopen error 127.0.0.2 is not a public address; refused (ALLOW_PRIVATE_ADDRESSES=true allows it)>" },
  { kind: "permanent", pattern: /MAX_PLAYLIST_ENTRIES/i, summary: "The playlist has more entries than this server takes", example: "the playlist has more than 500 entries (MAX_PLAYLIST_ENTRIES=500)" },
  { kind: "permanent", pattern: /outside the download folder/i, summary: "The file's folder would be outside the download folder", example: "the file would be written outside the download folder" },
  { kind: "transient", pattern: /HTTP Error (5\d\d|429)\b/i, summary: "The site had a passing error (HTTP $1)", example: "[generic] None: Unable to download webpage: HTTP Error 503: Service Unavailable" },
  { kind: "transient", pattern: /HTTP Error 403.*fragment|fragment.*HTTP Error 403/i, summary: "The site refused part of the video (HTTP 403)", example: "[download] Got error: HTTP Error 403: Forbidden. Retrying fragment 12 (1/10)... Giving up after 10 fragment retries" },
  { kind: "transient", pattern: /Connection (reset|refused|aborted)|Errno (104|111)|Remote end closed|RemoteDisconnected|Broken pipe/i, summary: "The connection to the site failed", example: "<urlopen error [Errno 111] Connection refused>" },
  { kind: "transient", pattern: /timed out|timeout/i, summary: "The site took too long to answer", example: "Unable to download webpage: The read operation timed out" },
  { kind: "transient", pattern: /Temporary failure in name resolution|Name or service not known|getaddrinfo failed|nodename nor servname|Errno -[23]\b/i, summary: "The site's name could not be found (DNS)", example: "<urlopen error [Errno -2] Name or service not known>" },
  { kind: "transient", pattern: /bytes read|IncompleteRead|incomplete read|Content-Length mismatch|did not get any data/i, summary: "The download was cut off before its end", example: "Got error: 524288 bytes read, 1048576 more expected" },
];

/** A failure's kind: transient ones are retried by themselves, permanent and unknown ones wait for a person. */
export function failureKind(message: string): ErrorKind {
  return FAILURE_PATTERNS.find((row) => row.pattern.test(message))?.kind ?? "unknown";
}

/** A failure said plainly ("The page was not found (HTTP 404)"); the raw message stays the details. */
export function failureSummary(message: string): string {
  for (const row of FAILURE_PATTERNS) {
    const match = row.pattern.exec(message);
    if (match) return row.summary.replace("$1", match[1] ?? "");
  }
  return "The download failed";
}
