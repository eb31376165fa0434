import type { IncomingMessage, ServerResponse } from "node:http";
import Router from "find-my-way";
import { addDownload, getThumbnail, listDownloads, type Params } from "./downloads.js";
import type { Yoga } from "./graphql.js";
import { RestError, sendError } from "./http.js";

type Handler = (yoga: Yoga, req: IncomingMessage, res: ServerResponse, params: Params) => Promise<void>;

/** Builds the /api request handler: each route runs GraphQL documents against `yoga`. */
export function createRestHandler(yoga: Yoga) {
  const router = Router({
    ignoreTrailingSlash: true,
    defaultRoute: (_req, res) => sendError(res, new RestError(404, "NOT_FOUND", "no such endpoint")),
  });
  const route = (method: "GET" | "POST" | "DELETE" | ("GET" | "HEAD")[], path: string, handler: Handler) =>
    router.on(method, path, (req, res, params) => {
      handler(yoga, req, res, params).catch((error: unknown) => sendError(res, error));
    });

  route("GET", "/api/downloads", listDownloads);
  route("POST", "/api/downloads", addDownload);
  route(["GET", "HEAD"], "/api/thumbnails/:id", getThumbnail);

  return (req: IncomingMessage, res: ServerResponse) => router.lookup(req, res);
}
