/** The documents the page runs for presets and feeds (tasks: documents.ts). */
import { graphql } from "./gql/index.js";

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
      ... on CheckFeedPayload {
        check {
          queued
        }
      }
    }
  }
`);
