import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import contentDisposition from "content-disposition";
import send from "send";
import { RestError, sendError } from "./http.js";

/** `inline`: shown in the browser (a video playing in a tab); by default saved as an attachment. */
type FileOptions = { maxAgeSeconds: number; downloadName?: string; inline?: boolean };

const SEND_ERRORS: Record<number, [string, string]> = {
  404: ["NOT_FOUND", "the file is gone"],
  416: ["RANGE_NOT_SATISFIABLE", "the requested range is not satisfiable"],
  412: ["PRECONDITION_FAILED", "the file changed"],
};

/**
 * Streams a file with ETag / If-None-Match, Range (206, 416), HEAD and a content type by
 * extension (all by `send`); its errors are JSON like every other.
 */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string, options: FileOptions): Promise<void> {
  return new Promise((resolve) => {
    res.once("close", resolve);
    send(req, path.basename(file), { root: path.dirname(file), maxAge: options.maxAgeSeconds * 1000, dotfiles: "allow" })
      .on("headers", (response: ServerResponse) => {
        if (!options.downloadName) return;
        const type = options.inline ? "inline" : "attachment";
        const disposition = contentDisposition(options.downloadName, { type, fallback: asciiName(options.downloadName) });
        response.setHeader("content-disposition", disposition);
      })
      .on("error", (error: { status?: number }) => {
        const known = SEND_ERRORS[error.status ?? 500];
        sendError(res, known ? new RestError(error.status!, ...known) : error);
      })
      .pipe(res);
  });
}

/** An ASCII stand-in for clients that ignore filename*: accents dropped, anything else "_". */
function asciiName(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\x20-\x7e]|["\\%]/g, "_");
}
