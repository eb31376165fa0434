import type { IncomingMessage, ServerResponse } from "node:http";
import { overHttps, type Sessions } from "../security/session.js";
import { readJsonBody, RestError, sendError } from "./http.js";

export const SESSION_PATH = "/api/session";

/**
 * POST /api/session {"token": "…"}: a valid API token becomes an HttpOnly session cookie (204);
 * DELETE /api/session signs out: that cookie, and every session opened before, stop working. Open like /health: the token is what it checks.
 */
export async function sessionRoute(req: IncomingMessage, res: ServerResponse, sessions: Sessions): Promise<void> {
  try {
    const secure = overHttps(req);
    if (req.method === "DELETE") return void res.writeHead(204, { "set-cookie": await sessions.end(req, secure) }).end();
    if (req.method !== "POST") {
      res.setHeader("allow", "POST, DELETE");
      throw new RestError(405, "METHOD_NOT_ALLOWED", "use POST to sign in, DELETE to sign out");
    }
    const { token } = await readJsonBody(req);
    const cookie = typeof token === "string" ? sessions.open(token.trim(), secure) : undefined;
    if (!cookie) throw new RestError(401, "UNAUTHENTICATED", "that token is not one of API_TOKEN's");
    res.writeHead(204, { "set-cookie": cookie, "cache-control": "no-store" }).end();
  } catch (error) {
    sendError(res, error);
  }
}
