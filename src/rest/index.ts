import type { IncomingMessage, ServerResponse } from "node:http";
import type { Caller } from "../security/auth.js";
import cors from "cors";
import Router from "find-my-way";
import {
  addDownload,
  cancelDownload,
  clearDownloads,
  downloadFile,
  downloadFileByName,
  getDownload,
  getThumbnail,
  listDownloads,
  toContract,
  removeDownload,
  restContext,
  retryDownload,
  type Handler,
} from "./downloads.js";
import type { Yoga } from "./graphql.js";
import { RestError, sendError, sendJson } from "./http.js";
import { LiveListing, type TaskChanges } from "./listing.js";
import { openApiDocument } from "./openapi.js";
import { addNotifier, getNotifier, listNotifiers, removeNotifier, testNotifier, updateNotifier } from "./notifiers.js";
import { addFeed, checkFeed, getFeed, listFeeds, removeFeed, updateFeed } from "./feeds.js";
import { createPreset, deletePreset, deletePresetCookies, getPreset, listPresets, putPresetCookies, updatePreset } from "./presets.js";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

type RequestContext = { caller?: Caller };
type Options = {
  corsOrigin?: string;
  downloadDir: string;
  thumbnailDir: string;
  /** What the listing kept in memory is brought up to date from. */
  taskChanges: TaskChanges;
};

/** Builds the /api request handler: each route runs GraphQL documents against `yoga` as `caller`. */
export function createRestHandler(yoga: Yoga, options: Options) {
  const shared = { listing: new LiveListing(options.taskChanges, toContract), downloadDir: options.downloadDir, thumbnailDir: options.thumbnailDir };
  const router = Router<Router.HTTPVersion.V1>({
    ignoreTrailingSlash: true,
    defaultRoute: (req, res) => {
      const allowed = allowedMethods(req.url ?? "/");
      if (allowed.length === 0) return sendError(res, new RestError(404, "NOT_FOUND", "no such endpoint"));
      res.setHeader("allow", allowed.join(", "));
      sendError(res, new RestError(405, "METHOD_NOT_ALLOWED", `${req.method} is not allowed here; use ${allowed.join(", ")}`));
    },
    onBadUrl: (_path, _req, res) => sendError(res, new RestError(400, "BAD_REQUEST", "the URL is malformed")),
  });
  /** The methods some route answers at this path, for a 405's Allow header. */
  const allowedMethods = (url: string): string[] => {
    const pathname = url.split("?")[0]!;
    const methods = METHODS.filter((method) => router.find(method, pathname) !== null);
    return methods.includes("GET") ? [...methods, "HEAD"] : methods;
  };
  const route = (method: Method, path: string, handler: Handler) =>
    // find-my-way passes lookup's context (the caller) as `this`.
    router.on(method === "GET" ? ["GET", "HEAD"] : method, path, function (this: RequestContext, req, res, params) {
      handler(restContext(yoga, this.caller, shared), req, res, params).catch((error: unknown) => sendError(res, error));
    });

  route("GET", "/api/downloads", listDownloads);
  route("POST", "/api/downloads", addDownload);
  route("DELETE", "/api/downloads", clearDownloads);
  route("GET", "/api/downloads/:id", getDownload);
  route("DELETE", "/api/downloads/:id", removeDownload);
  route("POST", "/api/downloads/:id/cancel", cancelDownload);
  route("POST", "/api/downloads/:id/retry", retryDownload);
  route("GET", "/api/downloads/:id/file", downloadFile);
  route("GET", "/api/downloads/:id/files/:name", downloadFileByName);
  route("GET", "/api/thumbnails/:id", getThumbnail);
  route("GET", "/api/presets", listPresets);
  route("POST", "/api/presets", createPreset);
  route("GET", "/api/presets/:id", getPreset);
  route("PATCH", "/api/presets/:id", updatePreset);
  route("DELETE", "/api/presets/:id", deletePreset);
  route("PUT", "/api/presets/:id/cookies", putPresetCookies);
  route("DELETE", "/api/presets/:id/cookies", deletePresetCookies);
  route("GET", "/api/feeds", listFeeds);
  route("POST", "/api/feeds", addFeed);
  route("GET", "/api/feeds/:id", getFeed);
  route("PATCH", "/api/feeds/:id", updateFeed);
  route("DELETE", "/api/feeds/:id", removeFeed);
  route("POST", "/api/feeds/:id/check", checkFeed);
  route("GET", "/api/notifiers", listNotifiers);
  route("POST", "/api/notifiers", addNotifier);
  route("GET", "/api/notifiers/:id", getNotifier);
  route("PATCH", "/api/notifiers/:id", updateNotifier);
  route("DELETE", "/api/notifiers/:id", removeNotifier);
  route("POST", "/api/notifiers/:id/test", testNotifier);
  route("GET", "/api/openapi.json", async (_yoga, _req, res) => sendJson(res, 200, openApiDocument));

  const allowCors = options.corsOrigin ? cors({ origin: options.corsOrigin, exposedHeaders: ["Content-Disposition", "Content-Range", "ETag"] }) : undefined;
  return (req: IncomingMessage, res: ServerResponse, caller: Caller | undefined) => {
    const lookup = () => router.lookup<RequestContext>(req, res, { caller });
    if (!allowCors) return lookup();
    allowCors(req, res, lookup);
  };
}
