import type { IncomingMessage, ServerResponse } from "node:http";

/** A request refused at the edge, before any GraphQL or REST code sees it. */
export type Refusal = { status: number; code: string; message: string };

/** The Host header's name without its port, lowercase (IPv6 keeps its brackets). */
function hostName(host: string): string {
  const name = host.startsWith("[") ? host.slice(0, host.indexOf("]") + 1) : host.replace(/:\d*$/, "");
  return name.toLowerCase().replace(/\.$/, "");
}

/** DNS rebinding: a page served from attacker.example that resolves to us still says Host: attacker.example. */
export function checkHost(req: IncomingMessage, allowed: string[] | undefined): Refusal | undefined {
  if (!allowed) return undefined;
  const host = req.headers.host;
  if (host && allowed.includes(hostName(host))) return undefined;
  return {
    status: 403,
    code: "FORBIDDEN",
    message: `Host "${host ?? ""}" is not allowed; add it to ALLOWED_HOSTS (comma-separated) to serve it`,
  };
}

/**
 * A browser names the page that sent a request in `Origin`. Requests that change something (and
 * every WebSocket) are refused from another origin unless CORS_ORIGIN allows it; clients that are
 * not browsers send no Origin and are judged by their token alone.
 */
export function checkOrigin(req: IncomingMessage, corsOrigin: string | undefined): Refusal | undefined {
  const origin = req.headers.origin;
  if (origin === undefined) return undefined;
  if (corsOrigin === "*" || corsOrigin === origin) return undefined;
  if (URL.canParse(origin) && new URL(origin).host === req.headers.host) return undefined;
  return {
    status: 403,
    code: "FORBIDDEN",
    message: `cross-origin request from ${origin} refused; set CORS_ORIGIN to allow a browser app on another origin`,
  };
}

/** Methods a browser may send cross-origin without asking first; the rest need a CORS preflight anyway. */
export const changesState = (req: IncomingMessage) => req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS";

/** GraphiQL's page is one inlined bundle: it needs inline script, so it gets this looser policy. */
const GRAPHIQL_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** The web page loads only its own files: no inline script, and it talks only to this server. */
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** Everything else (JSON, files, thumbnails) is data: even opened in a tab it can run nothing. */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** Headers on every response: no sniffing, no Referer, and a policy under which nothing runs. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("referrer-policy", "no-referrer"); // signed links must not leak through Referer
  res.setHeader("content-security-policy", DATA_POLICY);
}

/** An HTML page of ours: the web page, or GraphiQL with its inline bundle. */
export function setHtmlHeaders(res: ServerResponse, page: "web" | "graphiql"): void {
  res.setHeader("content-security-policy", page === "web" ? PAGE_POLICY : GRAPHIQL_POLICY);
  res.setHeader("x-frame-options", "DENY");
}
