/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  subscription BenchEvents {\n    downloadEvents {\n      __typename\n      at\n      download {\n        id\n        status\n        progress\n        speed\n        eta\n      }\n    }\n  }\n": typeof types.BenchEventsDocument,
    "\n  mutation BenchAdd($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n    }\n  }\n": typeof types.BenchAddDocument,
    "\n  fragment RestNotifier on Notifier {\n    id\n    name\n    url\n    events\n    presetIds\n    feedIds\n    allowPrivateAddress\n    enabled\n    disabledReason\n    failures\n    createdAt\n  }\n": typeof types.RestNotifierFragmentDoc,
    "\n  query RestListNotifiers {\n    notifiers {\n      ...RestNotifier\n    }\n  }\n": typeof types.RestListNotifiersDocument,
    "\n  query RestGetNotifier($id: ID!) {\n    notifier(id: $id) {\n      ...RestNotifier\n      deliveries(first: 20) {\n        edges {\n          node {\n            id\n            type\n            status\n            attempts\n            statusCode\n            error\n            createdAt\n            deliveredAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.RestGetNotifierDocument,
    "\n  mutation RestAddNotifier($input: AddNotifierInput!) {\n    addNotifier(input: $input) {\n      ...RestFailure\n      ... on AddNotifierPayload {\n        secret\n        notifier {\n          ...RestNotifier\n        }\n      }\n    }\n  }\n": typeof types.RestAddNotifierDocument,
    "\n  mutation RestUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {\n    updateNotifier(id: $id, input: $input) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n": typeof types.RestUpdateNotifierDocument,
    "\n  mutation RestRemoveNotifier($id: ID!) {\n    removeNotifier(id: $id) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n": typeof types.RestRemoveNotifierDocument,
    "\n  mutation RestTestNotifier($id: ID!) {\n    testNotifier(id: $id) {\n      ...RestFailure\n      ... on TestNotifierPayload {\n        ok\n        statusCode\n        error\n      }\n    }\n  }\n": typeof types.RestTestNotifierDocument,
    "\n  fragment RestPreset on Preset {\n    id\n    name\n    downloadType\n    quality\n    isDefault\n    hasCookies\n    createdAt\n    updatedAt\n    options {\n      container\n      audioFormat\n      subtitles {\n        languages\n        embed\n        format\n        automatic\n      }\n      embedMetadata\n      embedThumbnail\n      embedChapters\n      splitChapters\n      sponsorBlockRemove\n      sponsorBlockMark\n      rateLimit\n      folder\n      ytdlpArgs\n    }\n  }\n": typeof types.RestPresetFragmentDoc,
    "\n  query RestListPresets {\n    presets {\n      ...RestPreset\n    }\n  }\n": typeof types.RestListPresetsDocument,
    "\n  query RestGetPreset($id: ID!) {\n    preset(id: $id) {\n      ...RestPreset\n    }\n  }\n": typeof types.RestGetPresetDocument,
    "\n  mutation RestCreatePreset($input: CreatePresetInput!) {\n    createPreset(input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": typeof types.RestCreatePresetDocument,
    "\n  mutation RestUpdatePreset($id: ID!, $input: UpdatePresetInput!) {\n    updatePreset(id: $id, input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": typeof types.RestUpdatePresetDocument,
    "\n  mutation RestDeletePreset($id: ID!) {\n    deletePreset(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": typeof types.RestDeletePresetDocument,
    "\n  mutation RestSetPresetCookies($id: ID!, $cookies: String!) {\n    setPresetCookies(id: $id, cookies: $cookies) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": typeof types.RestSetPresetCookiesDocument,
    "\n  mutation RestClearPresetCookies($id: ID!) {\n    clearPresetCookies(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": typeof types.RestClearPresetCookiesDocument,
    "\n  fragment RestFeed on Feed {\n    id\n    url\n    title\n    enabled\n    checkEveryMinutes\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    failures\n    entryCount\n    downloadType\n    quality\n    preset {\n      id\n    }\n    filters {\n      titleMatches\n      titleExcludes\n      minDurationSeconds\n      maxDurationSeconds\n      publishedAfter\n      maxNewPerCheck\n    }\n  }\n": typeof types.RestFeedFragmentDoc,
    "\n  query RestListFeeds {\n    feeds {\n      ...RestFeed\n    }\n  }\n": typeof types.RestListFeedsDocument,
    "\n  query RestGetFeed($id: ID!) {\n    feed(id: $id) {\n      ...RestFeed\n    }\n  }\n": typeof types.RestGetFeedDocument,
    "\n  mutation RestAddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n": typeof types.RestAddFeedDocument,
    "\n  mutation RestUpdateFeed($id: ID!, $input: UpdateFeedInput!) {\n    updateFeed(id: $id, input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n": typeof types.RestUpdateFeedDocument,
    "\n  mutation RestRemoveFeed($id: ID!, $removeDownloads: Boolean) {\n    removeFeed(id: $id, removeDownloads: $removeDownloads) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n": typeof types.RestRemoveFeedDocument,
    "\n  mutation RestCheckFeed($id: ID!) {\n    checkFeed(id: $id) {\n      ...RestFailure\n      ... on CheckFeedPayload {\n        check {\n          found\n          new\n          queued\n          filtered\n          downloads {\n            ...RestDownload\n          }\n        }\n      }\n    }\n  }\n": typeof types.RestCheckFeedDocument,
    "\n  fragment RestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloaded_bytes: downloadedBytes\n    format_note: formatNote\n    is_playlist: isPlaylist\n    playlist_index: playlistIndex\n    playlist_total: playlistTotal\n    filename\n    quality\n    download_type: downloadType\n    error_message: errorMessage\n    created_at: createdAt\n    completed_at: completedAt\n  }\n": typeof types.RestDownloadFragmentDoc,
    "\n  fragment RestFailure on Error {\n    code\n    message\n  }\n": typeof types.RestFailureFragmentDoc,
    "\n  query RestListDownloads($status: [DownloadStatus!], $downloadType: DownloadType, $limit: Int, $offset: Int) {\n    downloads(status: $status, downloadType: $downloadType, limit: $limit, offset: $offset) {\n      ...RestDownload\n    }\n  }\n": typeof types.RestListDownloadsDocument,
    "\n  query RestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...RestDownload\n    }\n  }\n": typeof types.RestGetDownloadDocument,
    "\n  mutation RestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      ...RestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...RestDownload\n        }\n      }\n    }\n  }\n": typeof types.RestAddDownloadDocument,
    "\n  mutation RestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n": typeof types.RestCancelDownloadDocument,
    "\n  mutation RestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n": typeof types.RestRetryDownloadDocument,
    "\n  mutation RestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      ...RestFailure\n    }\n  }\n": typeof types.RestRemoveDownloadDocument,
    "\n  mutation RestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      ...RestFailure\n      ... on ClearDownloadsPayload {\n        count\n      }\n    }\n  }\n": typeof types.RestClearDownloadsDocument,
    "\n  query RestDownloadFile($id: ID!) {\n    download(id: $id) {\n      status\n      filename\n      files {\n        name\n        kind\n      }\n    }\n  }\n": typeof types.RestDownloadFileDocument,
    "\n  query RestThumbnail($id: ID!) {\n    download(id: $id) {\n      thumbnailFile\n    }\n  }\n": typeof types.RestThumbnailDocument,
    "\n  fragment TestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloadedBytes\n    formatNote\n    isPlaylist\n    playlistIndex\n    playlistTotal\n    groupId\n    filename\n    quality\n    downloadType\n    errorMessage\n    createdAt\n    startedAt\n    completedAt\n  }\n": typeof types.TestDownloadFragmentDoc,
    "\n  fragment TestFailure on Error {\n    code\n    message\n    ... on InvalidInputError {\n      field\n    }\n  }\n": typeof types.TestFailureFragmentDoc,
    "\n  mutation TestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n      ...TestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...TestDownload\n        }\n      }\n    }\n  }\n": typeof types.TestAddDownloadDocument,
    "\n  query TestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...TestDownload\n    }\n  }\n": typeof types.TestGetDownloadDocument,
    "\n  query TestListDownloads($status: [DownloadStatus!], $order: DownloadOrder) {\n    downloads(status: $status, order: $order) {\n      ...TestDownload\n    }\n  }\n": typeof types.TestListDownloadsDocument,
    "\n  subscription TestWatchDownload($id: ID) {\n    downloadUpdated(id: $id) {\n      id\n      status\n      progress\n      downloadedBytes\n    }\n  }\n": typeof types.TestWatchDownloadDocument,
    "\n  subscription TestWatchEvents {\n    downloadEvents {\n      __typename\n      download {\n        id\n        status\n        progress\n      }\n      ... on DownloadStatusChanged {\n        previousStatus\n      }\n    }\n  }\n": typeof types.TestWatchEventsDocument,
    "\n  mutation TestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n": typeof types.TestCancelDownloadDocument,
    "\n  mutation TestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n": typeof types.TestRetryDownloadDocument,
    "\n  mutation TestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      __typename\n      ...TestFailure\n      ... on RemoveDownloadPayload {\n        removedId\n        download {\n          status\n        }\n      }\n    }\n  }\n": typeof types.TestRemoveDownloadDocument,
    "\n  mutation TestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      __typename\n      ...TestFailure\n      ... on ClearDownloadsPayload {\n        count\n        clearedIds\n      }\n    }\n  }\n": typeof types.TestClearDownloadsDocument,
    "\n  query TestGroupOf($id: ID!) {\n    download(id: $id) {\n      group {\n        ...TestDownload\n        fileUrl\n      }\n    }\n  }\n": typeof types.TestGroupOfDocument,
    "\n  mutation TestCancelGroup($groupId: ID!) {\n    cancelGroup(groupId: $groupId) {\n      __typename\n      ...TestFailure\n      ... on CancelGroupPayload {\n        downloads {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.TestCancelGroupDocument,
};
const documents: Documents = {
    "\n  subscription BenchEvents {\n    downloadEvents {\n      __typename\n      at\n      download {\n        id\n        status\n        progress\n        speed\n        eta\n      }\n    }\n  }\n": types.BenchEventsDocument,
    "\n  mutation BenchAdd($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n    }\n  }\n": types.BenchAddDocument,
    "\n  fragment RestNotifier on Notifier {\n    id\n    name\n    url\n    events\n    presetIds\n    feedIds\n    allowPrivateAddress\n    enabled\n    disabledReason\n    failures\n    createdAt\n  }\n": types.RestNotifierFragmentDoc,
    "\n  query RestListNotifiers {\n    notifiers {\n      ...RestNotifier\n    }\n  }\n": types.RestListNotifiersDocument,
    "\n  query RestGetNotifier($id: ID!) {\n    notifier(id: $id) {\n      ...RestNotifier\n      deliveries(first: 20) {\n        edges {\n          node {\n            id\n            type\n            status\n            attempts\n            statusCode\n            error\n            createdAt\n            deliveredAt\n          }\n        }\n      }\n    }\n  }\n": types.RestGetNotifierDocument,
    "\n  mutation RestAddNotifier($input: AddNotifierInput!) {\n    addNotifier(input: $input) {\n      ...RestFailure\n      ... on AddNotifierPayload {\n        secret\n        notifier {\n          ...RestNotifier\n        }\n      }\n    }\n  }\n": types.RestAddNotifierDocument,
    "\n  mutation RestUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {\n    updateNotifier(id: $id, input: $input) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n": types.RestUpdateNotifierDocument,
    "\n  mutation RestRemoveNotifier($id: ID!) {\n    removeNotifier(id: $id) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n": types.RestRemoveNotifierDocument,
    "\n  mutation RestTestNotifier($id: ID!) {\n    testNotifier(id: $id) {\n      ...RestFailure\n      ... on TestNotifierPayload {\n        ok\n        statusCode\n        error\n      }\n    }\n  }\n": types.RestTestNotifierDocument,
    "\n  fragment RestPreset on Preset {\n    id\n    name\n    downloadType\n    quality\n    isDefault\n    hasCookies\n    createdAt\n    updatedAt\n    options {\n      container\n      audioFormat\n      subtitles {\n        languages\n        embed\n        format\n        automatic\n      }\n      embedMetadata\n      embedThumbnail\n      embedChapters\n      splitChapters\n      sponsorBlockRemove\n      sponsorBlockMark\n      rateLimit\n      folder\n      ytdlpArgs\n    }\n  }\n": types.RestPresetFragmentDoc,
    "\n  query RestListPresets {\n    presets {\n      ...RestPreset\n    }\n  }\n": types.RestListPresetsDocument,
    "\n  query RestGetPreset($id: ID!) {\n    preset(id: $id) {\n      ...RestPreset\n    }\n  }\n": types.RestGetPresetDocument,
    "\n  mutation RestCreatePreset($input: CreatePresetInput!) {\n    createPreset(input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": types.RestCreatePresetDocument,
    "\n  mutation RestUpdatePreset($id: ID!, $input: UpdatePresetInput!) {\n    updatePreset(id: $id, input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": types.RestUpdatePresetDocument,
    "\n  mutation RestDeletePreset($id: ID!) {\n    deletePreset(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": types.RestDeletePresetDocument,
    "\n  mutation RestSetPresetCookies($id: ID!, $cookies: String!) {\n    setPresetCookies(id: $id, cookies: $cookies) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": types.RestSetPresetCookiesDocument,
    "\n  mutation RestClearPresetCookies($id: ID!) {\n    clearPresetCookies(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n": types.RestClearPresetCookiesDocument,
    "\n  fragment RestFeed on Feed {\n    id\n    url\n    title\n    enabled\n    checkEveryMinutes\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    failures\n    entryCount\n    downloadType\n    quality\n    preset {\n      id\n    }\n    filters {\n      titleMatches\n      titleExcludes\n      minDurationSeconds\n      maxDurationSeconds\n      publishedAfter\n      maxNewPerCheck\n    }\n  }\n": types.RestFeedFragmentDoc,
    "\n  query RestListFeeds {\n    feeds {\n      ...RestFeed\n    }\n  }\n": types.RestListFeedsDocument,
    "\n  query RestGetFeed($id: ID!) {\n    feed(id: $id) {\n      ...RestFeed\n    }\n  }\n": types.RestGetFeedDocument,
    "\n  mutation RestAddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n": types.RestAddFeedDocument,
    "\n  mutation RestUpdateFeed($id: ID!, $input: UpdateFeedInput!) {\n    updateFeed(id: $id, input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n": types.RestUpdateFeedDocument,
    "\n  mutation RestRemoveFeed($id: ID!, $removeDownloads: Boolean) {\n    removeFeed(id: $id, removeDownloads: $removeDownloads) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n": types.RestRemoveFeedDocument,
    "\n  mutation RestCheckFeed($id: ID!) {\n    checkFeed(id: $id) {\n      ...RestFailure\n      ... on CheckFeedPayload {\n        check {\n          found\n          new\n          queued\n          filtered\n          downloads {\n            ...RestDownload\n          }\n        }\n      }\n    }\n  }\n": types.RestCheckFeedDocument,
    "\n  fragment RestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloaded_bytes: downloadedBytes\n    format_note: formatNote\n    is_playlist: isPlaylist\n    playlist_index: playlistIndex\n    playlist_total: playlistTotal\n    filename\n    quality\n    download_type: downloadType\n    error_message: errorMessage\n    created_at: createdAt\n    completed_at: completedAt\n  }\n": types.RestDownloadFragmentDoc,
    "\n  fragment RestFailure on Error {\n    code\n    message\n  }\n": types.RestFailureFragmentDoc,
    "\n  query RestListDownloads($status: [DownloadStatus!], $downloadType: DownloadType, $limit: Int, $offset: Int) {\n    downloads(status: $status, downloadType: $downloadType, limit: $limit, offset: $offset) {\n      ...RestDownload\n    }\n  }\n": types.RestListDownloadsDocument,
    "\n  query RestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...RestDownload\n    }\n  }\n": types.RestGetDownloadDocument,
    "\n  mutation RestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      ...RestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...RestDownload\n        }\n      }\n    }\n  }\n": types.RestAddDownloadDocument,
    "\n  mutation RestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n": types.RestCancelDownloadDocument,
    "\n  mutation RestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n": types.RestRetryDownloadDocument,
    "\n  mutation RestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      ...RestFailure\n    }\n  }\n": types.RestRemoveDownloadDocument,
    "\n  mutation RestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      ...RestFailure\n      ... on ClearDownloadsPayload {\n        count\n      }\n    }\n  }\n": types.RestClearDownloadsDocument,
    "\n  query RestDownloadFile($id: ID!) {\n    download(id: $id) {\n      status\n      filename\n      files {\n        name\n        kind\n      }\n    }\n  }\n": types.RestDownloadFileDocument,
    "\n  query RestThumbnail($id: ID!) {\n    download(id: $id) {\n      thumbnailFile\n    }\n  }\n": types.RestThumbnailDocument,
    "\n  fragment TestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloadedBytes\n    formatNote\n    isPlaylist\n    playlistIndex\n    playlistTotal\n    groupId\n    filename\n    quality\n    downloadType\n    errorMessage\n    createdAt\n    startedAt\n    completedAt\n  }\n": types.TestDownloadFragmentDoc,
    "\n  fragment TestFailure on Error {\n    code\n    message\n    ... on InvalidInputError {\n      field\n    }\n  }\n": types.TestFailureFragmentDoc,
    "\n  mutation TestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n      ...TestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...TestDownload\n        }\n      }\n    }\n  }\n": types.TestAddDownloadDocument,
    "\n  query TestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...TestDownload\n    }\n  }\n": types.TestGetDownloadDocument,
    "\n  query TestListDownloads($status: [DownloadStatus!], $order: DownloadOrder) {\n    downloads(status: $status, order: $order) {\n      ...TestDownload\n    }\n  }\n": types.TestListDownloadsDocument,
    "\n  subscription TestWatchDownload($id: ID) {\n    downloadUpdated(id: $id) {\n      id\n      status\n      progress\n      downloadedBytes\n    }\n  }\n": types.TestWatchDownloadDocument,
    "\n  subscription TestWatchEvents {\n    downloadEvents {\n      __typename\n      download {\n        id\n        status\n        progress\n      }\n      ... on DownloadStatusChanged {\n        previousStatus\n      }\n    }\n  }\n": types.TestWatchEventsDocument,
    "\n  mutation TestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n": types.TestCancelDownloadDocument,
    "\n  mutation TestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n": types.TestRetryDownloadDocument,
    "\n  mutation TestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      __typename\n      ...TestFailure\n      ... on RemoveDownloadPayload {\n        removedId\n        download {\n          status\n        }\n      }\n    }\n  }\n": types.TestRemoveDownloadDocument,
    "\n  mutation TestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      __typename\n      ...TestFailure\n      ... on ClearDownloadsPayload {\n        count\n        clearedIds\n      }\n    }\n  }\n": types.TestClearDownloadsDocument,
    "\n  query TestGroupOf($id: ID!) {\n    download(id: $id) {\n      group {\n        ...TestDownload\n        fileUrl\n      }\n    }\n  }\n": types.TestGroupOfDocument,
    "\n  mutation TestCancelGroup($groupId: ID!) {\n    cancelGroup(groupId: $groupId) {\n      __typename\n      ...TestFailure\n      ... on CancelGroupPayload {\n        downloads {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.TestCancelGroupDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BenchEvents {\n    downloadEvents {\n      __typename\n      at\n      download {\n        id\n        status\n        progress\n        speed\n        eta\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BenchEvents {\n    downloadEvents {\n      __typename\n      at\n      download {\n        id\n        status\n        progress\n        speed\n        eta\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchAdd($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n    }\n  }\n"): (typeof documents)["\n  mutation BenchAdd($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestNotifier on Notifier {\n    id\n    name\n    url\n    events\n    presetIds\n    feedIds\n    allowPrivateAddress\n    enabled\n    disabledReason\n    failures\n    createdAt\n  }\n"): (typeof documents)["\n  fragment RestNotifier on Notifier {\n    id\n    name\n    url\n    events\n    presetIds\n    feedIds\n    allowPrivateAddress\n    enabled\n    disabledReason\n    failures\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListNotifiers {\n    notifiers {\n      ...RestNotifier\n    }\n  }\n"): (typeof documents)["\n  query RestListNotifiers {\n    notifiers {\n      ...RestNotifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetNotifier($id: ID!) {\n    notifier(id: $id) {\n      ...RestNotifier\n      deliveries(first: 20) {\n        edges {\n          node {\n            id\n            type\n            status\n            attempts\n            statusCode\n            error\n            createdAt\n            deliveredAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RestGetNotifier($id: ID!) {\n    notifier(id: $id) {\n      ...RestNotifier\n      deliveries(first: 20) {\n        edges {\n          node {\n            id\n            type\n            status\n            attempts\n            statusCode\n            error\n            createdAt\n            deliveredAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestAddNotifier($input: AddNotifierInput!) {\n    addNotifier(input: $input) {\n      ...RestFailure\n      ... on AddNotifierPayload {\n        secret\n        notifier {\n          ...RestNotifier\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestAddNotifier($input: AddNotifierInput!) {\n    addNotifier(input: $input) {\n      ...RestFailure\n      ... on AddNotifierPayload {\n        secret\n        notifier {\n          ...RestNotifier\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {\n    updateNotifier(id: $id, input: $input) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n"): (typeof documents)["\n  mutation RestUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {\n    updateNotifier(id: $id, input: $input) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRemoveNotifier($id: ID!) {\n    removeNotifier(id: $id) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n"): (typeof documents)["\n  mutation RestRemoveNotifier($id: ID!) {\n    removeNotifier(id: $id) {\n      ...RestFailure\n      ...RestNotifier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestTestNotifier($id: ID!) {\n    testNotifier(id: $id) {\n      ...RestFailure\n      ... on TestNotifierPayload {\n        ok\n        statusCode\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestTestNotifier($id: ID!) {\n    testNotifier(id: $id) {\n      ...RestFailure\n      ... on TestNotifierPayload {\n        ok\n        statusCode\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestPreset on Preset {\n    id\n    name\n    downloadType\n    quality\n    isDefault\n    hasCookies\n    createdAt\n    updatedAt\n    options {\n      container\n      audioFormat\n      subtitles {\n        languages\n        embed\n        format\n        automatic\n      }\n      embedMetadata\n      embedThumbnail\n      embedChapters\n      splitChapters\n      sponsorBlockRemove\n      sponsorBlockMark\n      rateLimit\n      folder\n      ytdlpArgs\n    }\n  }\n"): (typeof documents)["\n  fragment RestPreset on Preset {\n    id\n    name\n    downloadType\n    quality\n    isDefault\n    hasCookies\n    createdAt\n    updatedAt\n    options {\n      container\n      audioFormat\n      subtitles {\n        languages\n        embed\n        format\n        automatic\n      }\n      embedMetadata\n      embedThumbnail\n      embedChapters\n      splitChapters\n      sponsorBlockRemove\n      sponsorBlockMark\n      rateLimit\n      folder\n      ytdlpArgs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListPresets {\n    presets {\n      ...RestPreset\n    }\n  }\n"): (typeof documents)["\n  query RestListPresets {\n    presets {\n      ...RestPreset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetPreset($id: ID!) {\n    preset(id: $id) {\n      ...RestPreset\n    }\n  }\n"): (typeof documents)["\n  query RestGetPreset($id: ID!) {\n    preset(id: $id) {\n      ...RestPreset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCreatePreset($input: CreatePresetInput!) {\n    createPreset(input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"): (typeof documents)["\n  mutation RestCreatePreset($input: CreatePresetInput!) {\n    createPreset(input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdatePreset($id: ID!, $input: UpdatePresetInput!) {\n    updatePreset(id: $id, input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"): (typeof documents)["\n  mutation RestUpdatePreset($id: ID!, $input: UpdatePresetInput!) {\n    updatePreset(id: $id, input: $input) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestDeletePreset($id: ID!) {\n    deletePreset(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"): (typeof documents)["\n  mutation RestDeletePreset($id: ID!) {\n    deletePreset(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestSetPresetCookies($id: ID!, $cookies: String!) {\n    setPresetCookies(id: $id, cookies: $cookies) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"): (typeof documents)["\n  mutation RestSetPresetCookies($id: ID!, $cookies: String!) {\n    setPresetCookies(id: $id, cookies: $cookies) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestClearPresetCookies($id: ID!) {\n    clearPresetCookies(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"): (typeof documents)["\n  mutation RestClearPresetCookies($id: ID!) {\n    clearPresetCookies(id: $id) {\n      ...RestFailure\n      ...RestPreset\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestFeed on Feed {\n    id\n    url\n    title\n    enabled\n    checkEveryMinutes\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    failures\n    entryCount\n    downloadType\n    quality\n    preset {\n      id\n    }\n    filters {\n      titleMatches\n      titleExcludes\n      minDurationSeconds\n      maxDurationSeconds\n      publishedAfter\n      maxNewPerCheck\n    }\n  }\n"): (typeof documents)["\n  fragment RestFeed on Feed {\n    id\n    url\n    title\n    enabled\n    checkEveryMinutes\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    failures\n    entryCount\n    downloadType\n    quality\n    preset {\n      id\n    }\n    filters {\n      titleMatches\n      titleExcludes\n      minDurationSeconds\n      maxDurationSeconds\n      publishedAfter\n      maxNewPerCheck\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListFeeds {\n    feeds {\n      ...RestFeed\n    }\n  }\n"): (typeof documents)["\n  query RestListFeeds {\n    feeds {\n      ...RestFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetFeed($id: ID!) {\n    feed(id: $id) {\n      ...RestFeed\n    }\n  }\n"): (typeof documents)["\n  query RestGetFeed($id: ID!) {\n    feed(id: $id) {\n      ...RestFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestAddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n"): (typeof documents)["\n  mutation RestAddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestUpdateFeed($id: ID!, $input: UpdateFeedInput!) {\n    updateFeed(id: $id, input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n"): (typeof documents)["\n  mutation RestUpdateFeed($id: ID!, $input: UpdateFeedInput!) {\n    updateFeed(id: $id, input: $input) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRemoveFeed($id: ID!, $removeDownloads: Boolean) {\n    removeFeed(id: $id, removeDownloads: $removeDownloads) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n"): (typeof documents)["\n  mutation RestRemoveFeed($id: ID!, $removeDownloads: Boolean) {\n    removeFeed(id: $id, removeDownloads: $removeDownloads) {\n      ...RestFailure\n      ...RestFeed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCheckFeed($id: ID!) {\n    checkFeed(id: $id) {\n      ...RestFailure\n      ... on CheckFeedPayload {\n        check {\n          found\n          new\n          queued\n          filtered\n          downloads {\n            ...RestDownload\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestCheckFeed($id: ID!) {\n    checkFeed(id: $id) {\n      ...RestFailure\n      ... on CheckFeedPayload {\n        check {\n          found\n          new\n          queued\n          filtered\n          downloads {\n            ...RestDownload\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloaded_bytes: downloadedBytes\n    format_note: formatNote\n    is_playlist: isPlaylist\n    playlist_index: playlistIndex\n    playlist_total: playlistTotal\n    filename\n    quality\n    download_type: downloadType\n    error_message: errorMessage\n    created_at: createdAt\n    completed_at: completedAt\n  }\n"): (typeof documents)["\n  fragment RestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloaded_bytes: downloadedBytes\n    format_note: formatNote\n    is_playlist: isPlaylist\n    playlist_index: playlistIndex\n    playlist_total: playlistTotal\n    filename\n    quality\n    download_type: downloadType\n    error_message: errorMessage\n    created_at: createdAt\n    completed_at: completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestFailure on Error {\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment RestFailure on Error {\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestListDownloads($status: [DownloadStatus!], $downloadType: DownloadType, $limit: Int, $offset: Int) {\n    downloads(status: $status, downloadType: $downloadType, limit: $limit, offset: $offset) {\n      ...RestDownload\n    }\n  }\n"): (typeof documents)["\n  query RestListDownloads($status: [DownloadStatus!], $downloadType: DownloadType, $limit: Int, $offset: Int) {\n    downloads(status: $status, downloadType: $downloadType, limit: $limit, offset: $offset) {\n      ...RestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...RestDownload\n    }\n  }\n"): (typeof documents)["\n  query RestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...RestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      ...RestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...RestDownload\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      ...RestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...RestDownload\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n"): (typeof documents)["\n  mutation RestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n"): (typeof documents)["\n  mutation RestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      ...RestFailure\n      ...RestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      ...RestFailure\n    }\n  }\n"): (typeof documents)["\n  mutation RestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      ...RestFailure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      ...RestFailure\n      ... on ClearDownloadsPayload {\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      ...RestFailure\n      ... on ClearDownloadsPayload {\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestDownloadFile($id: ID!) {\n    download(id: $id) {\n      status\n      filename\n      files {\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query RestDownloadFile($id: ID!) {\n    download(id: $id) {\n      status\n      filename\n      files {\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestThumbnail($id: ID!) {\n    download(id: $id) {\n      thumbnailFile\n    }\n  }\n"): (typeof documents)["\n  query RestThumbnail($id: ID!) {\n    download(id: $id) {\n      thumbnailFile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloadedBytes\n    formatNote\n    isPlaylist\n    playlistIndex\n    playlistTotal\n    groupId\n    filename\n    quality\n    downloadType\n    errorMessage\n    createdAt\n    startedAt\n    completedAt\n  }\n"): (typeof documents)["\n  fragment TestDownload on Download {\n    id\n    url\n    title\n    thumbnail\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloadedBytes\n    formatNote\n    isPlaylist\n    playlistIndex\n    playlistTotal\n    groupId\n    filename\n    quality\n    downloadType\n    errorMessage\n    createdAt\n    startedAt\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TestFailure on Error {\n    code\n    message\n    ... on InvalidInputError {\n      field\n    }\n  }\n"): (typeof documents)["\n  fragment TestFailure on Error {\n    code\n    message\n    ... on InvalidInputError {\n      field\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n      ...TestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...TestDownload\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestAddDownload($input: AddDownloadInput!) {\n    addDownload(input: $input) {\n      __typename\n      ...TestFailure\n      ... on AddDownloadPayload {\n        downloads {\n          ...TestDownload\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...TestDownload\n    }\n  }\n"): (typeof documents)["\n  query TestGetDownload($id: ID!) {\n    download(id: $id) {\n      ...TestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestListDownloads($status: [DownloadStatus!], $order: DownloadOrder) {\n    downloads(status: $status, order: $order) {\n      ...TestDownload\n    }\n  }\n"): (typeof documents)["\n  query TestListDownloads($status: [DownloadStatus!], $order: DownloadOrder) {\n    downloads(status: $status, order: $order) {\n      ...TestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestWatchDownload($id: ID) {\n    downloadUpdated(id: $id) {\n      id\n      status\n      progress\n      downloadedBytes\n    }\n  }\n"): (typeof documents)["\n  subscription TestWatchDownload($id: ID) {\n    downloadUpdated(id: $id) {\n      id\n      status\n      progress\n      downloadedBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TestWatchEvents {\n    downloadEvents {\n      __typename\n      download {\n        id\n        status\n        progress\n      }\n      ... on DownloadStatusChanged {\n        previousStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TestWatchEvents {\n    downloadEvents {\n      __typename\n      download {\n        id\n        status\n        progress\n      }\n      ... on DownloadStatusChanged {\n        previousStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n"): (typeof documents)["\n  mutation TestCancelDownload($id: ID!) {\n    cancelDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n"): (typeof documents)["\n  mutation TestRetryDownload($id: ID!) {\n    retryDownload(id: $id) {\n      __typename\n      ...TestFailure\n      ...TestDownload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      __typename\n      ...TestFailure\n      ... on RemoveDownloadPayload {\n        removedId\n        download {\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestRemoveDownload($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      __typename\n      ...TestFailure\n      ... on RemoveDownloadPayload {\n        removedId\n        download {\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      __typename\n      ...TestFailure\n      ... on ClearDownloadsPayload {\n        count\n        clearedIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestClearDownloads($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      __typename\n      ...TestFailure\n      ... on ClearDownloadsPayload {\n        count\n        clearedIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TestGroupOf($id: ID!) {\n    download(id: $id) {\n      group {\n        ...TestDownload\n        fileUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query TestGroupOf($id: ID!) {\n    download(id: $id) {\n      group {\n        ...TestDownload\n        fileUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestCancelGroup($groupId: ID!) {\n    cancelGroup(groupId: $groupId) {\n      __typename\n      ...TestFailure\n      ... on CancelGroupPayload {\n        downloads {\n          id\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TestCancelGroup($groupId: ID!) {\n    cancelGroup(groupId: $groupId) {\n      __typename\n      ...TestFailure\n      ... on CancelGroupPayload {\n        downloads {\n          id\n          status\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;