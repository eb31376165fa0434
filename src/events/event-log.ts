import type { EventRow, EventWriter } from "../store/raw-writes.js";
import { reviveDownload, type DownloadChange, type DownloadEvent, type Sequencer } from "./bus.js";

const eventOf = (row: EventRow): DownloadEvent =>
  ({
    kind: row.kind,
    download: reviveDownload(JSON.parse(row.download)),
    at: row.at,
    seq: row.seq,
    ...(row.previousStatus === null ? {} : { previousStatus: row.previousStatus }),
  }) as DownloadEvent;

export type Retention = { events: number; ms: number };

const FLUSH_MS = 250;
/** Events written per transaction (a few milliseconds). */
const WRITE_SLICE = 250;
/** Count-based trimming copies the array once per this many events (a tenth of the retention, at most 500). */
const trimStep = (retention: number) => Math.min(500, Math.ceil(retention / 10));

/**
 * Every published change, numbered, kept for a while so a subscriber can resume after a lost
 * connection. Replays come from memory; the log is written to the database in small batches and
 * read back at start, so a cursor survives a restart. Numbers start past the clock at start
 * (microseconds), so they keep increasing across restarts, even past events a crash lost unwritten.
 */
export class EventLog implements Sequencer {
  private events: DownloadEvent[] = [];
  private pending: DownloadEvent[] = [];
  /** The newest event dropped by retention: a cursor before it cannot be replayed in full. */
  private trimmedUpTo = 0;
  private nextSeq = 1;
  /** The flush under way, if any: one at a time. */
  private flushing?: Promise<void>;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly db: EventWriter,
    private readonly retention: Retention,
    /** After each timed flush: its error when it failed (the disk is full, the database is gone); the events stay pending. */
    private readonly onFlushed: (error?: Error) => void = () => undefined,
  ) {}

  async load(): Promise<void> {
    const rows = await this.db.recentEvents(new Date(Date.now() - this.retention.ms), this.retention.events);
    this.events = rows.map(eventOf);
    this.trimmedUpTo = this.events.length ? this.events[0]!.seq - 1 : 0;
    this.nextSeq = Math.max(this.events.at(-1)?.seq ?? 0, Date.now() * 1000) + 1;
    this.timer = setInterval(() => void this.flush().then(() => this.onFlushed(), this.onFlushed), FLUSH_MS);
    this.timer.unref();
  }

  /** Events the database holds numbered after `seq` (written by any instance), oldest first. */
  async storedAfter(seq: number, limit: number): Promise<DownloadEvent[]> {
    return (await this.db.eventsAfter(seq, limit)).map(eventOf);
  }

  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  append(change: DownloadChange): DownloadEvent {
    const event: DownloadEvent = { ...change, at: new Date(), seq: this.nextSeq };
    this.record(event, true);
    return event;
  }

  /** Keeps an event; written to the database by the instance that published it (each writes its own). */
  record(event: DownloadEvent, own: boolean): void {
    this.nextSeq = Math.max(this.nextSeq, event.seq + 1);
    this.events.push(event);
    if (own) this.pending.push(event);
    if (this.events[0]!.at.getTime() < event.at.getTime() - this.retention.ms || this.events.length > this.retention.events + trimStep(this.retention.events)) {
      this.trim(event.at.getTime());
    }
  }

  /** Whether some events after `seq` are no longer kept. */
  expired(seq: number): boolean {
    return seq < this.trimmedUpTo;
  }

  /** Events after the last one kept were lost: every cursor up to now has expired. */
  lose(): void {
    this.trimmedUpTo = this.lastSeq + 1;
  }

  /** Every event after `seq`, oldest first; progress ticks collapse to each task's latest. */
  since(seq: number): DownloadEvent[] {
    const start = this.events.findIndex((e) => e.seq > seq);
    const missed = start < 0 ? [] : this.events.slice(start);
    const latest = new Map<string, number>(); // task id -> seq of its last event in the replay
    for (const event of missed) latest.set(event.download.id, event.seq);
    return missed.filter((e) => e.kind !== "progress" || latest.get(e.download.id) === e.seq);
  }

  /**
   * Writes what is not yet written, a slice at a time so requests go on between slices (clearing
   * 10,000 tasks logs 10,000 events at once), then prunes the table to what memory keeps.
   */
  flush(): Promise<void> {
    return (this.flushing ??= this.writePending().finally(() => (this.flushing = undefined)));
  }

  /** Writes every pending event, the last flush included, before the database closes. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async writePending(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0, WRITE_SLICE);
      await this.write(batch).catch((error: unknown) => {
        // Kept for the next flush, at most what memory keeps anyway (the rest can still be replayed from memory).
        this.pending = [...batch, ...this.pending].slice(-this.retention.events);
        throw error;
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    const oldest = this.events[0]?.seq;
    if (oldest !== undefined) await this.db.pruneEvents(oldest);
  }

  private write(batch: DownloadEvent[]): Promise<void> {
    return this.db.insertEvents(
      batch.map((e) => ({
        seq: e.seq,
        kind: e.kind,
        downloadId: e.download.id,
        previousStatus: e.kind === "status" ? e.previousStatus : null,
        download: JSON.stringify(e.download),
        at: e.at,
      })),
    );
  }

  /** Drops what retention no longer keeps: by count in steps, by age at once. */
  private trim(now: number): void {
    let drop = Math.max(0, this.events.length - this.retention.events);
    while (drop < this.events.length && this.events[drop]!.at.getTime() < now - this.retention.ms) drop += 1;
    if (drop === 0) return;
    this.trimmedUpTo = Math.max(this.trimmedUpTo, this.events[drop - 1]!.seq);
    this.events = this.events.slice(drop);
  }
}
