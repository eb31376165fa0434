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
