import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "cors";
import Router from "find-my-way";
import {
  addDownload,
  cancelDownload,
  clearDownloads,
  downloadFile,
  getDownload,
  getThumbnail,
  listDownloads,
  removeDownload,
  retryDownload,
  type Handler,
} from "./downloads.js";
import type { Yoga } from "./graphql.js";
import { RestError, sendError, sendJson } from "./http.js";
import { openApiDocument } from "./openapi.js";

type Method = "GET" | "POST" | "DELETE";

/** Builds the /api request handler: each route runs GraphQL documents against `yoga`. */
export function createRestHandler(yoga: Yoga, options: { corsOrigin?: string }) {
  const router = Router({
    ignoreTrailingSlash: true,
    defaultRoute: (_req, res) => sendError(res, new RestError(404, "NOT_FOUND", "no such endpoint")),
    onBadUrl: (_path, _req, res) => sendError(res, new RestError(400, "BAD_REQUEST", "the URL is malformed")),
  });
  const route = (method: Method, path: string, handler: Handler) =>
    router.on(method === "GET" ? ["GET", "HEAD"] : method, path, (req, res, params) => {
      handler(yoga, req, res, params).catch((error: unknown) => sendError(res, error));
    });

  route("GET", "/api/downloads", listDownloads);
  route("POST", "/api/downloads", addDownload);
  route("DELETE", "/api/downloads", clearDownloads);
  route("GET", "/api/downloads/:id", getDownload);
  route("DELETE", "/api/downloads/:id", removeDownload);
  route("POST", "/api/downloads/:id/cancel", cancelDownload);
  route("POST", "/api/downloads/:id/retry", retryDownload);
  route("GET", "/api/downloads/:id/file", downloadFile);
  route("GET", "/api/thumbnails/:id", getThumbnail);
  route("GET", "/api/openapi.json", async (_yoga, _req, res) => sendJson(res, 200, openApiDocument));

  const allowCors = options.corsOrigin ? cors({ origin: options.corsOrigin, exposedHeaders: ["Content-Disposition", "Content-Range", "ETag"] }) : undefined;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!allowCors) return router.lookup(req, res);
    allowCors(req, res, () => router.lookup(req, res));
  };
}
