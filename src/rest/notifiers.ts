import type { NotifierEvent, RestNotifierFragment } from "../gql/graphql.js";
import { NOTIFIER_EVENTS } from "../domain/vocabulary.js";
import type { Handler } from "./downloads.js";
import { AddNotifier, GetNotifier, ListNotifiers, RemoveNotifier, TestNotifier, UpdateNotifier } from "./documents-notifiers.js";
import { succeeded } from "./graphql.js";
import { readJsonBody, RestError, sendJson } from "./http.js";
import { queryParams, stringField } from "./params.js";

const FIELDS = ["name", "url", "events", "allow_private_address", "preset_ids", "feed_ids", "enabled"];
const bad = (field: string, reason: string) => new RestError(400, "BAD_REQUEST", `${field}: ${reason}`);

/** A notifier as REST shows it: snake_case, events as "download.completed"; never its secret or credentials. */
const toRest = (n: RestNotifierFragment) => ({
  id: n.id,
  name: n.name,
  url: n.url,
  events: n.events.map((event) => event.toLowerCase().replace("_", ".")),
  preset_ids: n.presetIds,
  feed_ids: n.feedIds,
  allow_private_address: n.allowPrivateAddress,
  enabled: n.enabled,
  disabled_reason: n.disabledReason ?? null,
  failures: n.failures,
  created_at: n.createdAt,
});

const list = (body: Record<string, unknown>, name: string) => {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw bad(name, "must be a list of strings");
  return value as string[];
};

function notifierInput(body: Record<string, unknown>) {
  const unknown = Object.keys(body).find((key) => !FIELDS.includes(key));
  if (unknown) throw bad(unknown, `unknown field; a notifier has ${FIELDS.join(", ")}`);
  for (const name of ["allow_private_address", "enabled"]) if (body[name] !== undefined && typeof body[name] !== "boolean") throw bad(name, "must be true or false");
  const events = list(body, "events");
  const wrong = events?.find((event) => !(NOTIFIER_EVENTS as readonly string[]).includes(event));
  if (wrong !== undefined) throw bad("events", `"${wrong.slice(0, 40)}" is not an event; use ${NOTIFIER_EVENTS.join(", ")}`);
  return {
    name: stringField(body, "name", false),
    url: stringField(body, "url", false),
    events: events?.map((event) => event.replace(".", "_").toUpperCase() as NotifierEvent),
    allowPrivateAddress: body.allow_private_address as boolean | undefined,
    presetIds: list(body, "preset_ids"),
    feedIds: list(body, "feed_ids"),
    enabled: body.enabled as boolean | undefined,
  };
}

export const listNotifiers: Handler = async (api, req, res) => {
  queryParams(req.url, []);
  sendJson(res, 200, (await api.run(ListNotifiers, {})).notifiers.map(toRest));
};

export const getNotifier: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { notifier } = await api.run(GetNotifier, { id: id! });
  if (!notifier) throw new RestError(404, "NOT_FOUND", `no notifier with id ${id}`);
  const deliveries = notifier.deliveries.edges.map(({ node: d }) => ({
    id: d.id,
    type: d.type,
    status: d.status.toLowerCase(),
    attempts: d.attempts,
    status_code: d.statusCode ?? null,
    error: d.error ?? null,
    created_at: d.createdAt,
    delivered_at: d.deliveredAt ?? null,
  }));
  sendJson(res, 200, { ...toRest(notifier), deliveries });
};

/** 201 with the notifier and its secret, shown this once. */
export const addNotifier: Handler = async (api, req, res) => {
  queryParams(req.url, []);
  const body = await readJsonBody(req);
  const { enabled: _enabled, ...input } = notifierInput(body);
  const { addNotifier } = await api.run(AddNotifier, { input: { ...input, name: stringField(body, "name", true)!, url: stringField(body, "url", true)! } });
  const created = succeeded(addNotifier);
  sendJson(res, 201, { ...toRest(created.notifier), secret: created.secret });
};

export const updateNotifier: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  sendJson(res, 200, toRest(succeeded((await api.run(UpdateNotifier, { id: id!, input: notifierInput(await readJsonBody(req)) })).updateNotifier)));
};

export const removeNotifier: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  succeeded((await api.run(RemoveNotifier, { id: id! })).removeNotifier);
  res.writeHead(204).end();
};

export const testNotifier: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { ok, statusCode, error } = succeeded((await api.run(TestNotifier, { id: id! })).testNotifier);
  sendJson(res, 200, { ok, status_code: statusCode ?? null, error: error ?? null });
};
