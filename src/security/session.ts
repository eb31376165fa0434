import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Authenticator, Caller } from "./auth.js";

export const SESSION_COOKIE = "mds_session";
/** A browser stays signed in this long; rotating the token out of API_TOKEN ends its sessions at once. */
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;

/**
 * The web page's sign-in: it trades the API token once for an HttpOnly cookie, so no script on
 * the page (an injected one included) can read a credential. The cookie holds no token, only an
 * expiry signed with a key derived from one. SameSite=Strict keeps other sites from sending it,
 * and what it unlocks is what the server already guards against CSRF (JSON-only GraphQL, the
 * Origin check on every change and every WebSocket).
 */
export class Sessions {
  private readonly keys: Array<{ key: Buffer; token: string }>;

  constructor(
    tokens: string[],
    private readonly auth: Authenticator,
  ) {
    this.keys = tokens.map((token) => ({ token, key: createHmac("sha256", token).update("media-download-server sessions").digest() }));
  }

  /** The Set-Cookie value for a valid token; undefined for a wrong one (or when authentication is off). */
  open(token: string, secure: boolean, now = Date.now()): string | undefined {
    const caller = this.auth.authenticate(`Bearer ${token}`);
    const entry = this.keys.find((k) => k.token === token);
    if (!caller || caller.kind !== "token" || !entry) return undefined;
    const expires = Math.floor(now / 1000) + SESSION_TTL_SECONDS;
    return cookie(`${expires}.${sign(entry.key, expires)}`, SESSION_TTL_SECONDS, secure);
  }

  /** The Set-Cookie value that ends a session. */
  close(secure: boolean): string {
    return cookie("", 0, secure);
  }

  /** The caller a request's session cookie stands for, if it carries a valid, unexpired one. */
  verify(req: IncomingMessage, now = Date.now()): Caller | undefined {
    const value = readCookie(req.headers.cookie, SESSION_COOKIE);
    const [expiresText, signature] = value?.split(".") ?? [];
    const expires = Number(expiresText);
    if (!signature || !Number.isInteger(expires) || expires * 1000 < now) return undefined;
    const entry = this.keys.find(({ key }) => {
      const expected = Buffer.from(sign(key, expires));
      return expected.length === signature.length && timingSafeEqual(expected, Buffer.from(signature));
    });
    return entry && this.auth.authenticate(`Bearer ${entry.token}`);
  }
}

const sign = (key: Buffer, expires: number) => createHmac("sha256", key).update(`session\n${expires}`).digest("base64url");

const cookie = (value: string, maxAge: number, secure: boolean) =>
  `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** Whether the browser reached us over HTTPS (directly, or through a proxy that says so). */
export const overHttps = (req: IncomingMessage) => "encrypted" in req.socket || req.headers["x-forwarded-proto"] === "https";
