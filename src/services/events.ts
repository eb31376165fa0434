import { EventEmitter } from "node:events";
import type { Download } from "../generated/prisma/client.js";

/**
 * One change to the task list. `progress` is a throttled tick (numbers moved, status did not);
 * `status` is a state change and is never throttled or dropped; `snapshot` is a task's state
 * when a subscriber joined.
 */
export type DownloadEvent =
  | { kind: "snapshot"; download: Download }
  | { kind: "added"; download: Download }
  | { kind: "progress"; download: Download }
  | { kind: "status"; download: Download; previousStatus: string }
  | { kind: "removed"; download: Download };

export type EventListener = (event: DownloadEvent) => void;

/** In-process fan-out of task events from the service layer to subscribers. */
export class EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(event: DownloadEvent): void {
    this.emitter.emit("event", event);
  }

  on(listener: EventListener): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }
}
