import type { DownloadOptions as Options, OptionsChange, SubtitleOptions } from "../domain/options.js";
import { AUDIO_FORMATS, FILE_KINDS, FOLDER_FIELDS, SPONSORBLOCK_CATEGORIES, SUBTITLE_FORMATS, VIDEO_CONTAINERS } from "../domain/vocabulary.js";
import { builder } from "./builder.js";

/** GraphQL names for the vocabulary's values: "mp4" is MP4. */
const upperCase = <V extends string>(values: readonly V[], describe: (value: V) => string) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), { value, description: describe(value) }])) as Record<Uppercase<V>, { value: V; description: string }>;

export const VideoContainer = builder.enumType("VideoContainer", {
  description: "The container a video is saved in",
  values: upperCase(VIDEO_CONTAINERS, (v) => (v === "original" ? "As downloaded (or merged) from the site" : `Remuxed to ${v} (no re-encoding)`)),
});

export const AudioFormat = builder.enumType("AudioFormat", {
  description: "What an audio download is converted to by ffmpeg",
  values: upperCase(AUDIO_FORMATS, (v) => (v === "mp3" ? "MP3 (the default)" : v.toUpperCase())),
});

export const SubtitleFormat = builder.enumType("SubtitleFormat", {
  description: "What subtitles are converted to",
  values: upperCase(SUBTITLE_FORMATS, (v) => (v === "srt" ? "SubRip" : "WebVTT")),
});

export const FileKind = builder.enumType("FileKind", {
  description: "What a task's file is",
  values: upperCase(FILE_KINDS, (v) => ({ media: "The video or audio (one per chapter when split)", subtitle: "A subtitle file kept beside it", thumbnail: "The saved thumbnail" })[v]),
});

const SubtitlesInput = builder.inputType("SubtitlesInput", {
  description: "Which subtitles to fetch, and what to do with them",
  fields: (t) => ({
    languages: t.stringList({ required: false, description: 'Language codes ("en", "pt-BR"), or ["all"]' }),
    embed: t.boolean({ required: false, description: "Put them in the video file (default: keep them beside it as files)" }),
    format: t.field({ type: SubtitleFormat, required: false, description: "Convert them to SRT or VTT (default: as the site has them)" }),
    automatic: t.boolean({ required: false, description: "Also the site's automatic captions (default false)" }),
  }),
});

const SPONSORBLOCK_NOTE = `Works only on sites SponsorBlock knows (YouTube); elsewhere it does nothing. Categories: ${SPONSORBLOCK_CATEGORIES.join(", ")}`;

export const DownloadOptionsInput = builder.inputType("DownloadOptionsInput", {
  description: "How a download is saved. Unset fields keep the preset's (or the default); null clears it",
  fields: (t) => ({
    container: t.field({ type: VideoContainer, required: false, description: "Video only: MP4, MKV or as downloaded" }),
    audioFormat: t.field({ type: AudioFormat, required: false, description: "Audio only: what the audio is converted to (default MP3)" }),
    subtitles: t.field({ type: SubtitlesInput, required: false, description: "Fetch subtitles" }),
    embedMetadata: t.boolean({ required: false, description: "Write title, date, uploader and URL into the file" }),
    embedThumbnail: t.boolean({ required: false, description: "Embed the thumbnail (cover art for audio)" }),
    embedChapters: t.boolean({ required: false, description: "Write the site's chapters into the file" }),
    splitChapters: t.boolean({ required: false, description: "Also save one file per chapter" }),
    sponsorBlockRemove: t.stringList({ required: false, description: `SponsorBlock categories to cut out. ${SPONSORBLOCK_NOTE}` }),
    sponsorBlockMark: t.stringList({ required: false, description: `SponsorBlock categories to mark as chapters. ${SPONSORBLOCK_NOTE}` }),
    rateLimit: t.field({ type: "SafeInt", required: false, description: "At most this many bytes per second (at least 1024)" }),
    folder: t.string({
      required: false,
      description: `A folder inside the download folder, from the task's metadata and literal text: ${FOLDER_FIELDS.map((f) => `{${f}}`).join(", ")} (e.g. "{uploader}/{upload_date}"). The file name stays "{title}__{id}.{ext}"`,
    }),
    ytdlpArgs: t.stringList({
      required: false,
      description: "Raw yt-dlp arguments, only when the server sets ALLOW_YTDLP_ARGS=true; flags that write elsewhere, run programs or change what yt-dlp prints are refused by name",
    }),
  }),
});

type OptionsInput = typeof DownloadOptionsInput.$inferInput;

/** The input as a change to a preset's options: nulls clear, nested nulls are unset. */
export function optionsChangeOf(input: OptionsInput | null | undefined): OptionsChange | undefined {
  if (!input) return undefined;
  const { subtitles, ...rest } = input;
  const change = rest as OptionsChange;
  if (subtitles === null) return { ...change, subtitles: null };
  if (subtitles === undefined) return change;
  const defined = Object.fromEntries(Object.entries(subtitles).filter(([, value]) => value !== null && value !== undefined));
  return { ...change, subtitles: defined as SubtitleOptions };
}

const Subtitles = builder.objectRef<SubtitleOptions>("Subtitles").implement({
  description: "The subtitles a download fetches",
  fields: (t) => ({
    languages: t.exposeStringList("languages", { description: 'Language codes, or ["all"]' }),
    embed: t.exposeBoolean("embed", { description: "In the video file (else beside it)" }),
    format: t.field({ type: SubtitleFormat, nullable: true, description: "Converted to; null: as the site has them", resolve: (s) => s.format ?? null }),
    automatic: t.exposeBoolean("automatic", { description: "Automatic captions too" }),
  }),
});

export const DownloadOptions = builder.objectRef<Options>("DownloadOptions").implement({
  description: "How a download is saved (see DownloadOptionsInput); null fields are the defaults",
  fields: (t) => ({
    container: t.field({ type: VideoContainer, nullable: true, resolve: (o) => o.container ?? null, description: "Video container" }),
    audioFormat: t.field({ type: AudioFormat, nullable: true, resolve: (o) => o.audioFormat ?? null, description: "Audio format" }),
    subtitles: t.field({ type: Subtitles, nullable: true, resolve: (o) => o.subtitles ?? null, description: "Subtitles fetched" }),
    embedMetadata: t.boolean({ resolve: (o) => o.embedMetadata ?? false, description: "Metadata embedded" }),
    embedThumbnail: t.boolean({ resolve: (o) => o.embedThumbnail ?? false, description: "Thumbnail embedded" }),
    embedChapters: t.boolean({ resolve: (o) => o.embedChapters ?? false, description: "Chapters embedded" }),
    splitChapters: t.boolean({ resolve: (o) => o.splitChapters ?? false, description: "One file per chapter too" }),
    sponsorBlockRemove: t.stringList({ resolve: (o) => o.sponsorBlockRemove ?? [], description: "SponsorBlock categories cut out" }),
    sponsorBlockMark: t.stringList({ resolve: (o) => o.sponsorBlockMark ?? [], description: "SponsorBlock categories marked" }),
    rateLimit: t.field({ type: "SafeInt", nullable: true, resolve: (o) => o.rateLimit ?? null, description: "Bytes per second at most" }),
    folder: t.string({ nullable: true, resolve: (o) => o.folder ?? null, description: "Folder template" }),
    ytdlpArgs: t.stringList({ resolve: (o) => o.ytdlpArgs ?? [], description: "Raw yt-dlp arguments" }),
  }),
});
