/**
 * Turns yt-dlp's machine-readable output (see `outputArgs` in args.ts) into typed updates.
 * Each record is `@@KIND <json>`. yt-dlp prints postprocess records on stderr and without a
 * newline, so both streams are fed (each buffered on its own) and records split on the marker.
 */
export const MARKER = "@@MDS:";

export type Metadata = {
  title?: string;
  thumbnail?: string;
  formatNote: string;
  /** The video height yt-dlp chose, when it knows it (manifests, sites' APIs; not bare files). */
  height?: number;
  ext?: string;
  filesize?: number;
  /** Number of streams yt-dlp will download for this item (2 when merging video+audio). */
  streams: number;
  /** Where yt-dlp will write the file: its folder holds the partial files too. */
  destination?: string;
  /** "{extractor}:{id}": which video this is, whatever URL led to it. */
  sourceKey?: string;
};

export type ProgressUpdate = {
  progress: number;
  downloadedBytes: number;
  filesize: number;
  speed: number | null;
  eta: number | null;
};

/** One item of a playlist, as listed (not yet downloaded). */
export type PlaylistEntry = { url: string; title?: string; index: number; playlistTitle?: string };

export type ParsedRecord =
  | { kind: "entry"; entry: PlaylistEntry }
  | { kind: "metadata"; metadata: Metadata }
  | { kind: "progress"; update: ProgressUpdate }
  | { kind: "postprocess"; postprocessor: string }
  | { kind: "file"; filepath: string };

type RawMeta = {
  title?: string | null;
  thumbnail?: string | null;
  format_id?: string | null;
  height?: number | null;
  ext?: string | null;
  acodec?: string | null;
  abr?: number | null;
  filesize?: number | null;
  filesize_approx?: number | null;
  _filename?: string | null;
  extractor_key?: string | null;
  id?: string | null;
};

type RawEntry = { url?: string | null; title?: string | null; playlist_index?: number | null; playlist_title?: string | null };

type RawProgress = {
  status?: string;
  downloaded_bytes?: number | null;
  total_bytes?: number | null;
  total_bytes_estimate?: number | null;
  speed?: number | null;
  eta?: number | null;
  fragment_index?: number | null;
  fragment_count?: number | null;
};

const INCOMPLETE = Symbol("incomplete");

/** yt-dlp postprocessors that only move files around and are not worth a "processing" state. */
const TRIVIAL_POSTPROCESSORS = new Set(["MoveFiles", "ThumbnailsConvertor"]);

export class ProgressParser {
  private readonly buffers = new Map<string, string>();
  private streams = 1;
  private finishedStreams = 0;
  private finishedBytes = 0;
  private best = 0;

  /** Feeds a chunk of one output stream; returns the records it completed. */
  feed(stream: "stdout" | "stderr", chunk: string): ParsedRecord[] {
    const pieces = ((this.buffers.get(stream) ?? "") + chunk).split(MARKER);
    // Before the first marker is plain output; keep its tail in case a marker was cut in two.
    let rest = pieces.length === 1 ? pieces[0]!.slice(-(MARKER.length - 1)) : "";
    const records: ParsedRecord[] = [];
    pieces.slice(1).forEach((piece, i, all) => {
      const value = this.parsePiece(piece);
      if (value === INCOMPLETE) {
        if (i === all.length - 1) rest = MARKER + piece;
      } else if (value) records.push(value);
    });
    this.buffers.set(stream, rest);
    return records;
  }

  /** A record ends at a newline, at the next marker, or where its JSON is complete. */
  private parsePiece(piece: string): ParsedRecord | undefined | typeof INCOMPLETE {
    const newline = piece.indexOf("\n");
    const body = newline < 0 ? piece : piece.slice(0, newline);
    const space = body.indexOf(" ");
    try {
      return this.toRecord(body.slice(0, space), JSON.parse(body.slice(space + 1)));
    } catch {
      return newline < 0 ? INCOMPLETE : undefined; // undefined: garbage, skipped
    }
  }

