/** OpenAPI 3.1 description of /api; the test suite validates every REST response against it. */
import { DOWNLOAD_TYPES, FINISHED_STATUSES, STATUSES } from "../domain/vocabulary.js";
import { presetPaths, presetSchemas } from "./openapi-presets.js";
import { taskSchemas } from "./openapi-schemas.js";
import { feedPaths, feedSchemas } from "./openapi-feeds.js";
import { notifierPaths, notifierSchemas } from "./openapi-notifiers.js";
import { error, idParam, json, ref } from "./openapi-parts.js";
import { SERVER_VERSION } from "../ops/version.js";

const binary = { type: "string", contentMediaType: "application/octet-stream" };

const statusListParam = (description: string) => ({
  name: "status",
  in: "query",
  description: `${description}; one or several, comma-separated (${STATUSES.join(", ")})`,
  schema: { type: "string", pattern: `^(${STATUSES.join("|")})(,(${STATUSES.join("|")}))*$` },
});

/** Links signed by the Download type's fileUrl/thumbnailUrl: they stand in for the token. */
const linkParams = [
  { name: "expires", in: "query", description: "Signed link: when it stops working (Unix seconds)", schema: { type: "string" } },
  { name: "signature", in: "query", description: "Signed link: its HMAC", schema: { type: "string" } },
];

/** What every operation may answer before it runs: a missing token, a refused Host or Origin. */
const edgeResponses = {
  "401": error("API_TOKEN is set and the Authorization: Bearer token is missing or wrong"),
  "403": error("The Host header is not in ALLOWED_HOSTS, or a browser on another origin tried to change something"),
};

