import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { InputError, NotFoundError } from "../domain/errors.js";
import { parseList, type Delivery as DeliveryRow, type Notifier as NotifierRow } from "../domain/notifier.js";
import { NOTIFIER_EVENTS, type NotifierEventType } from "../domain/vocabulary.js";
import type { Attempt } from "../notifications/send.js";
import { builder } from "./builder.js";

const EVENT_MEANINGS: Record<NotifierEventType, string> = {
  "download.completed": "A download completed",
  "download.failed": "A download failed for good (not while it waits for an automatic retry)",
  "feed.new_entries": "A feed's check queued new entries",
  "feed.failed": "A feed's check failed",
};

const NotifierEvent = builder.enumType("NotifierEvent", {
  description: "What a notifier is told of",
  values: Object.fromEntries(NOTIFIER_EVENTS.map((event) => [event.replace(".", "_").toUpperCase(), { value: event, description: EVENT_MEANINGS[event] }])) as Record<string, { value: NotifierEventType; description: string }>,
});

const DeliveryStatus = builder.enumType("DeliveryStatus", {
  description: "Where a delivery is",
  values: { PENDING: { value: "pending", description: "Not delivered yet (waiting for its turn or its next attempt)" }, DELIVERED: { value: "delivered", description: "Accepted by the target" } } as const,
});

const Delivery = builder.objectRef<DeliveryRow>("Delivery").implement({
  description: "One event for one notifier",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Also the webhook-id header, the same on every attempt" }),
    type: t.exposeString("type", { description: '"download.completed", "feed.failed", ...' }),
    status: t.field({ type: DeliveryStatus, description: "Delivered, or not yet", resolve: (d) => (d.status === "delivered" ? "delivered" : "pending") }),
    attempts: t.exposeInt("attempts", { description: "Attempts made" }),
    statusCode: t.exposeInt("lastStatusCode", { nullable: true, description: "The webhook receiver's last answer" }),
    error: t.string({ nullable: true, description: "Why the last attempt failed", resolve: (d) => d.lastError || null }),
    nextAttemptAt: t.field({ type: "DateTime", nullable: true, description: "When it is tried next, while pending", resolve: (d) => (d.status === "pending" ? d.nextAttemptAt : null) }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the event happened" }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true, description: "When the target accepted it" }),
  }),
});

const Notifier = builder.objectRef<NotifierRow>("Notifier").implement({
  description: "Where events are told: a webhook (signed as Standard Webhooks says) or an Apprise URL (a short message)",
  fields: (t) => ({
    id: t.exposeID("id", { description: "The notifier's UUID" }),
    name: t.exposeString("name", { description: "For people" }),
    url: t.string({ description: "The target with its secrets masked (user, password, query, path tokens; an Apprise URL's as Apprise reads them)", resolve: (n, _args, ctx) => ctx.notifiers.shownUrl(n) }),
    events: t.field({ type: [NotifierEvent], description: "What it is told of", resolve: (n) => parseList(n.events) as NotifierEventType[] }),
    presetIds: t.idList({ description: "Only tasks of these presets (empty: all)", resolve: (n) => parseList(n.presetIds) }),
    feedIds: t.idList({ description: "Only tasks and checks of these feeds (empty: all)", resolve: (n) => parseList(n.feedIds) }),
    allowPrivateAddress: t.exposeBoolean("allowPrivateAddress", { description: "Whether it may reach private addresses" }),
    enabled: t.exposeBoolean("enabled", { description: "False once disabled (by a person, or after 10 failures in a row)" }),
    disabledReason: t.string({ nullable: true, description: "Why it is disabled", resolve: (n) => (n.enabled ? null : n.disabledReason || null) }),
    failures: t.exposeInt("failures", { description: "Deliveries failed in a row" }),
    deliveries: t.connection(
      {
        type: Delivery,
        description: "Its deliveries, newest first (at most 100 a page, 20 by default)",
        complexity: (args) => ({ field: 1, multiplier: Math.min(100, args.first ?? args.last ?? 20) }),
        resolve: async (n, args, ctx) => {
          const [page, totalCount] = await Promise.all([
            resolveOffsetConnection({ args, defaultSize: 20, maxSize: 100 }, ({ offset, limit }) => ctx.notifiers.deliveries(n.id, offset, limit)),
            ctx.notifiers.countDeliveries(n.id),
          ]);
          return { ...page, totalCount };
        },
      },
      { name: "DeliveryConnection", description: "A page of deliveries" },
      { name: "DeliveryEdge", description: "A delivery and its cursor" },
    ),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was added" }),
  }),
});

const AddNotifierPayload = builder.objectRef<{ notifier: NotifierRow; secret: string }>("AddNotifierPayload").implement({
  description: "A new notifier and its signing secret, shown this once",
  fields: (t) => ({
    notifier: t.field({ type: Notifier, description: "The notifier", resolve: (c) => c.notifier }),
    secret: t.exposeString("secret", { description: 'The Standard Webhooks secret ("whsec_…") to verify signatures with; never shown again' }),
  }),
});

