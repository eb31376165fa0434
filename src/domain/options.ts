import { InputError } from "./errors.js";
import { checkFolderTemplate } from "./folder-template.js";
import {
  acceptedQualities,
  AUDIO_FORMATS,
  SPONSORBLOCK_CATEGORIES,
  SUBTITLE_FORMATS,
  VIDEO_CONTAINERS,
  type AudioFormat,
  type DownloadType,
  type SubtitleFormat,
  type VideoContainer,
} from "./vocabulary.js";

export type SubtitleOptions = {
  /** Language codes ("en", "pt-BR"), or ["all"]. */
  languages: string[];
  /** In the media file (true) or kept beside it as files of their own. */
  embed: boolean;
  format?: SubtitleFormat;
  /** Also the site's automatic captions. */
  automatic: boolean;
};

/**
 * How a task is saved, beyond video/audio and quality. Every field is optional: unset means
 * today's behaviour. Stored on each task as it was when the task was queued (its snapshot).
 */
export type DownloadOptions = {
  container?: VideoContainer;
  audioFormat?: AudioFormat;
  subtitles?: SubtitleOptions;
  embedMetadata?: boolean;
  embedThumbnail?: boolean;
  embedChapters?: boolean;
  splitChapters?: boolean;
  sponsorBlockRemove?: string[];
  sponsorBlockMark?: string[];
  /** Bytes per second. */
  rateLimit?: number;
  /** A folder template relative to the download folder (domain/folder-template.ts). */
  folder?: string;
  /** Raw yt-dlp arguments: only with ALLOW_YTDLP_ARGS=true, checked by yt-dlp's own parser. */
  ytdlpArgs?: string[];
};

/** Options given as a change: a field set to null goes back to the default. */
export type OptionsChange = { [K in keyof DownloadOptions]?: DownloadOptions[K] | null };

const LANGUAGE = /^(all|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3})$/;
const MAX_RATE_LIMIT = 10 * 1024 ** 3;
const MIN_RATE_LIMIT = 1024;
export const MAX_YTDLP_ARGS = 50;
const MAX_YTDLP_ARG_LENGTH = 1000;

/**
 * `base` with `change` applied field by field (subtitles too): what a preset's options become
 * when a request names some options of its own.
 */
export function mergeOptions(base: DownloadOptions, change: OptionsChange | undefined): DownloadOptions {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change ?? {})) {
    if (value === undefined) continue;
    if (value === null) delete merged[key];
    else if (key === "subtitles" && base.subtitles) merged[key] = { ...base.subtitles, ...withoutUndefined(value as object) };
    else merged[key] = value;
  }
  return merged as DownloadOptions;
}

const withoutUndefined = (value: object) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

/** Checks every option; throws InputError naming the field ("options.subtitles.languages"). Returns them with defaults filled in. */
export function checkOptions(options: DownloadOptions, field = "options"): DownloadOptions {
  const at = (name: string) => `${field}.${name}`;
  const oneOf = <T extends string>(name: string, value: T | undefined, values: readonly T[]) => {
    if (value !== undefined && !values.includes(value)) throw new InputError(at(name), `must be one of ${values.join(", ")}`);
  };
  oneOf("container", options.container, VIDEO_CONTAINERS);
  oneOf("audioFormat", options.audioFormat, AUDIO_FORMATS);
  const checked: DownloadOptions = { ...options };
  if (options.subtitles) checked.subtitles = checkSubtitles(options.subtitles, at("subtitles"));
  for (const name of ["sponsorBlockRemove", "sponsorBlockMark"] as const) {
    const categories = options[name];
    if (!categories) continue;
    const unknown = categories.find((c) => !(SPONSORBLOCK_CATEGORIES as readonly string[]).includes(c));
    if (unknown !== undefined) throw new InputError(at(name), `"${unknown.slice(0, 40)}" is not a SponsorBlock category; use ${SPONSORBLOCK_CATEGORIES.join(", ")}`);
    checked[name] = [...new Set(categories)];
  }
  const rate = options.rateLimit;
  if (rate !== undefined && (!Number.isSafeInteger(rate) || rate < MIN_RATE_LIMIT || rate > MAX_RATE_LIMIT)) {
    throw new InputError(at("rateLimit"), `must be a whole number of bytes per second from ${MIN_RATE_LIMIT} to ${MAX_RATE_LIMIT}`);
  }
  if (options.folder !== undefined) checked.folder = checkFolderTemplate(options.folder, at("folder"));
  if (options.folder === "") delete checked.folder;
  if (options.ytdlpArgs) checkArgShapes(options.ytdlpArgs, at("ytdlpArgs"));
  return checked;
}

function checkSubtitles(subtitles: SubtitleOptions, field: string): SubtitleOptions {
  const languages = subtitles.languages ?? [];
  if (languages.length === 0 || languages.length > 20) throw new InputError(`${field}.languages`, "must list 1 to 20 language codes (like en, pt-BR), or all");
  const bad = languages.find((language) => !LANGUAGE.test(language));
  if (bad !== undefined) throw new InputError(`${field}.languages`, `"${bad.slice(0, 20)}" is not a language code (like en, pt-BR) or all`);
  if (subtitles.format !== undefined && !SUBTITLE_FORMATS.includes(subtitles.format)) {
    throw new InputError(`${field}.format`, `must be one of ${SUBTITLE_FORMATS.join(", ")}`);
  }
  return { languages: [...new Set(languages)], embed: subtitles.embed ?? false, automatic: subtitles.automatic ?? false, ...(subtitles.format ? { format: subtitles.format } : {}) };
}

/** What can be checked without yt-dlp: counts, lengths, characters. yt-dlp's parser checks the rest (engine/raw-args). */
function checkArgShapes(args: string[], field: string): void {
  if (args.length > MAX_YTDLP_ARGS) throw new InputError(field, `at most ${MAX_YTDLP_ARGS} arguments`);
  if (args.some((arg) => arg.length > MAX_YTDLP_ARG_LENGTH)) throw new InputError(field, `each argument is at most ${MAX_YTDLP_ARG_LENGTH} characters`);
  if (args.some((arg) => /[\x00-\x1f]/.test(arg))) throw new InputError(field, "must not contain control characters");
}

/** Options as stored (JSON on a task or a preset); an unreadable value is no options. */
export function parseOptions(json: string): DownloadOptions {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as DownloadOptions) : {};
  } catch {
    return {};
  }
}

/** The quality if the download type accepts it; InputError on "quality" otherwise. */
export function checkQuality(type: DownloadType, quality: string): string {
  const accepted = acceptedQualities(type);
  if (!accepted.includes(quality)) {
    throw new InputError("quality", `"${quality.slice(0, 20)}" is not accepted for ${type}; use one of ${accepted.join(", ")}`);
  }
  return quality;
}
