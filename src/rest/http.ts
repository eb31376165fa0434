import type { IncomingMessage, ServerResponse } from "node:http";

export const MAX_BODY_BYTES = 64 * 1024;

/** An HTTP error answered as `{"error": {"code", "message"}}`. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendJsonText(res, status, JSON.stringify(body));
}

/** JSON already serialised, with any extra headers (an ETag). */
export function sendJsonText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Elements written per chunk of a JSON array. */
const ELEMENTS_PER_WRITE = 100;

/**
 * A JSON array from its elements' JSON, written a chunk at a time as the client takes it: the
 * full listing is megabytes, and one string of it per answer is what the heap would keep growing by.
 */
export async function sendJsonArray(res: ServerResponse, elements: string[], headers: Record<string, string> = {}): Promise<void> {
  let length = 2 + Math.max(0, elements.length - 1);
  for (const element of elements) length += Buffer.byteLength(element);
  res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": length, ...headers });
  res.write("[");
  for (let at = 0; at < elements.length; at += ELEMENTS_PER_WRITE) {
    // As bytes: a string waiting in the socket's queue outlives young garbage and is promoted; a Buffer keeps its bytes outside the heap.
    const chunk = Buffer.from((at > 0 ? "," : "") + elements.slice(at, at + ELEMENTS_PER_WRITE).join(","));
    if (!res.write(chunk)) await drained(res);
    if (res.destroyed) return;
  }
  res.end("]");
}

/** Resolves once the response can take more, or is closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done).off("close", done);
      resolve();
    };
    if (res.destroyed) return resolve();
    res.on("drain", done).on("close", done);
  });
}

export function sendError(res: ServerResponse, error: unknown): void {
  const known = error instanceof RestError ? error : new RestError(500, "INTERNAL", "internal server error");
  if (!(error instanceof RestError)) console.error(error);
  if (res.headersSent) return void res.destroy();
  sendJson(res, known.status, { error: { code: known.code, message: known.message } });
}

/** Reads a JSON object body: 415 unless JSON, 413 over MAX_BODY_BYTES, 400 when malformed. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers["content-type"] ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new RestError(415, "UNSUPPORTED_MEDIA_TYPE", "the body must be JSON (content-type: application/json)");
  }
  const text = await readBody(req, MAX_BODY_BYTES, tooLarge);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new RestError(400, "BAD_REQUEST", "the body is not valid JSON");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new RestError(400, "BAD_REQUEST", "the body must be a JSON object");
  }
  return body as Record<string, unknown>;
}

const tooLarge = () => new RestError(413, "PAYLOAD_TOO_LARGE", `the body must be at most ${MAX_BODY_BYTES} bytes`);

/** A request's body as text, refused with `tooLarge()` past `maxBytes` (by its Content-Length, or as it arrives). */
export async function readBody(req: IncomingMessage, maxBytes: number, tooLarge: () => RestError): Promise<string> {
  if (Number(req.headers["content-length"] ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
