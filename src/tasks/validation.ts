import { MAX_PAGE_SIZE } from "../domain/order.js";
import type { DownloadType } from "../domain/vocabulary.js";
import { InputError } from "../domain/errors.js";
import { checkQuality, type DownloadOptions } from "../domain/options.js";
import { checkPublicUrl, type AddressPolicy } from "../security/url-guard.js";

export const MAX_URL_LENGTH = 2048;

/** A submission; `options` checked already (presets/presets.ts resolves them). */
export type NewDownload = {
  url: string;
  downloadType: DownloadType;
  quality: string;
  options?: DownloadOptions;
  presetId?: string | null;
  /** Whose budget it (and, if it is a playlist, its entries) counts against (security/rate-limit.ts budgetKey). */
  requestedBy?: string;
};

/** Checks a submission; throws InputError naming the first bad field. */
export async function validateNewDownload(input: NewDownload, policy: AddressPolicy): Promise<NewDownload> {
  const url = await checkFetchableUrl(input.url.trim(), policy);
  return { ...input, url, quality: checkQuality(input.downloadType, input.quality) };
}

/** checkUrl, then (unless private addresses are allowed) the host must be public. */
export async function checkFetchableUrl(url: string, policy: AddressPolicy): Promise<string> {
  checkUrl(url);
  if (!policy.allowPrivateAddresses) await checkPublicUrl(url, policy.allowAddresses);
  return url;
}

/** Returns the URL if it is an acceptable http(s) URL; throws InputError on "url" otherwise. Never echoes it. */
export function checkUrl(url: string): string {
  if (!url) throw new InputError("url", "must not be empty");
  if (url.length > MAX_URL_LENGTH) throw new InputError("url", `must be at most ${MAX_URL_LENGTH} characters`);
  if (/\p{Surrogate}/u.test(url)) throw new InputError("url", "contains an invalid character (a lone UTF-16 surrogate)");
  if (/[\x00-\x1f\x7f]/.test(url)) throw new InputError("url", "contains a control character (NUL, newline, ...)");
  // WHATWG reads "\\" in an authority as "/", Python's urllib (yt-dlp) as part of the host: refuse what two readers would disagree on.
  if (url.includes("\\")) throw new InputError("url", "must not contain a backslash (write it as %5C)");
  if (!URL.canParse(url)) throw new InputError("url", "must be an absolute http(s) URL");
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol)) throw new InputError("url", "only http and https URLs are accepted");
  if (parsed.username || parsed.password) throw new InputError("url", "must not contain a user name or password");
  return url;
}

/** The URL with any user name and password taken out, for storing and showing a refused URL. */
export function withoutCredentials(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (!parsed.username && !parsed.password) return url;
  parsed.username = parsed.password = "";
  return parsed.toString();
}


/** limit 0..MAX_PAGE_SIZE and offset >= 0, when given. */
export function checkPage(limit: number | undefined, offset: number | undefined): void {
  if (limit !== undefined && (limit < 0 || limit > MAX_PAGE_SIZE)) {
    throw new InputError("limit", `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  if (offset !== undefined && offset < 0) throw new InputError("offset", "must be 0 or more");
}
