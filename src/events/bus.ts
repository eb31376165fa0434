import { EventEmitter } from "node:events";
import type { Download } from "../domain/task.js";

/**
 * One change to the task list. `progress` is a throttled tick (numbers moved, status did not);
 * `status` is a state change and is never throttled or dropped; `snapshot` is a task's state
 * when a subscriber joined.
 */
export type DownloadChange =
  | { kind: "snapshot"; download: Download }
  | { kind: "added"; download: Download }
  | { kind: "progress"; download: Download }
  | { kind: "status"; download: Download; previousStatus: string }
  | { kind: "removed"; download: Download };

/**
 * A change as delivered: when the server published it, and its place in the event log (`seq`,
 * strictly increasing, also across restarts). A snapshot carries the log's position when taken.
 */
export type DownloadEvent = DownloadChange & { at: Date; seq: number };

export type EventListener = (event: DownloadEvent) => void;
export type TaskChangeListener = (id?: string, removed?: boolean) => void;

/** Numbers events and replays them (the event log); a plain counter keeps none to replay. */
export type Sequencer = {
  append(change: DownloadChange): DownloadEvent;
  /** Keeps an event numbered elsewhere (by the relay); `own` when this instance published it. */
  record(event: DownloadEvent, own: boolean): void;
  /** Whether events after `seq` are no longer all kept. */
  expired(seq: number): boolean;
  since(seq: number): DownloadEvent[];
  /** Events after the last one kept were lost: every cursor up to now has expired. */
  lose(): void;
  readonly lastSeq: number;
};

export const counter = (): Sequencer => {
  let seq = 0;
  return {
    append: (change) => ({ ...change, at: new Date(), seq: ++seq }),
    record: (event) => void (seq = event.seq),
    expired: () => true,
    since: () => [],
    lose: () => undefined,
    get lastSeq() {
      return seq;
    },
  };
};

/** Carries changes to every instance, numbered in one order for all (Redis); they come back through `receive`. */
export interface Relay {
  send(change: DownloadChange): void;
}

/** Task versions remembered to drop stale events (each task's latest `updatedAt`). */
const VERSIONS_KEPT = 20_000;

/**
 * Fan-out of task events from the service layer to subscribers, each numbered first. Alone, a
 * server numbers and delivers at once; with a relay, every instance's changes come back in the
 * relay's one order, and an event older than the task's last one delivered (by `updatedAt`) is dropped.
 */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private relay?: Relay;
  private readonly versions = new Map<string, number>();
  /** Events delivered so far: any change to any task moves it. */
  changes = 0;

  constructor(readonly log: Sequencer = counter()) {}

  /** From now on, changes go out through `relay` and are delivered when they come back. */
  relayThrough(relay: Relay): void {
    this.relay = relay;
  }

  publish(change: DownloadChange): void {
    if (!this.relay) return this.deliver(this.log.append(change), true);
    this.changed(change.download.id, change.kind === "removed"); // now, not when it comes back: a read right after the write must not be served from before it
    this.relay.send(change);
  }

  /**
   * An event numbered by the relay; `own` when this instance published it. `shownAlready` when
   * this instance delivered it itself while the relay was away: it is only kept (and logged).
   */
  receive(event: DownloadEvent, own: boolean, shownAlready = false): void {
    if (shownAlready) return this.log.record(event, own); // kept even if this instance has shown a later state since
    if (this.stale(event)) return;
    this.log.record(event, own);
    this.deliver(event, own);
  }

  /**
   * Delivers a change here and now while the relay is away, numbered after the last event seen.
   * The number is this instance's alone, so the event is kept in memory only; the relay sends
   * the change on (and the log keeps it) once it is back.
   */
  deliverHere(change: DownloadChange): void {
    const event: DownloadEvent = { ...change, at: new Date(), seq: this.log.lastSeq + 1 };
    this.stale(event); // remembers the task's version, so older copies arriving later are dropped
    this.log.record(event, false);
    this.deliver(event, true);
  }

  /**
   * Events were lost for good (more changed while the relay was away than it keeps): cursors up
   * to here expire, and open streams end, so their clients resubscribe, learn their cursor
   * expired and read the list again.
   */
  interrupt(): void {
    this.log.lose();
    this.changed();
    this.emitter.emit("interrupted");
  }

  /** Called when events were lost (see `interrupt`). */
  onInterrupted(listener: () => void): () => void {
    return this.listen("interrupted", listener);
  }

  /** A task's current state for a subscriber that joins now: numbered where the log stands. */
  snapshot(download: Download): DownloadEvent {
    return { kind: "snapshot", download, at: new Date(), seq: this.log.lastSeq };
  }

  /** How many listeners there are (each open subscription holds one). */
  listenerCount(): number {
    return this.emitter.listenerCount("event");
  }

  /** Every event, from any instance. */
  on(listener: EventListener): () => void {
    return this.listen("event", listener);
  }

  /** Events this instance published (its logs and counters). */
  onOwn(listener: EventListener): () => void {
    return this.listen("own", listener);
  }

  /** Events other instances published. */
  onOthers(listener: EventListener): () => void {
    return this.listen("others", listener);
  }

  private listen(name: string, listener: EventListener): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }

  /** Called at each change to a task, from any instance, with its id and whether it was removed; without an id when any task may have changed (events were lost). */
  onChange(listener: TaskChangeListener): () => void {
    this.emitter.on("changed", listener);
    return () => this.emitter.off("changed", listener);
  }

  private changed(id?: string, removed = false): void {
    this.changes += 1;
    this.emitter.emit("changed", id, removed);
  }

  private deliver(event: DownloadEvent, own: boolean): void {
    this.changed(event.download.id, event.kind === "removed");
    this.emitter.emit("event", event);
    this.emitter.emit(own ? "own" : "others", event);
  }

  private stale({ kind, download }: DownloadEvent): boolean {
    if (kind === "removed") {
      this.versions.delete(download.id);
      return false;
    }
    const last = this.versions.get(download.id);
    const version = download.updatedAt.getTime();
    if (last !== undefined && version < last) return true;
    this.versions.delete(download.id); // re-inserted last, so the least recently changed task is forgotten first
    this.versions.set(download.id, version);
    if (this.versions.size > VERSIONS_KEPT) this.versions.delete(this.versions.keys().next().value!);
    return false;
  }
}

const DATES = ["createdAt", "updatedAt", "startedAt", "completedAt"] as const;

/** A task parsed from JSON (the event log, the relay): its dates as dates again. */
export function reviveDownload(parsed: unknown): Download {
  const row = parsed as Record<string, unknown>;
  for (const key of DATES) if (row[key] !== null) row[key] = new Date(row[key] as string);
  return row as unknown as Download;
}
