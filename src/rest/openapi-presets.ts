/** The OpenAPI description of presets, download options and a task's files (merged into openapi.ts). */
import { AUDIO_FORMATS, AUDIO_QUALITIES, DOWNLOAD_TYPES, FOLDER_FIELDS, SPONSORBLOCK_CATEGORIES, SUBTITLE_FORMATS, VIDEO_CONTAINERS, VIDEO_QUALITIES } from "../domain/vocabulary.js";
import { MAX_COOKIES_BYTES } from "../presets/cookies.js";
import { error, idParam, json, ref } from "./openapi-parts.js";

const nullable = (schema: object) => ({ anyOf: [schema, { type: "null" }] });
const strings = { type: "array", items: { type: "string" } };
const sponsorBlock = (what: string) => ({
  ...strings,
  description: `SponsorBlock categories to ${what} (${SPONSORBLOCK_CATEGORIES.join(", ")}); only on sites SponsorBlock knows (YouTube)`,
});

const optionProperties = {
  container: { enum: [...VIDEO_CONTAINERS, null], description: "Video only: mp4 or mkv (remuxed), or original" },
  audio_format: { enum: [...AUDIO_FORMATS, null], description: "Audio only; default mp3" },
  subtitles: nullable({
    type: "object",
    additionalProperties: false,
    properties: {
      languages: { ...strings, description: 'Language codes ("en", "pt-BR"), or ["all"]' },
      embed: { type: "boolean", description: "In the video file (default: beside it)" },
      format: { enum: [...SUBTITLE_FORMATS, null], description: "Converted to; default as the site has them" },
      automatic: { type: "boolean", description: "Automatic captions too" },
    },
  }),
  embed_metadata: { type: "boolean" },
  embed_thumbnail: { type: "boolean", description: "Also cover art in audio files" },
  embed_chapters: { type: "boolean" },
  split_chapters: { type: "boolean", description: "Also one file per chapter" },
  sponsorblock_remove: sponsorBlock("cut out"),
  sponsorblock_mark: sponsorBlock("mark as chapters"),
  rate_limit: { type: ["integer", "null"], minimum: 1024, description: "Bytes per second at most" },
  folder: { type: ["string", "null"], description: `Folder template inside the download folder: ${FOLDER_FIELDS.map((f) => `{${f}}`).join(", ")} and literal text` },
  ytdlp_args: { ...strings, description: "Raw yt-dlp arguments: only with ALLOW_YTDLP_ARGS=true" },
};

const presetBody = (required: string[]) => ({
  type: "object",
  required,
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, maxLength: 100 },
    download_type: { type: "string", enum: DOWNLOAD_TYPES },
    quality: { type: "string", description: `Video: ${VIDEO_QUALITIES.join(", ")}. Audio: ${AUDIO_QUALITIES.join(", ")}` },
    options: ref("DownloadOptions"),
    is_default: { type: "boolean" },
  },
});

const presetAnswer = (description: string) => ({ description, content: json(ref("Preset")) });

export const presetPaths = {
  "/api/presets": {
    get: {
      summary: "List presets, by name",
      operationId: "listPresets",
      responses: { "200": { description: "Every preset", content: json({ type: "array", items: ref("Preset") }) } },
    },
    post: {
      summary: "Create a preset",
      operationId: "createPreset",
      requestBody: { required: true, content: json(presetBody(["name"])) },
      responses: {
        "201": presetAnswer("The new preset"),
        "400": error("A field is invalid (named in the message)"),
        "409": error("A preset has that name already"),
        "413": error("The body is too large"),
        "415": error("The body is not JSON"),
      },
    },
  },
  "/api/presets/{id}": {
    parameters: [idParam],
    get: { summary: "One preset", operationId: "getPreset", responses: { "200": presetAnswer("The preset"), "404": error("No preset has that id") } },
    patch: {
      summary: "Change a preset (options, when given, replace its options as a whole); queued tasks keep theirs",
      operationId: "updatePreset",
      requestBody: { required: true, content: json(presetBody([])) },
      responses: {
        "200": presetAnswer("The changed preset"),
        "400": error("A field is invalid"),
        "404": error("No preset has that id"),
        "409": error("Another preset has that name"),
        "415": error("The body is not JSON"),
      },
    },
    delete: {
      summary: "Delete a preset and its cookies",
      operationId: "deletePreset",
      responses: { "204": { description: "Deleted" }, "404": error("No preset has that id"), "409": error("It is the default preset, or a feed or notifier uses it (the message names them)") },
    },
  },
  "/api/presets/{id}/cookies": {
    parameters: [idParam],
    put: {
      summary: "Store a Netscape cookies file for the preset's downloads (mode 0600; never returned)",
      operationId: "setPresetCookies",
      requestBody: { required: true, content: { "text/plain": { schema: { type: "string", maxLength: MAX_COOKIES_BYTES } } } },
      responses: {
        "200": presetAnswer("The preset (has_cookies is true)"),
        "400": error("Not a Netscape cookies file (the line is named, never its content)"),
        "404": error("No preset has that id"),
        "413": error(`Larger than ${MAX_COOKIES_BYTES} bytes`),
        "415": error("The body is not text/plain"),
      },
    },
    delete: { summary: "Delete the preset's cookies", operationId: "clearPresetCookies", responses: { "200": presetAnswer("The preset"), "404": error("No preset has that id") } },
  },
  "/api/downloads/{id}/files/{name}": {
    parameters: [idParam, { name: "name", in: "path", required: true, schema: { type: "string" }, description: "The last part of one of the task's file names" }],
    get: {
      summary: "One of a task's files (a subtitle kept beside it, a chapter), Range supported",
      operationId: "downloadTaskFile",
      parameters: [
        { name: "expires", in: "query", schema: { type: "string" } },
        { name: "signature", in: "query", schema: { type: "string" } },
        { name: "inline", in: "query", schema: { type: "boolean" } },
      ],
      responses: {
        "200": { description: "The file", content: { "application/octet-stream": { schema: { type: "string" } } } },
        "206": { description: "The range asked for" },
        "404": error("No such task or file"),
        "416": error("The range is outside the file"),
      },
    },
  },
};

export const presetSchemas = {
  DownloadOptions: { type: "object", additionalProperties: false, properties: optionProperties },
  Preset: {
    type: "object",
    additionalProperties: false,
    required: ["id", "name", "download_type", "quality", "options", "is_default", "has_cookies", "created_at", "updated_at"],
    properties: {
      id: { type: "string", format: "uuid" },
      name: { type: "string" },
      download_type: { type: "string", enum: DOWNLOAD_TYPES },
      quality: { type: "string" },
      options: ref("DownloadOptions"),
      is_default: { type: "boolean", description: "Used when a download names no preset" },
      has_cookies: { type: "boolean", description: "A cookies file is stored (its content is never returned)" },
      created_at: { type: "string", format: "date-time" },
      updated_at: { type: "string", format: "date-time" },
    },
  },
};
