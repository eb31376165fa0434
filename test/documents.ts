import { graphql } from "../src/gql/index.js";

graphql(`
  fragment TestDownload on Download {
    id
    url
    title
    thumbnail
    status
    progress
    speed
    eta
    filesize
    downloadedBytes
    formatNote
    isPlaylist
    playlistIndex
    playlistTotal
    groupId
    filename
    quality
    downloadType
    errorMessage
    createdAt
    startedAt
    completedAt
  }
`);

graphql(`
  fragment TestFailure on Error {
    code
    message
    ... on InvalidInputError {
      field
    }
  }
`);

export const AddDownload = graphql(`
  mutation TestAddDownload($input: AddDownloadInput!) {
    addDownload(input: $input) {
      __typename
      ...TestFailure
      ... on AddDownloadPayload {
        downloads {
          ...TestDownload
        }
      }
    }
  }
`);

export const GetDownload = graphql(`
  query TestGetDownload($id: ID!) {
    download(id: $id) {
      ...TestDownload
    }
  }
`);

export const ListDownloads = graphql(`
  query TestListDownloads($status: [DownloadStatus!], $order: DownloadOrder) {
    downloads(status: $status, order: $order) {
      ...TestDownload
    }
  }
`);

export const WatchDownload = graphql(`
  subscription TestWatchDownload($id: ID) {
    downloadUpdated(id: $id) {
      id
      status
      progress
      downloadedBytes
    }
  }
`);

export const WatchEvents = graphql(`
  subscription TestWatchEvents {
    downloadEvents {
      __typename
      download {
        id
        status
        progress
      }
      ... on DownloadStatusChanged {
        previousStatus
      }
    }
  }
`);

export const CancelDownload = graphql(`
  mutation TestCancelDownload($id: ID!) {
    cancelDownload(id: $id) {
      __typename
      ...TestFailure
      ...TestDownload
    }
  }
`);

export const RetryDownload = graphql(`
  mutation TestRetryDownload($id: ID!) {
    retryDownload(id: $id) {
      __typename
      ...TestFailure
      ...TestDownload
    }
  }
`);

export const RemoveDownload = graphql(`
  mutation TestRemoveDownload($id: ID!, $deleteFile: Boolean) {
    removeDownload(id: $id, deleteFile: $deleteFile) {
      __typename
      ...TestFailure
      ... on RemoveDownloadPayload {
        removedId
        download {
          status
        }
      }
    }
  }
`);

export const ClearDownloads = graphql(`
  mutation TestClearDownloads($status: [DownloadStatus!]) {
    clearDownloads(status: $status) {
      __typename
      ...TestFailure
      ... on ClearDownloadsPayload {
        count
        clearedIds
      }
    }
  }
`);

export const GroupOf = graphql(`
  query TestGroupOf($id: ID!) {
    download(id: $id) {
      group {
        ...TestDownload
        fileUrl
      }
    }
  }
`);

export const CancelGroup = graphql(`
  mutation TestCancelGroup($groupId: ID!) {
    cancelGroup(groupId: $groupId) {
      __typename
      ...TestFailure
      ... on CancelGroupPayload {
        downloads {
          id
          status
        }
      }
    }
  }
`);
