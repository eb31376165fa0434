import type { IncomingMessage } from "node:http";
import type { RestPresetFragment } from "../gql/graphql.js";
import { MAX_COOKIES_BYTES } from "../presets/cookies.js";
import type { Handler } from "./downloads.js";
import { ClearPresetCookies, CreatePreset, DeletePreset, GetPreset, ListPresets, SetPresetCookies, UpdatePreset } from "./documents-settings.js";
import { succeeded } from "./graphql.js";
import { readBody, readJsonBody, RestError, sendJson } from "./http.js";
import { optionsInput, optionsOutput } from "./options.js";
import { downloadType, queryParams, stringField } from "./params.js";

const PRESET_FIELDS = ["name", "download_type", "quality", "options", "is_default"];

/** A preset as REST shows it: snake_case; its cookies only as has_cookies. */
const toRest = (p: RestPresetFragment) => ({
  id: p.id,
  name: p.name,
  download_type: p.downloadType.toLowerCase(),
  quality: p.quality,
  options: optionsOutput(p.options),
  is_default: p.isDefault,
  has_cookies: p.hasCookies,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
});

const notFound = (id: string | undefined) => new RestError(404, "NOT_FOUND", `no preset with id ${id}`);

/** A preset's fields from a JSON body, refusing unknown ones by name. */
function presetInput(body: Record<string, unknown>, nameRequired: boolean) {
  const unknown = Object.keys(body).find((key) => !PRESET_FIELDS.includes(key));
  if (unknown) throw new RestError(400, "BAD_REQUEST", `${unknown}: unknown field; a preset has ${PRESET_FIELDS.join(", ")}`);
  const isDefault = body.is_default;
  if (isDefault !== undefined && typeof isDefault !== "boolean") throw new RestError(400, "BAD_REQUEST", "is_default: must be true or false");
  return {
    name: stringField(body, "name", nameRequired),
    downloadType: downloadType(stringField(body, "download_type", false), "download_type"),
    quality: stringField(body, "quality", false),
    options: optionsInput(body.options),
    isDefault,
  };
}

export const listPresets: Handler = async (api, req, res) => {
  queryParams(req.url, []);
  sendJson(res, 200, (await api.run(ListPresets, {})).presets.map(toRest));
};

export const getPreset: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { preset } = await api.run(GetPreset, { id: id! });
  if (!preset) throw notFound(id);
  sendJson(res, 200, toRest(preset));
};

export const createPreset: Handler = async (api, req, res) => {
  queryParams(req.url, []);
  const input = presetInput(await readJsonBody(req), true);
  const { createPreset } = await api.run(CreatePreset, { input: { ...input, name: input.name! } });
  sendJson(res, 201, toRest(succeeded(createPreset)));
};

export const updatePreset: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { updatePreset } = await api.run(UpdatePreset, { id: id!, input: presetInput(await readJsonBody(req), false) });
  sendJson(res, 200, toRest(succeeded(updatePreset)));
};

export const deletePreset: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  succeeded((await api.run(DeletePreset, { id: id! })).deletePreset);
  res.writeHead(204).end();
};

/** The cookies file as the body (text/plain, at most MAX_COOKIES_BYTES); answers the preset, never the cookies. */
export const putPresetCookies: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { setPresetCookies } = await api.run(SetPresetCookies, { id: id!, cookies: await readTextBody(req) });
  sendJson(res, 200, toRest(succeeded(setPresetCookies)));
};

export const deletePresetCookies: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  sendJson(res, 200, toRest(succeeded((await api.run(ClearPresetCookies, { id: id! })).clearPresetCookies)));
};

async function readTextBody(req: IncomingMessage): Promise<string> {
  if (!/^text\/plain\b/i.test(req.headers["content-type"] ?? "")) {
    throw new RestError(415, "UNSUPPORTED_MEDIA_TYPE", "send the cookies file as the body (content-type: text/plain)");
  }
  return readBody(req, MAX_COOKIES_BYTES, () => new RestError(413, "PAYLOAD_TOO_LARGE", `a cookies file is at most ${MAX_COOKIES_BYTES} bytes`));
}
