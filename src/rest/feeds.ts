import type { RestFeedFragment } from "../gql/graphql.js";
import { toContract, type Handler } from "./downloads.js";
import { AddFeed, CheckFeed, GetFeed, ListFeeds, RemoveFeed, UpdateFeed } from "./documents-settings.js";
import { succeeded } from "./graphql.js";
import { readJsonBody, RestError, sendJson } from "./http.js";
import { optionsInput } from "./options.js";
import { booleanParam, downloadType, queryParams, stringField } from "./params.js";

const FEED_FIELDS = ["url", "title", "enabled", "preset_id", "download_type", "quality", "options", "check_every_minutes", "backfill", "filters"];
const FILTER_NAMES = {
  title_matches: "titleMatches",
  title_excludes: "titleExcludes",
  min_duration_seconds: "minDurationSeconds",
  max_duration_seconds: "maxDurationSeconds",
  published_after: "publishedAfter",
  max_new_per_check: "maxNewPerCheck",
} as const;

const bad = (field: string, reason: string) => new RestError(400, "BAD_REQUEST", `${field}: ${reason}`);

/** A feed as REST shows it: snake_case. */
const toRest = (f: RestFeedFragment) => ({
  id: f.id,
  url: f.url,
  title: f.title,
  enabled: f.enabled,
  check_every_minutes: f.checkEveryMinutes,
  preset_id: f.preset?.id ?? null,
  download_type: f.downloadType?.toLowerCase() ?? null,
  quality: f.quality ?? null,
  filters: Object.fromEntries(Object.entries(FILTER_NAMES).map(([rest, gql]) => [rest, f.filters[gql] ?? null])),
  last_checked_at: f.lastCheckedAt ?? null,
  next_check_at: f.nextCheckAt,
  last_error: f.lastError ?? null,
  failures: f.failures,
  entry_count: f.entryCount,
});

const integer = (body: Record<string, unknown>, name: string) => {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value)) throw bad(name, "must be a whole number");
  return value as number;
};

/** A feed's fields from a JSON body, refusing unknown ones by name. */
function feedInput(body: Record<string, unknown>) {
  const unknown = Object.keys(body).find((key) => !FEED_FIELDS.includes(key));
  if (unknown) throw bad(unknown, `unknown field; a feed has ${FEED_FIELDS.join(", ")}`);
  if (body.enabled !== undefined && typeof body.enabled !== "boolean") throw bad("enabled", "must be true or false");
  const filters = body.filters;
  if (filters !== undefined && (typeof filters !== "object" || filters === null || Array.isArray(filters))) throw bad("filters", "must be an object");
  const filterInput: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filters ?? {})) {
    const key = FILTER_NAMES[name as keyof typeof FILTER_NAMES];
    if (!key) throw bad(`filters.${name}`, `unknown filter; the filters are ${Object.keys(FILTER_NAMES).join(", ")}`);
    filterInput[key] = value;
  }
  return {
    title: stringField(body, "title", false),
    enabled: body.enabled as boolean | undefined,
    presetId: stringField(body, "preset_id", false),
    downloadType: downloadType(stringField(body, "download_type", false), "download_type"),
    quality: stringField(body, "quality", false),
    options: optionsInput(body.options),
    checkEveryMinutes: integer(body, "check_every_minutes"),
    filters: filters === undefined ? undefined : filterInput,
  };
}

export const listFeeds: Handler = async (api, req, res) => {
  queryParams(req.url, []);
  sendJson(res, 200, (await api.run(ListFeeds, {})).feeds.map(toRest));
};

export const getFeed: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { feed } = await api.run(GetFeed, { id: id! });
  if (!feed) throw new RestError(404, "NOT_FOUND", `no feed with id ${id}`);
  sendJson(res, 200, toRest(feed));
};

export const addFeed: Handler = async (api, req, res) => {
  queryParams(req.url, []);
  const body = await readJsonBody(req);
  const { enabled: _enabled, ...input } = feedInput(body);
  const { addFeed } = await api.run(AddFeed, { input: { ...input, url: stringField(body, "url", true)!, backfill: integer(body, "backfill") } });
  sendJson(res, 201, toRest(succeeded(addFeed)));
};

export const updateFeed: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const body = await readJsonBody(req);
  if (body.url !== undefined || body.backfill !== undefined) throw bad(body.url !== undefined ? "url" : "backfill", "is set when a feed is added; add another feed instead");
  const { updateFeed } = await api.run(UpdateFeed, { id: id!, input: feedInput(body) });
  sendJson(res, 200, toRest(succeeded(updateFeed)));
};

export const removeFeed: Handler = async (api, req, res, { id }) => {
  const params = queryParams(req.url, ["remove_downloads"]);
  succeeded((await api.run(RemoveFeed, { id: id!, removeDownloads: booleanParam(params, "remove_downloads") ?? false })).removeFeed);
  res.writeHead(204).end();
};

export const checkFeed: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { check } = succeeded((await api.run(CheckFeed, { id: id! })).checkFeed);
  sendJson(res, 200, { ...check, downloads: check.downloads.map(toContract) });
};
