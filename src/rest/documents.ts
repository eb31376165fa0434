import { graphql } from "../gql/index.js";

// Aliases give the contract's snake_case names; see test/fixtures/downloads-api.txt.
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

graphql(`
  fragment RestFailure on Error {
    code
    message
  }
`);

export const ListDownloads = graphql(`
  query RestListDownloads($status: [DownloadStatus!], $downloadType: DownloadType, $limit: Int, $offset: Int) {
    downloads(status: $status, downloadType: $downloadType, limit: $limit, offset: $offset) {
      ...RestDownload
    }
  }
`);

export const GetDownload = graphql(`
  query RestGetDownload($id: ID!) {
    download(id: $id) {
      ...RestDownload
    }
  }
`);

export const AddDownload = graphql(`
  mutation RestAddDownload($input: AddDownloadInput!) {
    addDownload(input: $input) {
      ...RestFailure
      ... on AddDownloadPayload {
        downloads {
          ...RestDownload
        }
      }
    }
  }
`);

export const CancelDownload = graphql(`
  mutation RestCancelDownload($id: ID!) {
    cancelDownload(id: $id) {
      ...RestFailure
      ...RestDownload
    }
  }
`);

export const RetryDownload = graphql(`
  mutation RestRetryDownload($id: ID!) {
    retryDownload(id: $id) {
      ...RestFailure
      ...RestDownload
    }
  }
`);

export const RemoveDownload = graphql(`
  mutation RestRemoveDownload($id: ID!, $deleteFile: Boolean) {
    removeDownload(id: $id, deleteFile: $deleteFile) {
      ...RestFailure
    }
  }
`);

export const ClearDownloads = graphql(`
  mutation RestClearDownloads($status: [DownloadStatus!]) {
    clearDownloads(status: $status) {
      ...RestFailure
      ... on ClearDownloadsPayload {
        count
      }
    }
  }
`);

export const DownloadFile = graphql(`
  query RestDownloadFile($id: ID!) {
    download(id: $id) {
      status
      filename
      files {
        name
        kind
      }
    }
  }
`);

export const Thumbnail = graphql(`
  query RestThumbnail($id: ID!) {
    download(id: $id) {
      thumbnailFile
    }
  }
`);
