/** The OpenAPI schemas of a task, a new download and an error (merged into openapi.ts). */
import { AUDIO_QUALITIES, DOWNLOAD_TYPES, STATUSES, VIDEO_QUALITIES } from "../domain/vocabulary.js";
import { ref } from "./openapi-parts.js";

const nullableDate = { type: ["string", "null"], format: "date-time" };

export const taskSchemas = {
  Download: {
    type: "object",
    additionalProperties: false,
    required: [
      "id", "url", "title", "thumbnail", "status", "progress", "speed", "eta", "filesize",
      "downloaded_bytes", "format_note", "is_playlist", "playlist_index", "playlist_total",
      "filename", "quality", "download_type", "error_message", "created_at", "completed_at",
    ],
    properties: {
      id: { type: "string", format: "uuid" },
      url: { type: "string", description: "As submitted; a playlist entry's own URL" },
      title: { type: "string", description: "From the site; the URL until known" },
      thumbnail: { type: "string", description: "/api/thumbnails/{id} once saved, else the site's URL, else empty" },
      status: { type: "string", enum: STATUSES },
      progress: { type: "number", minimum: 0, maximum: 100 },
      speed: { type: "string", description: 'Like "3.2 MB/s"; empty unless downloading' },
      eta: { type: "string", description: 'Like "120s"; empty when unknown or not downloading' },
      filesize: { type: "number", minimum: 0, description: "Bytes, total or estimate; 0 if unknown" },
      downloaded_bytes: { type: "number", minimum: 0 },
      format_note: { type: "string", description: '"1080p", "720p", "mp3 128k", ...' },
      is_playlist: { type: "boolean" },
      playlist_index: { type: "integer", minimum: 0, description: "1..N in a playlist, else 0" },
      playlist_total: { type: "integer", minimum: 1, description: "N in a playlist, else 1" },
      filename: { type: "string", description: '"{title}__{id}.{ext}" once known, else empty' },
      quality: { type: "string", description: 'As asked: "best", "720p", "192k", ...' },
      download_type: { type: "string", enum: DOWNLOAD_TYPES },
      error_message: { type: "string", description: "Empty unless status is error" },
      created_at: { type: "string", format: "date-time", pattern: "\\.\\d{3}Z$" },
      completed_at: { ...nullableDate, pattern: "\\.\\d{3}Z$", description: "null until completed" },
    },
  },
  NewDownload: {
    type: "object",
    required: ["url"],
    properties: {
      url: { type: "string", maxLength: 2048, description: "An http(s) URL" },
      download_type: { type: "string", enum: DOWNLOAD_TYPES, default: "video" },
      quality: {
        type: "string",
        default: "best",
        description: `Video: ${VIDEO_QUALITIES.join(", ")}. Audio: ${AUDIO_QUALITIES.join(", ")}`,
      },
      preset: { type: "string", description: "A preset's id or name (default: the default preset); unset fields come from it" },
      options: { ...ref("DownloadOptions"), description: "Options over the preset's, field by field (null clears one)" },
    },
  },
  Error: {
    type: "object",
    required: ["error"],
    additionalProperties: false,
    properties: {
      error: {
        type: "object",
        required: ["code", "message"],
        additionalProperties: false,
        properties: {
          code: {
            type: "string",
            enum: [
              "BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "PAYLOAD_TOO_LARGE",
              "UNSUPPORTED_MEDIA_TYPE", "RANGE_NOT_SATISFIABLE", "PRECONDITION_FAILED", "INTERNAL",
              "TOO_MANY_REQUESTS", "INSUFFICIENT_STORAGE", "BAD_GATEWAY",
            ],
          },
          message: { type: "string" },
        },
      },
    },
  },
};
