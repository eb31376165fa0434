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
    groupId
    filename
    fileUrl
    thumbnailUrl
    downloadType
    quality
    errorMessage
    createdAt
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
  mutation WebAdd($input: AddDownloadInput!) {
    addDownload(input: $input) {
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
  mutation WebClear {
    clearDownloads {
      __typename
      ...WebFailure
    }
  }
`);

graphql(`
  fragment WebPreset on Preset {
    id
    name
    downloadType
    quality
    isDefault
    hasCookies
    options {
      container
      audioFormat
      subtitles {
        languages
        embed
        format
        automatic
      }
      embedMetadata
      embedThumbnail
      embedChapters
      splitChapters
      rateLimit
      folder
    }
  }
`);

export const Presets = graphql(`
  query WebPresets {
    presets {
      ...WebPreset
    }
  }
`);

export const CreatePreset = graphql(`
  mutation WebCreatePreset($input: CreatePresetInput!) {
    createPreset(input: $input) {
      __typename
      ...WebFailure
    }
  }
`);

export const UpdatePreset = graphql(`
  mutation WebUpdatePreset($id: ID!, $input: UpdatePresetInput!) {
    updatePreset(id: $id, input: $input) {
      __typename
      ...WebFailure
    }
  }
`);

export const DeletePreset = graphql(`
  mutation WebDeletePreset($id: ID!) {
    deletePreset(id: $id) {
      __typename
      ...WebFailure
    }
  }
`);

export const SetPresetCookies = graphql(`
  mutation WebSetPresetCookies($id: ID!, $cookies: String!) {
    setPresetCookies(id: $id, cookies: $cookies) {
      __typename
      ...WebFailure
    }
  }
`);

export const ClearPresetCookies = graphql(`
  mutation WebClearPresetCookies($id: ID!) {
    clearPresetCookies(id: $id) {
      __typename
      ...WebFailure
    }
  }
`);

graphql(`
  fragment WebFeed on Feed {
    id
    url
    title
    enabled
    checkEveryMinutes
    lastCheckedAt
    nextCheckAt
    lastError
    entryCount
    preset {
      id
      name
    }
    filters {
      titleMatches
      titleExcludes
      minDurationSeconds
      maxDurationSeconds
      publishedAfter
      maxNewPerCheck
    }
  }
`);

export const Feeds = graphql(`
  query WebFeeds {
    feeds {
      ...WebFeed
    }
  }
`);

export const FeedEntries = graphql(`
  query WebFeedEntries($id: ID!) {
    feed(id: $id) {
      id
      entries(first: 100) {
        edges {
          node {
            entryId
            title
            state
            reason
            download {
              id
              status
            }
          }
        }
      }
    }
  }
`);

export const AddFeed = graphql(`
  mutation WebAddFeed($input: AddFeedInput!) {
    addFeed(input: $input) {
      __typename
      ...WebFailure
    }
  }
`);

export const UpdateFeed = graphql(`
  mutation WebUpdateFeed($id: ID!, $input: UpdateFeedInput!) {
    updateFeed(id: $id, input: $input) {
      __typename
      ...WebFailure
    }
  }
`);

export const RemoveFeed = graphql(`
  mutation WebRemoveFeed($id: ID!) {
    removeFeed(id: $id) {
      __typename
      ...WebFailure
    }
  }
`);

export const CheckFeed = graphql(`
  mutation WebCheckFeed($id: ID!) {
    checkFeed(id: $id) {
      __typename
      ...WebFailure
      ... on CheckFeedSuccess {
        check {
          queued
        }
      }
    }
  }
`);
