import { EventEmitter } from "node:events";
import type { Download } from "../generated/prisma/client.js";

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

/** Numbers events and replays them (the event log); a plain counter keeps none to replay. */
export type Sequencer = {
  append(change: DownloadChange): DownloadEvent;
  /** Whether events after `seq` are no longer all kept. */
  expired(seq: number): boolean;
  since(seq: number): DownloadEvent[];
  readonly lastSeq: number;
};

export const counter = (): Sequencer => {
  let seq = 0;
  return {
    append: (change) => ({ ...change, at: new Date(), seq: ++seq }),
    expired: () => true,
    since: () => [],
    get lastSeq() {
      return seq;
    },
  };
};

/** In-process fan-out of task events from the service layer to subscribers, each numbered first. */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(readonly log: Sequencer = counter()) {}

  publish(change: DownloadChange): void {
    this.emitter.emit("event", this.log.append(change));
  }

  /** A task's current state for a subscriber that joins now: numbered where the log stands. */
  snapshot(download: Download): DownloadEvent {
    return { kind: "snapshot", download, at: new Date(), seq: this.log.lastSeq };
  }

  /** How many listeners there are (each open subscription holds one). */
  listenerCount(): number {
    return this.emitter.listenerCount("event");
  }

  on(listener: EventListener): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }
}
