import { Repeater } from "@repeaterjs/repeater";
import { InputError } from "../domain/errors.js";
import type { LoggedFeedEvent as Event } from "../feeds/events.js";
import { builder } from "./builder.js";
import { Feed } from "./feed.js";

/** feedEvents: what feeds' checks did, on any instance, resumable by cursor. */

const FeedEventKind = builder.enumType("FeedEventKind", {
  description: "What a feed did",
  values: { CHECKED: { value: "checked", description: "A check ended; `check` says what it queued" }, FAILED: { value: "failed", description: "A check failed; `error` says why" } } as const,
});

/** A feed event's cursor: "feed:<seq>" in base64url, opaque to clients. */
const toCursor = (seq: number) => Buffer.from(`feed:${seq}`).toString("base64url");
function fromCursor(cursor: string): number {
  const [prefix, seq] = Buffer.from(cursor, "base64url").toString().split(":");
  if (prefix !== "feed" || !/^\d+$/.test(seq ?? "")) throw new InputError("after", "is not a feedEvents cursor");
  return Number(seq);
}

const FeedEvent = builder.objectRef<Event>("FeedEvent").implement({
  description: "A feed's check ended or failed, on any instance (the tasks it queued come as downloadEvents)",
  fields: (t) => ({
    cursor: t.string({ nullable: true, description: "Pass it as after to resume from here; null if the event could not be logged", resolve: (e) => (e.seq === null ? null : toCursor(e.seq)) }),
    kind: t.field({ type: FeedEventKind, description: "Checked or failed", resolve: (e) => e.kind }),
    feed: t.field({ type: Feed, description: "The feed after it", resolve: (e) => e.feed }),
    queued: t.exposeInt("queued", { description: "Tasks queued" }),
    error: t.exposeString("error", { nullable: true, description: "Why it failed" }),
  }),
});

builder.subscriptionFields((t) => ({
  feedEvents: t.field({
    type: FeedEvent,
    description: "Each feed check that ends or fails, on any instance; with after, every one since that cursor first (the last 10,000 are kept)",
    args: { after: t.arg.string({ required: false, description: "A FeedEvent's cursor: resume after it" }) },
    subscribe: (_root, args, ctx) => {
      const after = args.after ? fromCursor(args.after) : undefined;
      return new Repeater<Event>(async (push, stop) => {
        const controller = new AbortController();
        void stop.then(() => controller.abort());
        for await (const event of ctx.feeds.events.stream(after, controller.signal)) await push(event);
        stop();
      });
    },
    resolve: (event) => event,
  }),
}));

