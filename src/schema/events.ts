import { InputError } from "../domain/errors.js";
import type { DownloadEvent as Event } from "../events/bus.js";
import type { DownloadStatus as Status } from "../domain/task-states.js";
import { builder } from "./builder.js";
import { Download, DownloadStatus } from "./download.js";

/** Event cursors are opaque to clients: the event's sequence number, base64url-encoded. */
const toCursor = (seq: number) => Buffer.from(`event:${seq}`).toString("base64url");

function fromCursor(cursor: string): number {
  const match = /^event:(\d{1,16})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new InputError("after", "is not an event cursor from this API (use an event's cursor field)");
  return Number(match[1]);
}

const DownloadEvent = builder.interfaceRef<Event>("DownloadEvent").implement({
  description: "A change to the task list. The concrete type says what kind of change it is.",
  fields: (t) => ({
    download: t.field({ type: Download, description: "The task after the change", resolve: (e) => e.download }),
    at: t.field({ type: "DateTime", description: "When the server published the event", resolve: (e) => e.at }),
    cursor: t.string({
      description: "Pass the last one you received as downloadEvents(after:) to resume from there after a lost connection",
      resolve: (e) => toCursor(e.seq),
    }),
  }),
  resolveType: (event) => TYPE_BY_KIND[event.kind],
});

const TYPE_BY_KIND: Record<Event["kind"], string> = {
  snapshot: "DownloadSnapshot",
  added: "DownloadAdded",
  progress: "DownloadProgressed",
  status: "DownloadStatusChanged",
  removed: "DownloadRemoved",
};

const eventType = (name: string, kind: Event["kind"], description: string) =>
  builder.objectRef<Event>(name).implement({
    description,
    interfaces: [DownloadEvent],
    isTypeOf: (event) => (event as Event).kind === kind,
  });

eventType("DownloadSnapshot", "snapshot", "The task's state when the subscription started");
eventType("DownloadAdded", "added", "A new task was queued");
eventType("DownloadProgressed", "progress", "Progress numbers moved; the status did not (throttled)");
eventType("DownloadRemoved", "removed", "The task was deleted; `download` is its last state");
builder.objectRef<Extract<Event, { kind: "status" }>>("DownloadStatusChanged").implement({
  description: "The status changed (never throttled, never dropped)",
  interfaces: [DownloadEvent],
  isTypeOf: (event) => (event as Event).kind === "status",
  fields: (t) => ({
    previousStatus: t.field({ type: DownloadStatus, description: "The status before the change", resolve: (e) => e.previousStatus as Status }),
  }),
});

builder.subscriptionFields((t) => ({
  downloadUpdated: t.field({
    type: Download,
    description:
      "The task each time it changes (all tasks without `id`). Starts with the current state: " +
      "the task, or every running task.",
    args: { id: t.arg.id({ required: false, description: "One task's id; omit it for every task" }) },
    subscribe: (_root, args, ctx) => ctx.downloads.watch(args.id ? String(args.id) : undefined),
    resolve: (event: Event) => event.download,
  }),
  downloadEvents: t.field({
    type: DownloadEvent,
    description:
      "Typed events to keep a task list in sync: a snapshot of each running task first, then " +
      "added / progressed / status changed / removed.",
    args: {
      after: t.arg.string({
        required: false,
        description: "An event's cursor: replay every event since (progress ticks collapsed to the latest per task), then go live",
      }),
    },
    subscribe: (_root, args, ctx) => ctx.downloads.watch(undefined, args.after ? fromCursor(args.after) : undefined),
    resolve: (event: Event) => event,
  }),
}));
