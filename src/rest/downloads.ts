import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { Caller } from "../security/auth.js";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { RestDownloadFragment, RestListDownloadsQueryVariables } from "../gql/graphql.js";
import {
  AddDownload,
  CancelDownload,
  ClearDownloads,
  DownloadFile,
  GetDownload,
  ListDownloads,
  RemoveDownload,
  RetryDownload,
  Thumbnail,
} from "./documents.js";
import { MAX_PAGE_SIZE } from "../domain/order.js";
import { imageType } from "../security/image-type.js";
import { sendFile } from "./files.js";
import { execute, succeeded, type Yoga } from "./graphql.js";
import { readJsonBody, RestError, sendJson, sendJsonArray, sendJsonText } from "./http.js";
import { shortHash, type LiveListing } from "./listing.js";
import { optionsInput } from "./options.js";
import { booleanParam, downloadType, nonNegativeInt, queryParams, statusList, stringField } from "./params.js";

export type Params = Record<string, string | undefined>;
/** What a route needs: the schema to run documents on, who asks, and where files live. */
export type RestContext = {
  run<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
  listing: LiveListing;
  downloadDir: string;
  thumbnailDir: string;
};
export type Handler = (api: RestContext, req: IncomingMessage, res: ServerResponse, params: Params) => Promise<void>;

export function restContext(yoga: Yoga, caller: Caller | undefined, shared: Omit<RestContext, "run">): RestContext {
  return { run: (document, variables) => execute(yoga, document, variables, caller), ...shared };
}

/** Pages the listing asks for when the client wants everything (the contract's default): GraphQL's largest. */
const PAGE_SIZE = 10_000;

/** Links signed by the Download type's fileUrl / thumbnailUrl carry these. */
const LINK_PARAMS = ["expires", "signature"];

/** The contract's shape: lowercase strings where GraphQL has enums, "" where GraphQL has null. */
export function toContract(d: RestDownloadFragment) {
  return {
    ...d,
    thumbnail: d.thumbnail ?? "",
    status: d.status.toLowerCase(),
    speed: d.speed ?? "",
    eta: d.eta ?? "",
    format_note: d.format_note ?? "",
    filename: d.filename ?? "",
    download_type: d.download_type.toLowerCase(),
    error_message: d.error_message ?? "",
  };
}

/** `preset`: a preset's id or name. */
function presetRef(body: Record<string, unknown>): { presetId?: string; presetName?: string } {
  const preset = stringField(body, "preset", false);
  if (preset === undefined) return {};
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(preset) ? { presetId: preset } : { presetName: preset };
}

const notFound = (id: string | undefined) => new RestError(404, "NOT_FOUND", `no download with id ${id}`);

export const listDownloads: Handler = async (api, req, res) => {
  const params = queryParams(req.url, ["status", "download_type", "limit", "offset"]);
  const filter = { status: statusList(params), downloadType: downloadType(params.get("download_type"), "download_type") };
  const limit = nonNegativeInt(params, "limit");
  if (limit !== undefined && limit > MAX_PAGE_SIZE) throw new RestError(400, "BAD_REQUEST", `limit: must be between 0 and ${MAX_PAGE_SIZE}`);
  const offset = nonNegativeInt(params, "offset") ?? 0;
  const { elements, etag, fresh } = await api.listing.get(
    { ...filter, limit, offset },
    {
      all: async (query) => (query.limit != null ? (await api.run(ListDownloads, query)).downloads : readAll(api, query, query.offset ?? 0)),
      one: async (id) => (await api.run(GetDownload, { id })).download ?? null,
    },
    req.headers["if-none-match"],
  );
  if (fresh) return void res.writeHead(304, { etag }).end();
  await sendJsonArray(res, elements, etag ? { etag } : {});
};

/** Without a limit the contract returns every task: read page after page (GraphQL bounds a page). */
async function readAll(api: RestContext, filter: RestListDownloadsQueryVariables, offset: number): Promise<RestDownloadFragment[]> {
  const all: RestDownloadFragment[] = [];
  for (;;) {
    const { downloads } = await api.run(ListDownloads, { ...filter, limit: PAGE_SIZE, offset });
    all.push(...downloads);
    if (downloads.length < PAGE_SIZE) return all;
    offset += PAGE_SIZE;
  }
}

