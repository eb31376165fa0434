/** The documents the REST layer runs for presets and feeds (tasks: documents.ts). */
import { graphql } from "../gql/index.js";

export const RestPresetFields = graphql(`
  fragment RestPreset on Preset {
    id
    name
    downloadType
    quality
    isDefault
    hasCookies
    createdAt
    updatedAt
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
      sponsorBlockRemove
      sponsorBlockMark
      rateLimit
      folder
      ytdlpArgs
    }
  }
`);

export const ListPresets = graphql(`
  query RestListPresets {
    presets {
      ...RestPreset
    }
  }
`);

export const GetPreset = graphql(`
  query RestGetPreset($id: ID!) {
    preset(id: $id) {
      ...RestPreset
    }
  }
`);

export const CreatePreset = graphql(`
  mutation RestCreatePreset($input: CreatePresetInput!) {
    createPreset(input: $input) {
      ...RestFailure
      ...RestPreset
    }
  }
`);

export const UpdatePreset = graphql(`
  mutation RestUpdatePreset($id: ID!, $input: UpdatePresetInput!) {
    updatePreset(id: $id, input: $input) {
      ...RestFailure
      ...RestPreset
    }
  }
`);

export const DeletePreset = graphql(`
  mutation RestDeletePreset($id: ID!) {
    deletePreset(id: $id) {
      ...RestFailure
      ...RestPreset
    }
  }
`);

export const SetPresetCookies = graphql(`
  mutation RestSetPresetCookies($id: ID!, $cookies: String!) {
    setPresetCookies(id: $id, cookies: $cookies) {
      ...RestFailure
      ...RestPreset
    }
  }
`);

export const ClearPresetCookies = graphql(`
  mutation RestClearPresetCookies($id: ID!) {
    clearPresetCookies(id: $id) {
      ...RestFailure
      ...RestPreset
    }
  }
`);

export const RestFeedFields = graphql(`
  fragment RestFeed on Feed {
    id
    url
    title
    enabled
    checkEveryMinutes
    lastCheckedAt
    nextCheckAt
    lastError
    failures
    entryCount
    downloadType
    quality
    preset {
      id
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

export const ListFeeds = graphql(`
  query RestListFeeds {
    feeds {
      ...RestFeed
    }
  }
`);

export const GetFeed = graphql(`
  query RestGetFeed($id: ID!) {
    feed(id: $id) {
      ...RestFeed
    }
  }
`);

export const AddFeed = graphql(`
  mutation RestAddFeed($input: AddFeedInput!) {
    addFeed(input: $input) {
      ...RestFailure
      ...RestFeed
    }
  }
`);

export const UpdateFeed = graphql(`
  mutation RestUpdateFeed($id: ID!, $input: UpdateFeedInput!) {
    updateFeed(id: $id, input: $input) {
      ...RestFailure
      ...RestFeed
    }
  }
`);

export const RemoveFeed = graphql(`
  mutation RestRemoveFeed($id: ID!, $removeDownloads: Boolean) {
    removeFeed(id: $id, removeDownloads: $removeDownloads) {
      ...RestFailure
      ...RestFeed
    }
  }
`);

export const CheckFeed = graphql(`
  mutation RestCheckFeed($id: ID!) {
    checkFeed(id: $id) {
      ...RestFailure
      ... on CheckFeedPayload {
        check {
          found
          new
          queued
          filtered
          downloads {
            ...RestDownload
          }
        }
      }
    }
  }
`);
