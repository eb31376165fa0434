import type { IncomingMessage, ServerResponse } from "node:http";
import { graphql } from "../gql/index.js";
import type { RestDownloadFragment } from "../gql/graphql.js";
import { execute, type Yoga } from "./graphql.js";
import { sendFile } from "./files.js";
import { readJsonBody, RestError, sendJson } from "./http.js";

export type Params = Record<string, string | undefined>;

// Aliases give the contract's snake_case names; see ../shared/seed/downloads-api.txt.
graphql(`
  fragment RestDownload on Download {
    id
    url
    title
    thumbnail
    status
    progress
    speed
    eta
    filesize
    downloaded_bytes: downloadedBytes
    format_note: formatNote
    is_playlist: isPlaylist
    playlist_index: playlistIndex
    playlist_total: playlistTotal
    filename
    quality
    download_type: downloadType
    error_message: errorMessage
    created_at: createdAt
    completed_at: completedAt
  }
`);

const ListDownloads = graphql(`
  query RestListDownloads {
    downloads {
      ...RestDownload
    }
  }
`);

const AddDownload = graphql(`
  mutation RestAddDownload($input: AddDownloadInput!) {
    addDownload(input: $input) {
      ...RestDownload
    }
  }
`);

/** The contract uses lowercase strings where GraphQL has enums. */
export const toContract = (d: RestDownloadFragment) => ({
  ...d,
  status: d.status.toLowerCase(),
  download_type: d.download_type.toLowerCase(),
});

export async function listDownloads(yoga: Yoga, _req: IncomingMessage, res: ServerResponse) {
  const data = await execute(yoga, ListDownloads, {});
  sendJson(res, 200, data.downloads.map(toContract));
}

export async function addDownload(yoga: Yoga, req: IncomingMessage, res: ServerResponse) {
  const body = await readJsonBody(req);
  const data = await execute(yoga, AddDownload, {
    input: {
      url: stringField(body, "url", true),
      downloadType: downloadTypeField(body),
      quality: stringField(body, "quality", false),
    },
  });
  sendJson(res, 201, data.addDownload.map(toContract));
}

function stringField(body: Record<string, unknown>, name: string, required: true): string;
function stringField(body: Record<string, unknown>, name: string, required: false): string | undefined;
function stringField(body: Record<string, unknown>, name: string, required: boolean) {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== "string") throw new RestError(400, "BAD_REQUEST", `${name}: must be a string`);
  return value;
}

function downloadTypeField(body: Record<string, unknown>) {
  const value = stringField(body, "download_type", false);
  if (value === undefined) return undefined;
  if (value !== "video" && value !== "audio") {
    throw new RestError(400, "BAD_REQUEST", 'download_type: must be "video" or "audio"');
  }
  return value === "audio" ? "AUDIO" : "VIDEO";
}

const Thumbnail = graphql(`
  query RestThumbnail($id: ID!) {
    download(id: $id) {
      thumbnailPath
    }
  }
`);

export async function getThumbnail(yoga: Yoga, req: IncomingMessage, res: ServerResponse, params: Params) {
  const { download } = await execute(yoga, Thumbnail, { id: params.id! });
  if (!download?.thumbnailPath) throw new RestError(404, "NOT_FOUND", `no thumbnail for download ${params.id}`);
  await sendFile(req, res, download.thumbnailPath, { maxAgeSeconds: 86_400 });
}