export const getDownload: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { download } = await api.run(GetDownload, { id: id! });
  if (!download) throw notFound(id);
  const body = JSON.stringify(toContract(download));
  const etag = `W/"${shortHash(body)}"`;
  if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
  sendJsonText(res, 200, body, { etag });
};

export const addDownload: Handler = async (api, req, res) => {
  queryParams(req.url, []);
  const body = await readJsonBody(req);
  const data = await api.run(AddDownload, {
    input: {
      url: stringField(body, "url", true)!,
      downloadType: downloadType(stringField(body, "download_type", false), "download_type"),
      quality: stringField(body, "quality", false),
      ...presetRef(body),
      options: optionsInput(body.options),
    },
  });
  sendJson(res, 201, succeeded(data.addDownload).downloads.map(toContract));
};

export const cancelDownload: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { cancelDownload } = await api.run(CancelDownload, { id: id! });
  sendJson(res, 200, toContract(succeeded(cancelDownload)));
};

export const retryDownload: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, []);
  const { retryDownload } = await api.run(RetryDownload, { id: id! });
  sendJson(res, 200, toContract(succeeded(retryDownload)));
};

export const removeDownload: Handler = async (api, req, res, { id }) => {
  const params = queryParams(req.url, ["delete_file"]);
  const { removeDownload } = await api.run(RemoveDownload, { id: id!, deleteFile: booleanParam(params, "delete_file") ?? false });
  succeeded(removeDownload);
  res.writeHead(204).end();
};

export const clearDownloads: Handler = async (api, req, res) => {
  const params = queryParams(req.url, ["status"]);
  const { clearDownloads } = await api.run(ClearDownloads, { status: statusList(params) });
  sendJson(res, 200, { deleted: succeeded(clearDownloads).count });
};

export const downloadFile: Handler = async (api, req, res, { id }) => {
  const params = queryParams(req.url, [...LINK_PARAMS, "inline"]);
  const { download } = await api.run(DownloadFile, { id: id! });
  if (!download) throw notFound(id);
  if (download.status !== "COMPLETED" || !download.filename) {
    throw new RestError(409, "CONFLICT", `download ${id} is ${download.status.toLowerCase()}; its file is ready once completed`);
  }
  // The media file, wherever its folder template put it (tasks from before folders: by file name).
  const media = download.files.find((file) => file.kind === "MEDIA")?.name ?? download.filename;
  await sendFile(req, res, inside(api.downloadDir, media), {
    maxAgeSeconds: 0,
    downloadName: download.filename,
    inline: booleanParam(params, "inline") ?? false,
  });
};

/** One of a task's files (a subtitle kept beside it, a chapter), by the last part of its name. */
export const downloadFileByName: Handler = async (api, req, res, { id, name }) => {
  const params = queryParams(req.url, [...LINK_PARAMS, "inline"]);
  const { download } = await api.run(DownloadFile, { id: id! });
  if (!download) throw notFound(id);
  const file = download.files.find((f) => f.kind !== "THUMBNAIL" && path.posix.basename(f.name) === name);
  if (!file) throw new RestError(404, "NOT_FOUND", `download ${id} has no file named ${JSON.stringify(name?.slice(0, 200))}`);
  await sendFile(req, res, inside(api.downloadDir, file.name), {
    maxAgeSeconds: 0,
    downloadName: path.posix.basename(file.name),
    inline: booleanParam(params, "inline") ?? false,
  });
};

export const getThumbnail: Handler = async (api, req, res, { id }) => {
  queryParams(req.url, LINK_PARAMS);
  const { download } = await api.run(Thumbnail, { id: id! });
  const none = () => new RestError(404, "NOT_FOUND", `no thumbnail for download ${id}`);
  if (!download?.thumbnailFile) throw none();
  const file = inside(api.thumbnailDir, download.thumbnailFile);
  // Served as what its bytes are, or not at all: a thumbnail is never HTML or script.
  const image = await imageType(file);
  if (!image) throw none();
  res.setHeader("content-type", image.type);
  await sendFile(req, res, file, { maxAgeSeconds: 86_400 });
};

/** A file name from the schema (relative, "/"-separated), resolved inside its folder; one that would leave it is refused. */
function inside(dir: string, name: string): string {
  const file = path.resolve(dir, ...name.split("/"));
  const relative = path.relative(dir, file);
  if (!relative || relative.startsWith("..") || path.isAbsolute(relative)) throw new RestError(404, "NOT_FOUND", "the file is gone");
  return file;
}
