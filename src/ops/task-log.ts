import type { Logger } from "./log.js";
import type { EventBus } from "../events/bus.js";

/** One log line per task transition (added, each status change, removed) this instance made, with the task's id. */
export function logTransitions(bus: EventBus, log: Logger): () => void {
  return bus.onOwn((event) => {
    const { id, title, status, errorMessage } = event.download;
    if (event.kind === "added") log.info({ task: id, url: event.download.url }, "task added");
    else if (event.kind === "removed") log.info({ task: id }, "task removed");
    else if (event.kind === "status" && status === "error") log.warn({ task: id, from: event.previousStatus, to: status, error: errorMessage }, `task failed: ${errorMessage}`);
    else if (event.kind === "status") log.info({ task: id, from: event.previousStatus, to: status, title }, `task ${status}`);
  });
}