const TestNotifierPayload = builder.objectRef<Attempt>("TestNotifierPayload").implement({
  description: "How a test message went",
  fields: (t) => ({
    ok: t.exposeBoolean("ok", { description: "Whether the target accepted it" }),
    statusCode: t.exposeInt("statusCode", { nullable: true, description: "A webhook receiver's answer" }),
    error: t.exposeString("error", { nullable: true, description: "Why it failed" }),
  }),
});

const notifierFields = (t: Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0]) => ({
  events: t.field({ type: [NotifierEvent], required: false, description: "Default: all" }),
  allowPrivateAddress: t.boolean({ required: false, description: "Let it reach a private address (a Gotify or Jellyfin at home)" }),
  presetIds: t.idList({ required: false, description: "Only tasks of these presets" }),
  feedIds: t.idList({ required: false, description: "Only tasks and checks of these feeds" }),
});

const AddNotifierInput = builder.inputType("AddNotifierInput", {
  description: "A new notifier",
  fields: (t) => ({
    name: t.string({ required: true, description: "For people" }),
    url: t.string({ required: true, description: "https://… for a webhook, else an Apprise URL (ntfy://, discord://, tgram://, gotify://, mailto://, json://, …)" }),
    ...notifierFields(t),
  }),
});

const UpdateNotifierInput = builder.inputType("UpdateNotifierInput", {
  description: "What to change; enabled: true enables a disabled one again",
  fields: (t) => ({
    name: t.string({ required: false, description: "For people" }),
    url: t.string({ required: false, description: "A new target" }),
    enabled: t.boolean({ required: false, description: "Enable or disable it" }),
    ...notifierFields(t),
  }),
});

type Input = typeof UpdateNotifierInput.$inferInput;
const notifierInput = (input: Input) => ({
  name: input.name ?? undefined,
  url: input.url ?? undefined,
  enabled: input.enabled ?? undefined,
  events: input.events ?? undefined,
  allowPrivateAddress: input.allowPrivateAddress ?? undefined,
  presetIds: input.presetIds?.map(String),
  feedIds: input.feedIds?.map(String),
});

const errors = (description: string) => ({ types: [InputError, NotFoundError], directResult: true as const, union: { description } });

builder.queryFields((t) => ({
  notifiers: t.field({ type: [Notifier], description: "Every notifier", complexity: { field: 1, multiplier: 100 }, resolve: (_root, _args, ctx) => ctx.notifiers.list() }),
  notifier: t.field({
    type: Notifier,
    nullable: true,
    description: "One notifier; null when there is none with that id",
    args: { id: t.arg.id({ required: true, description: "The notifier's id" }) },
    resolve: (_root, args, ctx) => ctx.notifiers.get(String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  addNotifier: t.field({
    type: AddNotifierPayload,
    description: "Adds a notifier; its secret is in the answer, this once",
    errors: errors("The new notifier and its secret, or why it was refused"),
    args: { input: t.arg({ type: AddNotifierInput, required: true, description: "The notifier" }) },
    resolve: (_root, { input }, ctx) => ctx.notifiers.add({ ...notifierInput(input), name: input.name, url: input.url }),
  }),
  updateNotifier: t.field({
    type: Notifier,
    description: "Changes a notifier",
    errors: errors("The changed notifier, or why it was refused"),
    args: { id: t.arg.id({ required: true, description: "The notifier's id" }), input: t.arg({ type: UpdateNotifierInput, required: true, description: "What to change" }) },
    resolve: (_root, { id, input }, ctx) => ctx.notifiers.update(String(id), notifierInput(input)),
  }),
  removeNotifier: t.field({
    type: Notifier,
    description: "Removes a notifier and its deliveries",
    errors: errors("The removed notifier, or NotFoundError"),
    args: { id: t.arg.id({ required: true, description: "The notifier's id" }) },
    resolve: (_root, { id }, ctx) => ctx.notifiers.remove(String(id)),
  }),
  testNotifier: t.field({
    type: TestNotifierPayload,
    description: "Sends a test message now and says how it went",
    errors: errors("How it went, or NotFoundError"),
    args: { id: t.arg.id({ required: true, description: "The notifier's id" }) },
    resolve: (_root, { id }, ctx) => ctx.notifiers.test(String(id)),
  }),
  redeliver: t.field({
    type: Delivery,
    description: "Sends a delivery again, with the same id, from its first attempt",
    errors: errors("The delivery, or NotFoundError"),
    args: { deliveryId: t.arg.id({ required: true, description: "The delivery's id" }) },
    resolve: (_root, { deliveryId }, ctx) => ctx.notifiers.redeliver(String(deliveryId)),
  }),
}));
