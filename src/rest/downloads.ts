import type { IncomingMessage, ServerResponse } from "node:http";
import type { RestDownloadFragment } from "../gql/graphql.js";
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
import { sendFile } from "./files.js";
import { execute, type Yoga } from "./graphql.js";
import { readJsonBody, RestError, sendJson } from "./http.js";
import { booleanParam, downloadType, nonNegativeInt, queryParams, statusList, stringField } from "./params.js";

export type Params = Record<string, string | undefined>;
export type Handler = (yoga: Yoga, req: IncomingMessage, res: ServerResponse, params: Params) => Promise<void>;

/** The contract uses lowercase strings where GraphQL has enums. */
const toContract = (d: RestDownloadFragment) => ({
  ...d,
  status: d.status.toLowerCase(),
  download_type: d.download_type.toLowerCase(),
});

const notFound = (id: string | undefined) => new RestError(404, "NOT_FOUND", `no download with id ${id}`);

export const listDownloads: Handler = async (yoga, req, res) => {
  const params = queryParams(req.url, ["status", "download_type", "limit", "offset"]);
  const data = await execute(yoga, ListDownloads, {
    status: statusList(params),
    downloadType: downloadType(params.get("download_type"), "download_type"),
    limit: nonNegativeInt(params, "limit"),
    offset: nonNegativeInt(params, "offset"),
  });
  sendJson(res, 200, data.downloads.map(toContract));
};

export const getDownload: Handler = async (yoga, req, res, { id }) => {
  queryParams(req.url, []);
  const { download } = await execute(yoga, GetDownload, { id: id! });
  if (!download) throw notFound(id);
  sendJson(res, 200, toContract(download));
};

export const addDownload: Handler = async (yoga, req, res) => {
  queryParams(req.url, []);
  const body = await readJsonBody(req);
  const data = await execute(yoga, AddDownload, {
    input: {
      url: stringField(body, "url", true)!,
      downloadType: downloadType(stringField(body, "download_type", false), "download_type"),
      quality: stringField(body, "quality", false),
    },
  });
  sendJson(res, 201, data.addDownload.map(toContract));
};

export const cancelDownload: Handler = async (yoga, req, res, { id }) => {
  queryParams(req.url, []);
  const { cancelDownload } = await execute(yoga, CancelDownload, { id: id! });
  sendJson(res, 200, toContract(cancelDownload));
};

export const retryDownload: Handler = async (yoga, req, res, { id }) => {
  queryParams(req.url, []);
  const { retryDownload } = await execute(yoga, RetryDownload, { id: id! });
  sendJson(res, 200, toContract(retryDownload));
};

export const removeDownload: Handler = async (yoga, req, res, { id }) => {
  const params = queryParams(req.url, ["delete_file"]);
  await execute(yoga, RemoveDownload, { id: id!, deleteFile: booleanParam(params, "delete_file") ?? false });
  res.writeHead(204).end();
};

export const clearDownloads: Handler = async (yoga, req, res) => {
  const params = queryParams(req.url, ["status"]);
  const { clearDownloads } = await execute(yoga, ClearDownloads, { status: statusList(params) });
  sendJson(res, 200, { deleted: clearDownloads });
};

export const downloadFile: Handler = async (yoga, req, res, { id }) => {
  queryParams(req.url, []);
  const { download } = await execute(yoga, DownloadFile, { id: id! });
  if (!download) throw notFound(id);
  if (download.status !== "COMPLETED" || !download.filePath) {
    throw new RestError(409, "CONFLICT", `download ${id} is ${download.status.toLowerCase()}; its file is ready once completed`);
  }
  await sendFile(req, res, download.filePath, { maxAgeSeconds: 0, downloadName: download.filename });
};

export const getThumbnail: Handler = async (yoga, req, res, { id }) => {
  queryParams(req.url, []);
  const { download } = await execute(yoga, Thumbnail, { id: id! });
  if (!download?.thumbnailPath) throw new RestError(404, "NOT_FOUND", `no thumbnail for download ${id}`);
  await sendFile(req, res, download.thumbnailPath, { maxAgeSeconds: 86_400 });
};
