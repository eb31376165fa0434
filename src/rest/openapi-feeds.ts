/** The OpenAPI description of feeds (merged into openapi.ts). */
import { DOWNLOAD_TYPES } from "../domain/vocabulary.js";
import { error, idParam, json, nullable, ref } from "./openapi-parts.js";


const filterProperties = {
  title_matches: nullable("string", { description: "Only titles matching this RE2 regular expression (case-insensitive)" }),
  title_excludes: nullable("string", { description: "No titles matching this RE2 regular expression" }),
  min_duration_seconds: nullable("integer", { minimum: 0 }),
  max_duration_seconds: nullable("integer", { minimum: 0 }),
  published_after: nullable("string", { description: "ISO 8601 date" }),
  max_new_per_check: nullable("integer", { minimum: 1, maximum: 500, description: "Default 20; the rest of a check's new entries are filtered" }),
};

const feedBody = (required: string[], extra: object) => ({
  type: "object",
  required,
  additionalProperties: false,
  properties: {
    title: { type: "string", description: "Default: the source's own" },
    preset_id: { type: "string", format: "uuid", description: "Default: the default preset" },
    download_type: { type: "string", enum: DOWNLOAD_TYPES },
    quality: { type: "string" },
    options: ref("DownloadOptions"),
    check_every_minutes: { type: "integer", minimum: 5, default: 60 },
    filters: { type: "object", additionalProperties: false, properties: filterProperties },
    ...extra,
  },
});

const feedAnswer = (description: string) => ({ description, content: json(ref("Feed")) });

export const feedPaths = {
  "/api/feeds": {
    get: { summary: "List feeds", operationId: "listFeeds", responses: { "200": { description: "Every feed", content: json({ type: "array", items: ref("Feed") }) } } },
    post: {
      summary: "Follow a source: it is listed at once, what it lists now is recorded as seen (the newest `backfill` are queued)",
      operationId: "addFeed",
      requestBody: {
        required: true,
        content: json(feedBody(["url"], { url: { type: "string", description: "A channel, playlist, RSS/Atom feed or any page yt-dlp lists" }, backfill: { type: "integer", minimum: 0, maximum: 500 } })),
      },
      responses: { "201": feedAnswer("The new feed"), "400": error("A field is invalid, or the URL lists no entries"), "415": error("The body is not JSON") },
    },
  },
  "/api/feeds/{id}": {
    parameters: [idParam],
    get: { summary: "One feed", operationId: "getFeed", responses: { "200": feedAnswer("The feed"), "404": error("No feed has that id") } },
    patch: {
      summary: "Change a feed (enabled: false pauses it)",
      operationId: "updateFeed",
      requestBody: { required: true, content: json(feedBody([], { enabled: { type: "boolean" } })) },
      responses: { "200": feedAnswer("The changed feed"), "400": error("A field is invalid"), "404": error("No feed has that id"), "415": error("The body is not JSON") },
    },
    delete: {
      summary: "Stop following a feed (remove_downloads=true also removes its tasks and their files)",
      operationId: "removeFeed",
      parameters: [{ name: "remove_downloads", in: "query", schema: { type: "boolean" } }],
      responses: { "204": { description: "Removed" }, "404": error("No feed has that id"), "409": error("A notifier uses it (the message names it)") },
    },
  },
  "/api/feeds/{id}/check": {
    parameters: [idParam],
    post: {
      summary: "Check a feed now",
      operationId: "checkFeed",
      responses: {
        "200": {
          description: "What the check found and queued",
          content: json({
            type: "object",
            required: ["found", "new", "queued", "filtered", "downloads"],
            additionalProperties: false,
            properties: { found: { type: "integer" }, new: { type: "integer" }, queued: { type: "integer" }, filtered: { type: "integer" }, downloads: { type: "array", items: ref("Download") } },
          }),
        },
        "404": error("No feed has that id"),
        "409": error("Another instance is checking it"),
        "502": error("The source could not be listed (the feed records the error and backs off)"),
      },
    },
  },
};

export const feedSchemas = {
  Feed: {
    type: "object",
    additionalProperties: false,
    required: ["id", "url", "title", "enabled", "check_every_minutes", "preset_id", "download_type", "quality", "filters", "last_checked_at", "next_check_at", "last_error", "failures", "entry_count"],
    properties: {
      id: { type: "string", format: "uuid" },
      url: { type: "string" },
      title: { type: "string" },
      enabled: { type: "boolean" },
      check_every_minutes: { type: "integer" },
      preset_id: nullable("string"),
      download_type: { enum: [...DOWNLOAD_TYPES, null] },
      quality: nullable("string"),
      filters: { type: "object", additionalProperties: false, properties: filterProperties },
      last_checked_at: nullable("string", { format: "date-time" }),
      next_check_at: { type: "string", format: "date-time" },
      last_error: nullable("string"),
      failures: { type: "integer", minimum: 0 },
      entry_count: { type: "integer", minimum: 0 },
    },
  },
};
