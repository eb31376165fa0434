import { graphql } from "./gql/index.js";

graphql(`
  fragment WebTask on Download {
    id
    url
    title
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
    playlistTitle
    groupId
    filename
    fileUrl
    thumbnailUrl
    downloadType
    quality
    errorMessage
    errorSummary
    createdAt
    completedAt
    updatedAt
    preset {
      id
      name
    }
    files {
      name
      kind
      url
    }
  }
`);

export const Tasks = graphql(`
  query WebTasks($offset: Int, $limit: Int) {
    downloads(order: NEWEST_FIRST, offset: $offset, limit: $limit) {
      ...WebTask
    }
    video: qualities(downloadType: VIDEO)
    audio: qualities(downloadType: AUDIO)
  }
`);

export const Events = graphql(`
  subscription WebEvents($after: String) {
    downloadEvents(after: $after) {
      __typename
      cursor
      download {
        ...WebTask
      }
    }
  }
`);

graphql(`
  fragment WebFailure on Error {
    code
    message
    ... on InvalidInputError {
      field
      reason
    }
  }
`);

/** A task's file and thumbnail links, signed anew (signed links last an hour). */
export const FreshLinks = graphql(`
  query WebFreshLinks($id: ID!) {
    download(id: $id) {
      fileUrl
      thumbnailUrl
    }
  }
`);

export const Add = graphql(`
  mutation WebAdd($inputs: [AddDownloadInput!]!) {
    addDownloads(inputs: $inputs) {
      __typename
      ...WebFailure
    }
  }
`);

export const Cancel = graphql(`
  mutation WebCancel($id: ID!) {
    cancelDownload(id: $id) {
      __typename
      ...WebFailure
    }
  }
`);

export const CancelGroup = graphql(`
  mutation WebCancelGroup($groupId: ID!) {
    cancelGroup(groupId: $groupId) {
      __typename
      ...WebFailure
    }
  }
`);

export const Retry = graphql(`
  mutation WebRetry($id: ID!) {
    retryDownload(id: $id) {
      __typename
      ...WebFailure
    }
  }
`);

export const Remove = graphql(`
  mutation WebRemove($id: ID!, $deleteFile: Boolean) {
    removeDownload(id: $id, deleteFile: $deleteFile) {
      __typename
      ...WebFailure
    }
  }
`);

export const Clear = graphql(`
  mutation WebClear($status: [DownloadStatus!]) {
    clearDownloads(status: $status) {
      __typename
      ...WebFailure
      ... on ClearDownloadsPayload {
        count
      }
    }
  }
`);

export const ServerFacts = graphql(`
  query WebServerFacts {
    serverInfo {
      version
      authRequired
    }
  }
`);

export const QueueState = graphql(`
  query WebQueueState {
    serverInfo {
      queuePaused
    }
  }
`);

export const PauseQueue = graphql(`
  mutation WebPauseQueue {
    pauseQueue {
      queuePaused
    }
  }
`);

export const ResumeQueue = graphql(`
  mutation WebResumeQueue {
    resumeQueue {
      queuePaused
    }
  }
`);

export const Prioritize = graphql(`
  mutation WebPrioritize($id: ID!) {
    prioritizeDownload(id: $id) {
      __typename
      ...WebFailure
    }
  }
`);
