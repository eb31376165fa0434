import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Who is calling: everyone is anonymous when API_TOKEN is unset. */
export type Caller =
  | { kind: "anonymous" }
  /** `tokenId` is a short fingerprint of the token, safe to log. */
  | { kind: "token"; tokenId: string }
  /** A signed file or thumbnail link (see LinkSigner): read access to that one path. */
  | { kind: "link"; path: string };

export const ANONYMOUS: Caller = { kind: "anonymous" };

const sha256 = (text: string) => createHash("sha256").update(text).digest();

/** Checks `Authorization: Bearer <token>` against API_TOKEN's list, in constant time. */
export class Authenticator {
  private readonly digests: Buffer[];

  constructor(tokens: string[]) {
    this.digests = tokens.map(sha256);
  }

  get enabled(): boolean {
    return this.digests.length > 0;
  }

  /** The caller for an Authorization header value; undefined when it is missing or wrong. */
  authenticate(authorization: unknown): Caller | undefined {
    if (!this.enabled) return ANONYMOUS;
    const token = typeof authorization === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
    if (!token) return undefined;
    // Equal-length digests: the comparison leaks neither the content nor the length of a token.
    const digest = sha256(token);
    const known = this.digests.filter((d) => timingSafeEqual(d, digest)).length > 0;
    return known ? { kind: "token", tokenId: digest.toString("hex").slice(0, 8) } : undefined;
  }
}

/** Signed links live this long: enough for a page to show thumbnails and start a download. */
export const LINK_TTL_SECONDS = 3600;

/**
 * Short-lived signed links for files and thumbnails, so a browser can use them in `<img src>` or
 * `<a href>` without the long-lived token in a URL. The key derives from the token, so links stay
 * valid across instances and restarts, and rotating the token out revokes them.
 */
export class LinkSigner {
  private readonly keys: Buffer[];

  constructor(tokens: string[]) {
    this.keys = tokens.map((token) => createHmac("sha256", token).update("media-download-server links").digest());
  }

  /** `path` with `expires` and `signature` added; `path` itself when authentication is off. */
  sign(path: string, now = Date.now()): string {
    const key = this.keys[0];
    if (!key) return path;
    const expires = Math.floor(now / 1000) + LINK_TTL_SECONDS;
    return `${path}?expires=${expires}&signature=${this.signature(key, path, expires)}`;
  }

  /** The link caller when `url` carries a valid, unexpired signature for its own path. */
  verify(url: URL, now = Date.now()): Caller | undefined {
    const expires = Number(url.searchParams.get("expires"));
    const signature = Buffer.from(url.searchParams.get("signature") ?? "");
    if (!Number.isInteger(expires) || expires * 1000 < now) return undefined;
    const valid = this.keys.some((key) => {
      const expected = Buffer.from(this.signature(key, url.pathname, expires));
      return expected.length === signature.length && timingSafeEqual(expected, signature);
    });
    return valid ? { kind: "link", path: url.pathname } : undefined;
  }

  private signature(key: Buffer, path: string, expires: number): string {
    return createHmac("sha256", key).update(`${path}\n${expires}`).digest("base64url");
  }
}
