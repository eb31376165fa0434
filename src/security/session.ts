import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Authenticator, Caller } from "./auth.js";

export const SESSION_COOKIE = "mds_session";
/** A browser stays signed in this long; rotating the token out of API_TOKEN ends its sessions at once. */
export const SESSION_TTL_SECONDS = 30 * 24 * 3600;

/** Where the moment of the last sign-out is kept, for every instance (the settings table). */
export type SignOutStore = { get(key: string): Promise<string | undefined>; set(key: string, value: string): Promise<void> };
const SIGNED_OUT_KEY = "sessionsEndedAt";
/** How often an instance reads another's sign-out. */
const SIGN_OUT_REFRESH_MS = 2000;

/**
 * The web page's sign-in: it trades the API token once for an HttpOnly cookie, so no script on
 * the page (an injected one included) can read a credential. The cookie holds no token, only when
 * it was opened and when it expires, signed with a key derived from one; signing out moves the
 * moment before which no session counts. SameSite=Strict keeps other sites from sending it,
 * and what it unlocks is what the server already guards against CSRF (JSON-only GraphQL, the
 * Origin check on every change and every WebSocket).
 */
export class Sessions {
  private readonly keys: Array<{ key: Buffer; token: string }>;
  /** Sessions opened at or before this moment (ms) are over: a sign-out ends them on every instance. */
  private endedAt = 0;
  private readonly refresh?: NodeJS.Timeout;

  constructor(
    tokens: string[],
    private readonly auth: Authenticator,
    private readonly signOuts?: SignOutStore,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {
    this.keys = tokens.map((token) => ({ token, key: createHmac("sha256", token).update("media-download-server sessions").digest() }));
    if (signOuts && tokens.length > 0) { // without API_TOKEN there are no sessions to end
      const read = () => void signOuts.get(SIGNED_OUT_KEY).then((value) => (this.endedAt = Math.max(this.endedAt, Number(value ?? 0) || 0)), onError);
      read();
      this.refresh = setInterval(read, SIGN_OUT_REFRESH_MS).unref();
    }
  }

  stop(): void {
    clearInterval(this.refresh);
  }

  /**
   * Signs out: the request's own session (if it has a valid one) and, with it, every session
   * opened until now. Answers the Set-Cookie value that clears the cookie.
   */
  async end(req: IncomingMessage, secure: boolean, now = Date.now()): Promise<string> {
    if (this.verify(req, now)) {
      this.endedAt = Math.max(this.endedAt, now);
      await this.signOuts?.set(SIGNED_OUT_KEY, String(this.endedAt));
    }
    return this.close(secure);
  }

  /** The Set-Cookie value for a valid token; undefined for a wrong one (or when authentication is off). */
  open(token: string, secure: boolean, now = Date.now()): string | undefined {
    const caller = this.auth.authenticate(`Bearer ${token}`);
    const entry = this.keys.find((k) => k.token === token);
    if (!caller || caller.kind !== "token" || !entry) return undefined;
    const expires = Math.floor(now / 1000) + SESSION_TTL_SECONDS;
    const opened = Math.max(now, this.endedAt + 1);
    return cookie(`${opened}.${expires}.${sign(entry.key, expires, opened)}`, SESSION_TTL_SECONDS, secure);
  }

  /** The Set-Cookie value that ends a session. */
  close(secure: boolean): string {
    return cookie("", 0, secure);
  }

  /** The caller a request's session cookie stands for, if it carries a valid, unexpired one. */
  verify(req: IncomingMessage, now = Date.now()): Caller | undefined {
    const value = readCookie(req.headers.cookie, SESSION_COOKIE);
    const [openedText, expiresText, signature] = value?.split(".") ?? [];
    const [opened, expires] = [Number(openedText), Number(expiresText)];
    if (!signature || !Number.isInteger(expires) || !Number.isInteger(opened) || expires * 1000 < now || opened <= this.endedAt) return undefined;
    const entry = this.keys.find(({ key }) => {
      const expected = Buffer.from(sign(key, expires, opened));
      return expected.length === signature.length && timingSafeEqual(expected, Buffer.from(signature));
    });
    return entry && this.auth.authenticate(`Bearer ${entry.token}`);
  }
}

const sign = (key: Buffer, expires: number, opened: number) => createHmac("sha256", key).update(`session\n${opened}\n${expires}`).digest("base64url");

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
