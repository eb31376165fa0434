import { readdir, readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { setHtmlHeaders } from "../security/edge.js";

/** Where `npm run setup` builds the page (web/ at the top of the repository; src/http/ and dist/http/ are two levels down). */
export const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** A file served from memory, gzipped once; `page` says which of our HTML pages it is. */
export type Asset = { body: Buffer; gzip: Buffer; type: string; immutable: boolean; page?: "web" | "graphiql" };
export type WebPage = Map<string, Asset>;

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

export const asset = (body: string | Buffer, type: string, immutable = false, page?: Asset["page"]): Asset => {
  const bytes = Buffer.from(body);
  return { body: bytes, gzip: gzipSync(bytes), type, immutable, page };
};

/** The page's files by URL path, read once (a few tens of KB); empty when the page is not built. */
export async function loadWebPage(dir = WEB_DIST): Promise<WebPage> {
  const page: WebPage = new Map();
  for (const file of await readdir(dir, { recursive: true }).catch(() => [])) {
    const type = TYPES[path.extname(file)];
    if (!type) continue;
    const urlPath = file === "index.html" ? "/" : `/${file.split(path.sep).join("/")}`;
    // Vite puts a content hash in every asset's name, so those never change.
    const html = type.startsWith("text/html") ? "web" : undefined;
    page.set(urlPath, asset(await readFile(path.join(dir, file)), type, urlPath.startsWith("/assets/"), html));
  }
  return page;
}

/** Sends an asset, gzipped when the client takes it; HTML pages get the page security headers. */
export function sendAsset(req: IncomingMessage, res: ServerResponse, file: Asset): void {
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (file.page) setHtmlHeaders(res, file.page);
  res.writeHead(200, {
    "content-type": file.type,
    "cache-control": file.immutable ? "public, max-age=31536000, immutable" : "no-cache",
    vary: "accept-encoding",
    ...(gzip ? { "content-encoding": "gzip" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : gzip ? file.gzip : file.body);
}