  private toRecord(kind: string, value: unknown): ParsedRecord | undefined {
    if (kind === "FILE" && typeof value === "string") return { kind: "file", filepath: value };
    if (typeof value !== "object" || value === null) return undefined;
    if (kind === "ENTRY") return this.entry(value as RawEntry);
    if (kind === "META") return { kind: "metadata", metadata: this.metadata(value as RawMeta) };
    if (kind === "DL") return this.progress(value as RawProgress);
    if (kind === "PP") {
      const { status, postprocessor } = value as { status?: string; postprocessor?: string };
      if (status === "started" && postprocessor && !TRIVIAL_POSTPROCESSORS.has(postprocessor)) {
        return { kind: "postprocess", postprocessor };
      }
    }
    return undefined;
  }

  /** Only playlist entries count; a single item prints an ENTRY without an index. */
  private entry(raw: RawEntry): ParsedRecord | undefined {
    if (!raw.playlist_index || !raw.url) return undefined;
    // yt-dlp smuggles extractor hints after "#__youtubedl_smuggle="; the entry's own URL is before it.
    const url = raw.url.replace(/#__youtubedl_smuggle=.*$/, "");
    return { kind: "entry", entry: { url, title: raw.title ?? undefined, index: raw.playlist_index, playlistTitle: raw.playlist_title ?? undefined } };
  }

  private metadata(raw: RawMeta): Metadata {
    this.streams = Math.max(1, (raw.format_id ?? "").split("+").length);
    this.finishedStreams = 0;
    this.finishedBytes = 0;
    this.best = 0;
    return {
      title: raw.title ?? undefined,
      thumbnail: raw.thumbnail ?? undefined,
      ext: raw.ext ?? undefined,
      formatNote: describeFormat(raw),
      height: raw.height ?? undefined,
      filesize: raw.filesize ?? raw.filesize_approx ?? undefined,
      streams: this.streams,
      destination: raw._filename ?? undefined,
      sourceKey: raw.extractor_key && raw.id ? `${raw.extractor_key}:${raw.id}` : undefined,
    };
  }

  /** Overall progress over all streams of the item, never moving backwards. */
  private progress(raw: RawProgress): ParsedRecord {
    const done = raw.downloaded_bytes ?? 0;
    const total = raw.total_bytes ?? raw.total_bytes_estimate ?? 0;
    let fraction = total > 0 ? done / total : 0;
    if (!total && raw.fragment_count) fraction = (raw.fragment_index ?? 0) / raw.fragment_count;
    if (raw.status === "finished") fraction = 1;
    const streamIndex = Math.min(this.finishedStreams, this.streams - 1);
    const overall = ((streamIndex + Math.min(1, fraction)) / this.streams) * 100;
    this.best = Math.max(this.best, Math.min(100, overall));
    const update: ProgressUpdate = {
      progress: round(this.best),
      downloadedBytes: this.finishedBytes + done,
      filesize: this.finishedBytes + Math.max(total, done),
      speed: raw.status === "finished" ? null : (raw.speed ?? null),
      eta: raw.status === "finished" || raw.eta == null ? null : Math.round(raw.eta), // stored as Int
    };
    if (raw.status === "finished") {
      this.finishedStreams += 1;
      this.finishedBytes += done;
    }
    return { kind: "progress", update };
  }
}

/**
 * "720p" for video, "mp3 128k"-style for audio; "" (null in the API) until known, so the note
 * means one thing throughout: the runner reads it from the finished file when yt-dlp could not say.
 */
function describeFormat(raw: RawMeta): string {
  if (raw.height) return `${raw.height}p`;
  if (raw.acodec && raw.acodec !== "none") {
    return [raw.acodec, raw.abr ? `${Math.round(raw.abr)}k` : ""].filter(Boolean).join(" ");
  }
  return "";
}

const round = (n: number) => Math.round(n * 10) / 10;
