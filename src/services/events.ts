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

/** A change as delivered: stamped with when the server published it. */
export type DownloadEvent = DownloadChange & { at: Date };

export type EventListener = (event: DownloadEvent) => void;

/** In-process fan-out of task events from the service layer to subscribers. */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(change: DownloadChange): void {
    this.emitter.emit("event", stamp(change));
  }

  /** How many subscribers are listening (each open subscription holds one). */
  listenerCount(): number {
    return this.emitter.listenerCount("event");
  }

  on(listener: EventListener): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }
}

export const stamp = (change: DownloadChange): DownloadEvent => ({ ...change, at: new Date() });
