import { acceptedQualities, type DownloadType } from "../engine/args.js";
import { InputError } from "./errors.js";

export const MAX_URL_LENGTH = 2048;

export type NewDownload = { url: string; downloadType: DownloadType; quality: string };

/** Checks a submission; throws InputError naming the first bad field. */
export function validateNewDownload(input: NewDownload): NewDownload {
  const url = input.url.trim();
  return { ...input, url: checkUrl(url), quality: checkQuality(input.downloadType, input.quality) };
}

/** Returns the URL if it is an acceptable http(s) URL; throws InputError on "url" otherwise. */
export function checkUrl(url: string): string {
  if (!url) throw new InputError("url", "must not be empty");
  if (url.length > MAX_URL_LENGTH) throw new InputError("url", `must be at most ${MAX_URL_LENGTH} characters`);
  if (!URL.canParse(url)) throw new InputError("url", "must be an absolute http(s) URL");
  if (!/^https?:$/.test(new URL(url).protocol)) throw new InputError("url", "only http and https URLs are accepted");
  return url;
}

function checkQuality(type: DownloadType, quality: string): string {
  const accepted = acceptedQualities(type);
  if (!accepted.includes(quality)) {
    throw new InputError("quality", `"${quality}" is not accepted for ${type}; use one of ${accepted.join(", ")}`);
  }
  return quality;
}

export const MAX_PAGE_SIZE = 10_000;

/** limit 0..MAX_PAGE_SIZE and offset >= 0, when given. */
export function checkPage(limit: number | undefined, offset: number | undefined): void {
  if (limit !== undefined && (limit < 0 || limit > MAX_PAGE_SIZE)) {
    throw new InputError("limit", `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  if (offset !== undefined && offset < 0) throw new InputError("offset", "must be 0 or more");
}