const document = {
  openapi: "3.1.0",
  info: {
    title: "Media download server REST API",
    version: SERVER_VERSION,
    description:
      "A thin layer over the GraphQL API at /graphql (presets and options as well). Every task object has exactly the fields " +
      "of the original downloads contract. Errors are JSON: {\"error\": {\"code\", \"message\"}}.",
  },
  paths: {
    "/api/downloads": {
      get: {
        summary: "List download tasks, oldest first",
        operationId: "listDownloads",
        parameters: [
          statusListParam("Only tasks in these statuses"),
          { name: "download_type", in: "query", schema: { type: "string", enum: DOWNLOAD_TYPES } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 0 } },
          { name: "offset", in: "query", schema: { type: "integer", minimum: 0 } },
          { name: "If-None-Match", in: "header", description: "The ETag of a listing you have: 304 while no task changed", schema: { type: "string" } },
        ],
        responses: {
          "200": {
            description: "The tasks; the ETag names this listing until a task changes",
            headers: { ETag: { schema: { type: "string" } } },
            content: json({ type: "array", items: ref("Download") }),
          },
          "304": { description: "No task changed since the listing named by If-None-Match" },
          "400": error("A parameter is unknown or malformed"),
        },
      },
      post: {
        summary: "Queue a URL (answers at once; a playlist becomes one task per entry when its job runs)",
        operationId: "addDownload",
        requestBody: { required: true, content: json(ref("NewDownload")) },
        responses: {
          "201": { description: "The created tasks", content: json({ type: "array", items: ref("Download") }) },
          "400": error("A field is missing or invalid"),
          "413": error("The body is too large"),
          "415": error("The body is not JSON"),
          "429": error("This token added more than MAX_TASKS_PER_MINUTE tasks in the last minute"),
          "507": error("The disk holding DATA_DIR or DOWNLOAD_DIR is full"),
        },
      },
      delete: {
        summary: "Delete finished tasks in bulk (files are kept)",
        operationId: "clearDownloads",
        parameters: [statusListParam(`Statuses to clear, finished ones only; default ${FINISHED_STATUSES.join(",")}`)],
        responses: {
          "200": {
            description: "How many tasks were deleted",
            content: json({ type: "object", required: ["deleted"], additionalProperties: false, properties: { deleted: { type: "integer", minimum: 0 } } }),
          },
          "400": error("A status is unknown or not finished"),
        },
      },
    },
    "/api/downloads/{id}": {
      parameters: [idParam],
      get: {
        summary: "One task",
        operationId: "getDownload",
        responses: { "200": { description: "The task", content: json(ref("Download")) }, "404": error("No such task") },
      },
      delete: {
        summary: "Delete a task, cancelling it if it runs",
        operationId: "removeDownload",
        parameters: [{ name: "delete_file", in: "query", schema: { type: "string", enum: ["true", "false"], default: "false" } }],
        responses: { "204": { description: "Deleted" }, "400": error("delete_file is malformed"), "404": error("No such task") },
      },
    },
    "/api/downloads/{id}/cancel": {
      parameters: [idParam],
      post: {
        summary: "Cancel a pending or running task (kills yt-dlp and ffmpeg, removes partial files)",
        operationId: "cancelDownload",
        responses: {
          "200": { description: "The cancelled task", content: json(ref("Download")) },
          "404": error("No such task"),
          "409": error("The task is already finished"),
        },
      },
    },
    "/api/downloads/{id}/retry": {
      parameters: [idParam],
      post: {
        summary: "Queue a failed or cancelled task again with the same options",
        operationId: "retryDownload",
        responses: {
          "200": { description: "The task, pending again", content: json(ref("Download")) },
          "404": error("No such task"),
          "409": error("The task has neither failed nor been cancelled"),
        },
      },
    },
    "/api/downloads/{id}/file": {
      parameters: [idParam],
      get: {
        summary: "The finished file (Content-Disposition with the task's filename; Range supported)",
        operationId: "downloadFile",
        parameters: [
          { name: "Range", in: "header", schema: { type: "string", examples: ["bytes=0-99", "bytes=-100"] } },
          { name: "inline", in: "query", description: "true: shown in the browser (Content-Disposition: inline) instead of saved", schema: { type: "string", enum: ["true", "false"] } },
          ...linkParams,
        ],
        responses: {
          "200": { description: "The whole file", content: { "*/*": { schema: binary } } },
          "206": { description: "The requested byte range", content: { "*/*": { schema: binary } } },
          "304": { description: "Not modified (If-None-Match)" },
          "404": error("No such task, or its file is gone"),
          "409": error("The task is not completed"),
          "416": error("The range cannot be satisfied"),
        },
      },
    },
    "/api/thumbnails/{id}": {
      parameters: [idParam],
      get: {
        summary: "The task's saved thumbnail (ETag, Cache-Control): only ever a JPEG, PNG or WebP, typed by its bytes",
        operationId: "getThumbnail",
        parameters: linkParams,
        responses: {
          "200": { description: "The image", content: { "image/jpeg": { schema: binary }, "image/png": { schema: binary }, "image/webp": { schema: binary } } },
          "304": { description: "Not modified (If-None-Match)" },
          "404": error("No such task or no saved thumbnail"),
        },
      },
    },
    "/api/session": {
      post: {
        summary: "Sign a browser in: the API token becomes an HttpOnly, SameSite=Strict session cookie (the web page's way in)",
        operationId: "signIn",
        requestBody: {
          required: true,
          content: json({ type: "object", required: ["token"], properties: { token: { type: "string", description: "One of API_TOKEN's tokens" } } }),
        },
        responses: {
          "204": { description: "Signed in: Set-Cookie mds_session", headers: { "Set-Cookie": { schema: { type: "string" } } } },
          "400": error("The body is not a JSON object"),
          "401": error("The token is not one of API_TOKEN's"),
          "403": error("A browser on another origin tried to sign in"),
          "415": error("The body is not JSON"),
        },
      },
      delete: {
        summary: "Sign this browser out (the session cookie is cleared)",
        operationId: "signOut",
        responses: { "204": { description: "Signed out" } },
      },
    },
    ...presetPaths,
    ...feedPaths,
    ...notifierPaths,
    "/api/openapi.json": {
      get: {
        summary: "This document",
        operationId: "openApi",
        responses: { "200": { description: "OpenAPI 3.1", content: json({ type: "object" }) } },
      },
    },
  },
  components: {
    schemas: {
      ...taskSchemas,
      ...presetSchemas,
      ...feedSchemas,
      ...notifierSchemas,
    },
  },
  security: [{ bearer: [] }, {}],
} as const;

/** What an operation is grouped under: the path's first segment after /api ("downloads", "feeds", ...). */
const TAGS: Record<string, string> = {
  downloads: "Download tasks and their files",
  thumbnails: "Thumbnails of tasks",
  presets: "Named download options and their cookies",
  feeds: "Followed channels, playlists and podcasts",
  notifiers: "Webhooks and Apprise notifications",
  session: "The web page's sign-in",
  "openapi.json": "This document",
};
const tagOf = (path: string) => path.split("/")[2] ?? "downloads";

/**
 * The document, with every operation tagged and described (its summary, when it has no longer
 * description), and the edge's answers added to every operation but this document's and the session's.
 */
export const openApiDocument = {
  ...document,
  tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
  components: {
    ...document.components,
    securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "API_TOKEN, when the server sets one" } },
  },
  paths: Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([key, op]) => {
          if (key === "parameters") return [key, op];
          const operation = op as { summary: string; description?: string; responses: object };
          const open = path === "/api/openapi.json" || path === "/api/session";
          const responses = open ? operation.responses : { ...operation.responses, ...edgeResponses };
          return [key, { tags: [tagOf(path)], description: operation.description ?? operation.summary, ...operation, responses }];
        }),
      ),
    ]),
  ),
};
