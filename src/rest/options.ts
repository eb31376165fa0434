import { AUDIO_FORMATS, SUBTITLE_FORMATS, VIDEO_CONTAINERS } from "../domain/vocabulary.js";
import type { AudioFormat, DownloadOptionsInput, RestPresetFragment, SubtitleFormat, VideoContainer } from "../gql/graphql.js";
import { RestError } from "./http.js";

const bad = (field: string, reason: string) => new RestError(400, "BAD_REQUEST", `${field}: ${reason}`);

/** REST's snake_case option names and GraphQL's. */
const NAMES = {
  container: "container",
  audio_format: "audioFormat",
  subtitles: "subtitles",
  embed_metadata: "embedMetadata",
  embed_thumbnail: "embedThumbnail",
  embed_chapters: "embedChapters",
  split_chapters: "splitChapters",
  sponsorblock_remove: "sponsorBlockRemove",
  sponsorblock_mark: "sponsorBlockMark",
  rate_limit: "rateLimit",
  folder: "folder",
  ytdlp_args: "ytdlpArgs",
} as const satisfies Record<string, keyof DownloadOptionsInput>;
const SUBTITLE_NAMES = ["languages", "embed", "format", "automatic"] as const;
export const OPTION_NAMES = Object.keys(NAMES);

type Kind = "boolean" | "strings" | "integer" | "string";
const KINDS: Record<keyof typeof NAMES, Kind | readonly string[]> = {
  container: VIDEO_CONTAINERS,
  audio_format: AUDIO_FORMATS,
  subtitles: "string", // checked below
  embed_metadata: "boolean",
  embed_thumbnail: "boolean",
  embed_chapters: "boolean",
  split_chapters: "boolean",
  sponsorblock_remove: "strings",
  sponsorblock_mark: "strings",
  rate_limit: "integer",
  folder: "string",
  ytdlp_args: "strings",
};

function checked(value: unknown, kind: Kind | readonly string[], field: string): unknown {
  if (value === null) return null;
  if (Array.isArray(kind)) {
    if (typeof value !== "string" || !kind.includes(value)) throw bad(field, `must be one of ${kind.join(", ")}`);
    return value.toUpperCase();
  }
  const ok =
    kind === "boolean" ? typeof value === "boolean"
    : kind === "integer" ? Number.isSafeInteger(value)
    : kind === "string" ? typeof value === "string"
    : Array.isArray(value) && value.every((v) => typeof v === "string");
  if (!ok) throw bad(field, `must be ${kind === "strings" ? "a list of strings" : kind === "integer" ? "a whole number" : `a ${kind}`}`);
  return value;
}

/** A request's `options` object (snake_case, lowercase values) as GraphQL's DownloadOptionsInput; unknown fields are refused by name. */
export function optionsInput(body: unknown, field = "options"): DownloadOptionsInput | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== "object" || Array.isArray(body)) throw bad(field, "must be an object");
  const input: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!(name in NAMES)) throw bad(`${field}.${name}`, `unknown option; the options are ${OPTION_NAMES.join(", ")}`);
    const key = name as keyof typeof NAMES;
    input[NAMES[key]] = key === "subtitles" ? subtitlesInput(value, `${field}.subtitles`) : checked(value, KINDS[key], `${field}.${name}`);
  }
  return input as DownloadOptionsInput;
}

function subtitlesInput(value: unknown, field: string): unknown {
  if (value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) throw bad(field, "must be an object");
  const kinds = { languages: "strings", embed: "boolean", format: SUBTITLE_FORMATS, automatic: "boolean" } as const;
  const input: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    if (!(SUBTITLE_NAMES as readonly string[]).includes(name)) throw bad(`${field}.${name}`, `unknown field; subtitles take ${SUBTITLE_NAMES.join(", ")}`);
    input[name] = checked(item, kinds[name as keyof typeof kinds], `${field}.${name}`);
  }
  return input;
}

type Options = RestPresetFragment["options"];
const lower = (value: VideoContainer | AudioFormat | SubtitleFormat | null | undefined) => value?.toLowerCase() ?? null;

/** GraphQL's DownloadOptions in REST's shape: snake_case, lowercase values. */
export function optionsOutput(o: Options) {
  return {
    container: lower(o.container),
    audio_format: lower(o.audioFormat),
    subtitles: o.subtitles ? { ...o.subtitles, format: lower(o.subtitles.format) } : null,
    embed_metadata: o.embedMetadata,
    embed_thumbnail: o.embedThumbnail,
    embed_chapters: o.embedChapters,
    split_chapters: o.splitChapters,
    sponsorblock_remove: o.sponsorBlockRemove,
    sponsorblock_mark: o.sponsorBlockMark,
    rate_limit: o.rateLimit ?? null,
    folder: o.folder ?? null,
    ytdlp_args: o.ytdlpArgs,
  };
}
