import { Repeater } from "@repeaterjs/repeater";
import { CursorExpiredError, NotFoundError } from "../domain/errors.js";
import type { Download } from "../domain/task.js";
import type { DownloadEvent, EventBus } from "../events/bus.js";

/** Where the current state comes from: one task (live or stored), or every running task. */
export type CurrentTasks = { find(id: string): Promise<Download | null | undefined>; running(): Promise<Download[]> };

/**
 * Events for one task (`id`) or all. Without `after`: a snapshot of the current state first
 * (the task, or every running task), then each change. With `after` (an event's seq): every
 * event since, then each change. Events that happen meanwhile are held back and follow, so
 * nothing is lost and nothing comes twice. `subscribers.open` counts the streams running.
 */
export async function watchTasks(bus: EventBus, subscribers: { open: number }, current: CurrentTasks, id?: string, after?: number): Promise<AsyncIterable<DownloadEvent>> {
  // Refused before the stream starts, so the client gets the error's code.
  if (after !== undefined && bus.log.expired(after)) {
    throw new CursorExpiredError("this cursor is older than the events the server keeps; read the task list again and subscribe without a cursor");
  }
  if (id && !(await current.find(id))) throw new NotFoundError(`no download with id ${id}`);
  return new Repeater<DownloadEvent>(async (push, stop) => {
    subscribers.open += 1;
    const held: DownloadEvent[] = [];
    let live = false;
    const mine = (event: DownloadEvent) => !id || event.download.id === id;
    const off = bus.on((event) => {
      if (!mine(event)) return;
      if (live) void push(event);
      else held.push(event);
    });
    const offInterrupted = bus.onInterrupted(() => stop()); // events were lost: the client resubscribes and reads again
    try {
      let last = -1;
      if (after === undefined) {
        const rows = id ? [await current.find(id)] : await current.running();
        for (const download of rows) if (download) void push(bus.snapshot(download));
      } else {
        for (const event of bus.log.since(after).filter(mine)) {
          void push(event);
          last = event.seq;
        }
      }
      for (const event of held) if (event.seq > last) void push(event);
      live = true;
      await stop;
    } finally {
      off();
      offInterrupted();
      subscribers.open -= 1;
    }
  });
}
