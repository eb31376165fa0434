import { UpstreamError } from "../domain/errors.js";
import { MAX_TITLE_CHARS, type ListedEntry } from "../domain/feed.js";
import { errorMessage } from "./runner.js";
import type { Launcher } from "./launcher.js";
import { MARKER } from "./progress.js";

/** What a source lists: whether it is a list at all (a playlist, a feed), its title, and its entries in the source's order (a feed's newest first). */
export type Listing = { isList: boolean; title?: string; entries: ListedEntry[] };

type RawItem = {
  id?: string | null;
  url?: string | null;
  webpage_url?: string | null;
  title?: string | null;
  duration?: number | null;
  timestamp?: number | null;
  release_timestamp?: number | null;
  upload_date?: string | null;
  extractor_key?: string | null;
  ie_key?: string | null;
  playlist_index?: number | null;
};

const ITEM = `${MARKER}ITEM `;
const LIST = `${MARKER}LIST `;
const ITEM_FIELDS = "id,url,webpage_url,title,duration,timestamp,release_timestamp,upload_date,extractor_key,ie_key,playlist_index";
const SMUGGLED = /#__youtubedl_smuggle=(.*)$/;

/**
 * Lists a source without downloading anything: a flat, lazy extraction of at most `maxEntries`
 * entries (`single`: one URL's own metadata instead, for a filter that needs its duration).
 * Rejects with yt-dlp's error (an UpstreamError) when the source cannot be listed.
 */
export async function listSource(launcher: Launcher, url: string, { maxEntries, cookiesFile, single = false }: { maxEntries: number; cookiesFile?: string; single?: boolean }): Promise<Listing> {
  const flags = {
    ignoreConfig: true,
    noColors: true,
    noCacheDir: true,
    // A listing never downloads (and python/child_safety.py lets it write nothing but its cookies copy).
    simulate: true,
    skipDownload: true,
    ...(single ? { noPlaylist: true } : { flatPlaylist: true, lazyPlaylist: true, playlistEnd: maxEntries }),
    ...(cookiesFile ? { cookies: cookiesFile } : {}),
    print: [`video:${ITEM}%(.{${ITEM_FIELDS}})j`, `playlist:${LIST}%(.{title})j`],
  };
  const run = launcher.run(url, flags);
  let stdout = "";
  run.onOutput((stream, text) => {
    if (stream === "stdout") stdout += text;
  });
  const exit = await run.exited;
  if (exit.failure) throw new UpstreamError(exit.failure);
  if (exit.exitCode !== 0) throw new UpstreamError(errorMessage(exit.stderr, exit.exitCode));
  const listing: Listing = { isList: false, entries: [] };
  for (const line of stdout.split("\n")) {
    if (line.startsWith(LIST)) {
      listing.isList = true;
      listing.title = (JSON.parse(line.slice(LIST.length)) as { title?: string }).title ?? undefined;
    }
    if (!line.startsWith(ITEM)) continue;
    const item = JSON.parse(line.slice(ITEM.length)) as RawItem;
    if (!single && !item.playlist_index) continue; // the source itself, not one of its entries
    const entry = entryOf(item, url);
    if (entry) listing.entries.push(entry);
  }
  return listing;
}

/**
 * An entry's identity: "{extractor}:{id}". yt-dlp's generic extractor names entries by file name
 * (two feeds' "1.mp4" would be one), so for it the item's guid (passed on in the URL) or else its URL.
 */
function entryOf(item: RawItem, sourceUrl: string): ListedEntry | undefined {
  const raw = item.url ?? item.webpage_url ?? (item.playlist_index ? undefined : sourceUrl);
  if (!raw) return undefined;
  const url = raw.replace(SMUGGLED, "");
  const extractor = item.extractor_key ?? item.ie_key ?? "Generic";
  const key = extractor === "Generic" || !item.id ? `Generic:${guidOf(raw) ?? url}` : `${extractor}:${item.id}`;
  const seconds = item.timestamp ?? item.release_timestamp;
  const date = item.upload_date && /^\d{8}$/.test(item.upload_date) ? new Date(`${item.upload_date.slice(0, 4)}-${item.upload_date.slice(4, 6)}-${item.upload_date.slice(6)}T00:00:00Z`) : undefined;
  return {
    key,
    url,
    title: (item.title ?? url).slice(0, MAX_TITLE_CHARS),
    ...(item.duration != null ? { durationSeconds: Math.round(item.duration) } : {}),
    ...(seconds != null ? { publishedAt: new Date(seconds * 1000) } : date ? { publishedAt: date } : {}),
  };
}

/** The RSS guid yt-dlp smuggles into an entry's URL as force_videoid. */
function guidOf(url: string): string | undefined {
  const smuggled = SMUGGLED.exec(url)?.[1];
  if (!smuggled) return undefined;
  try {
    const data = JSON.parse(decodeURIComponent(smuggled.replace(/\+/g, " "))) as { force_videoid?: string };
    return data.force_videoid;
  } catch {
    return undefined;
  }
}
