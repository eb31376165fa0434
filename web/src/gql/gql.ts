/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  fragment WebBulkFailures on BulkFailure {\n    id\n    message\n  }\n": typeof types.WebBulkFailuresFragmentDoc,
    "\n  mutation WebCancelMany($ids: [ID!]!) {\n    cancelDownloads(ids: $ids) {\n      __typename\n      ...WebFailure\n      ... on CancelDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n": typeof types.WebCancelManyDocument,
    "\n  mutation WebRetryMany($ids: [ID!]!) {\n    retryDownloads(ids: $ids) {\n      __typename\n      ...WebFailure\n      ... on RetryDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n": typeof types.WebRetryManyDocument,
    "\n  mutation WebRemoveMany($ids: [ID!]!, $deleteFiles: Boolean) {\n    removeDownloads(ids: $ids, deleteFiles: $deleteFiles) {\n      __typename\n      ...WebFailure\n      ... on RemoveDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n": typeof types.WebRemoveManyDocument,
    "\n  fragment WebNotifier on Notifier {\n    id\n    name\n    url\n    enabled\n    disabledReason\n    events\n    deliveries(first: 5) {\n      edges {\n        node {\n          id\n          type\n          status\n          attempts\n          statusCode\n          error\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WebNotifierFragmentDoc,
    "\n  query WebNotifiers {\n    notifiers {\n      ...WebNotifier\n    }\n  }\n": typeof types.WebNotifiersDocument,
    "\n  mutation WebAddNotifier($input: AddNotifierInput!) {\n    addNotifier(input: $input) {\n      __typename\n      ...WebFailure\n      ... on AddNotifierPayload {\n        secret\n      }\n    }\n  }\n": typeof types.WebAddNotifierDocument,
    "\n  mutation WebUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {\n    updateNotifier(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebUpdateNotifierDocument,
    "\n  mutation WebRemoveNotifier($id: ID!) {\n    removeNotifier(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebRemoveNotifierDocument,
    "\n  mutation WebTestNotifier($id: ID!) {\n    testNotifier(id: $id) {\n      __typename\n      ...WebFailure\n      ... on TestNotifierPayload {\n        ok\n        error\n      }\n    }\n  }\n": typeof types.WebTestNotifierDocument,
    "\n  fragment WebPreset on Preset {\n    id\n    name\n    downloadType\n    quality\n    isDefault\n    hasCookies\n    options {\n      container\n      audioFormat\n      subtitles {\n        languages\n        embed\n        format\n        automatic\n      }\n      embedMetadata\n      embedThumbnail\n      embedChapters\n      splitChapters\n      rateLimit\n      folder\n    }\n  }\n": typeof types.WebPresetFragmentDoc,
    "\n  query WebPresets {\n    presets {\n      ...WebPreset\n    }\n  }\n": typeof types.WebPresetsDocument,
    "\n  mutation WebCreatePreset($input: CreatePresetInput!) {\n    createPreset(input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebCreatePresetDocument,
    "\n  mutation WebUpdatePreset($id: ID!, $input: UpdatePresetInput!) {\n    updatePreset(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebUpdatePresetDocument,
    "\n  mutation WebDeletePreset($id: ID!) {\n    deletePreset(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebDeletePresetDocument,
    "\n  mutation WebSetPresetCookies($id: ID!, $cookies: String!) {\n    setPresetCookies(id: $id, cookies: $cookies) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebSetPresetCookiesDocument,
    "\n  mutation WebClearPresetCookies($id: ID!) {\n    clearPresetCookies(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebClearPresetCookiesDocument,
    "\n  fragment WebFeed on Feed {\n    id\n    url\n    title\n    enabled\n    checkEveryMinutes\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    entryCount\n    preset {\n      id\n      name\n    }\n    filters {\n      titleMatches\n      titleExcludes\n      minDurationSeconds\n      maxDurationSeconds\n      publishedAfter\n      maxNewPerCheck\n    }\n  }\n": typeof types.WebFeedFragmentDoc,
    "\n  query WebFeeds {\n    feeds {\n      ...WebFeed\n    }\n  }\n": typeof types.WebFeedsDocument,
    "\n  query WebFeedEntries($id: ID!) {\n    feed(id: $id) {\n      id\n      entries(first: 100) {\n        edges {\n          node {\n            entryId\n            title\n            state\n            reason\n            download {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebFeedEntriesDocument,
    "\n  mutation WebAddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebAddFeedDocument,
    "\n  mutation WebUpdateFeed($id: ID!, $input: UpdateFeedInput!) {\n    updateFeed(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebUpdateFeedDocument,
    "\n  mutation WebRemoveFeed($id: ID!) {\n    removeFeed(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebRemoveFeedDocument,
    "\n  mutation WebCheckFeed($id: ID!) {\n    checkFeed(id: $id) {\n      __typename\n      ...WebFailure\n      ... on CheckFeedPayload {\n        check {\n          queued\n        }\n      }\n    }\n  }\n": typeof types.WebCheckFeedDocument,
    "\n  fragment WebTask on Download {\n    id\n    url\n    title\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloadedBytes\n    formatNote\n    isPlaylist\n    playlistIndex\n    playlistTotal\n    playlistTitle\n    groupId\n    filename\n    fileUrl\n    thumbnailUrl\n    downloadType\n    quality\n    errorMessage\n    errorSummary\n    createdAt\n    completedAt\n    updatedAt\n    preset {\n      id\n      name\n    }\n    files {\n      name\n      kind\n      url\n    }\n  }\n": typeof types.WebTaskFragmentDoc,
    "\n  query WebTasks($offset: Int, $limit: Int) {\n    downloads(order: NEWEST_FIRST, offset: $offset, limit: $limit) {\n      ...WebTask\n    }\n    video: qualities(downloadType: VIDEO)\n    audio: qualities(downloadType: AUDIO)\n  }\n": typeof types.WebTasksDocument,
    "\n  subscription WebEvents($after: String) {\n    downloadEvents(after: $after) {\n      __typename\n      cursor\n      download {\n        ...WebTask\n      }\n    }\n  }\n": typeof types.WebEventsDocument,
    "\n  fragment WebFailure on Error {\n    code\n    message\n    ... on InvalidInputError {\n      field\n      reason\n    }\n  }\n": typeof types.WebFailureFragmentDoc,
    "\n  query WebFreshLinks($id: ID!) {\n    download(id: $id) {\n      fileUrl\n      thumbnailUrl\n    }\n  }\n": typeof types.WebFreshLinksDocument,
    "\n  mutation WebAdd($inputs: [AddDownloadInput!]!) {\n    addDownloads(inputs: $inputs) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebAddDocument,
    "\n  mutation WebCancel($id: ID!) {\n    cancelDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebCancelDocument,
    "\n  mutation WebCancelGroup($groupId: ID!) {\n    cancelGroup(groupId: $groupId) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebCancelGroupDocument,
    "\n  mutation WebRetry($id: ID!) {\n    retryDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebRetryDocument,
    "\n  mutation WebRemove($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebRemoveDocument,
    "\n  mutation WebClear($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      __typename\n      ...WebFailure\n      ... on ClearDownloadsPayload {\n        count\n      }\n    }\n  }\n": typeof types.WebClearDocument,
    "\n  query WebServerFacts {\n    serverInfo {\n      version\n      authRequired\n    }\n  }\n": typeof types.WebServerFactsDocument,
    "\n  query WebQueueState {\n    serverInfo {\n      queuePaused\n    }\n  }\n": typeof types.WebQueueStateDocument,
    "\n  mutation WebPauseQueue {\n    pauseQueue {\n      queuePaused\n    }\n  }\n": typeof types.WebPauseQueueDocument,
    "\n  mutation WebResumeQueue {\n    resumeQueue {\n      queuePaused\n    }\n  }\n": typeof types.WebResumeQueueDocument,
    "\n  mutation WebPrioritize($id: ID!) {\n    prioritizeDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": typeof types.WebPrioritizeDocument,
};
const documents: Documents = {
    "\n  fragment WebBulkFailures on BulkFailure {\n    id\n    message\n  }\n": types.WebBulkFailuresFragmentDoc,
    "\n  mutation WebCancelMany($ids: [ID!]!) {\n    cancelDownloads(ids: $ids) {\n      __typename\n      ...WebFailure\n      ... on CancelDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n": types.WebCancelManyDocument,
    "\n  mutation WebRetryMany($ids: [ID!]!) {\n    retryDownloads(ids: $ids) {\n      __typename\n      ...WebFailure\n      ... on RetryDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n": types.WebRetryManyDocument,
    "\n  mutation WebRemoveMany($ids: [ID!]!, $deleteFiles: Boolean) {\n    removeDownloads(ids: $ids, deleteFiles: $deleteFiles) {\n      __typename\n      ...WebFailure\n      ... on RemoveDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n": types.WebRemoveManyDocument,
    "\n  fragment WebNotifier on Notifier {\n    id\n    name\n    url\n    enabled\n    disabledReason\n    events\n    deliveries(first: 5) {\n      edges {\n        node {\n          id\n          type\n          status\n          attempts\n          statusCode\n          error\n          createdAt\n        }\n      }\n    }\n  }\n": types.WebNotifierFragmentDoc,
    "\n  query WebNotifiers {\n    notifiers {\n      ...WebNotifier\n    }\n  }\n": types.WebNotifiersDocument,
    "\n  mutation WebAddNotifier($input: AddNotifierInput!) {\n    addNotifier(input: $input) {\n      __typename\n      ...WebFailure\n      ... on AddNotifierPayload {\n        secret\n      }\n    }\n  }\n": types.WebAddNotifierDocument,
    "\n  mutation WebUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {\n    updateNotifier(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebUpdateNotifierDocument,
    "\n  mutation WebRemoveNotifier($id: ID!) {\n    removeNotifier(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebRemoveNotifierDocument,
    "\n  mutation WebTestNotifier($id: ID!) {\n    testNotifier(id: $id) {\n      __typename\n      ...WebFailure\n      ... on TestNotifierPayload {\n        ok\n        error\n      }\n    }\n  }\n": types.WebTestNotifierDocument,
    "\n  fragment WebPreset on Preset {\n    id\n    name\n    downloadType\n    quality\n    isDefault\n    hasCookies\n    options {\n      container\n      audioFormat\n      subtitles {\n        languages\n        embed\n        format\n        automatic\n      }\n      embedMetadata\n      embedThumbnail\n      embedChapters\n      splitChapters\n      rateLimit\n      folder\n    }\n  }\n": types.WebPresetFragmentDoc,
    "\n  query WebPresets {\n    presets {\n      ...WebPreset\n    }\n  }\n": types.WebPresetsDocument,
    "\n  mutation WebCreatePreset($input: CreatePresetInput!) {\n    createPreset(input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebCreatePresetDocument,
    "\n  mutation WebUpdatePreset($id: ID!, $input: UpdatePresetInput!) {\n    updatePreset(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebUpdatePresetDocument,
    "\n  mutation WebDeletePreset($id: ID!) {\n    deletePreset(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebDeletePresetDocument,
    "\n  mutation WebSetPresetCookies($id: ID!, $cookies: String!) {\n    setPresetCookies(id: $id, cookies: $cookies) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebSetPresetCookiesDocument,
    "\n  mutation WebClearPresetCookies($id: ID!) {\n    clearPresetCookies(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebClearPresetCookiesDocument,
    "\n  fragment WebFeed on Feed {\n    id\n    url\n    title\n    enabled\n    checkEveryMinutes\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    entryCount\n    preset {\n      id\n      name\n    }\n    filters {\n      titleMatches\n      titleExcludes\n      minDurationSeconds\n      maxDurationSeconds\n      publishedAfter\n      maxNewPerCheck\n    }\n  }\n": types.WebFeedFragmentDoc,
    "\n  query WebFeeds {\n    feeds {\n      ...WebFeed\n    }\n  }\n": types.WebFeedsDocument,
    "\n  query WebFeedEntries($id: ID!) {\n    feed(id: $id) {\n      id\n      entries(first: 100) {\n        edges {\n          node {\n            entryId\n            title\n            state\n            reason\n            download {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebFeedEntriesDocument,
    "\n  mutation WebAddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebAddFeedDocument,
    "\n  mutation WebUpdateFeed($id: ID!, $input: UpdateFeedInput!) {\n    updateFeed(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebUpdateFeedDocument,
    "\n  mutation WebRemoveFeed($id: ID!) {\n    removeFeed(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebRemoveFeedDocument,
    "\n  mutation WebCheckFeed($id: ID!) {\n    checkFeed(id: $id) {\n      __typename\n      ...WebFailure\n      ... on CheckFeedPayload {\n        check {\n          queued\n        }\n      }\n    }\n  }\n": types.WebCheckFeedDocument,
    "\n  fragment WebTask on Download {\n    id\n    url\n    title\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloadedBytes\n    formatNote\n    isPlaylist\n    playlistIndex\n    playlistTotal\n    playlistTitle\n    groupId\n    filename\n    fileUrl\n    thumbnailUrl\n    downloadType\n    quality\n    errorMessage\n    errorSummary\n    createdAt\n    completedAt\n    updatedAt\n    preset {\n      id\n      name\n    }\n    files {\n      name\n      kind\n      url\n    }\n  }\n": types.WebTaskFragmentDoc,
    "\n  query WebTasks($offset: Int, $limit: Int) {\n    downloads(order: NEWEST_FIRST, offset: $offset, limit: $limit) {\n      ...WebTask\n    }\n    video: qualities(downloadType: VIDEO)\n    audio: qualities(downloadType: AUDIO)\n  }\n": types.WebTasksDocument,
    "\n  subscription WebEvents($after: String) {\n    downloadEvents(after: $after) {\n      __typename\n      cursor\n      download {\n        ...WebTask\n      }\n    }\n  }\n": types.WebEventsDocument,
    "\n  fragment WebFailure on Error {\n    code\n    message\n    ... on InvalidInputError {\n      field\n      reason\n    }\n  }\n": types.WebFailureFragmentDoc,
    "\n  query WebFreshLinks($id: ID!) {\n    download(id: $id) {\n      fileUrl\n      thumbnailUrl\n    }\n  }\n": types.WebFreshLinksDocument,
    "\n  mutation WebAdd($inputs: [AddDownloadInput!]!) {\n    addDownloads(inputs: $inputs) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebAddDocument,
    "\n  mutation WebCancel($id: ID!) {\n    cancelDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebCancelDocument,
    "\n  mutation WebCancelGroup($groupId: ID!) {\n    cancelGroup(groupId: $groupId) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebCancelGroupDocument,
    "\n  mutation WebRetry($id: ID!) {\n    retryDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebRetryDocument,
    "\n  mutation WebRemove($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebRemoveDocument,
    "\n  mutation WebClear($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      __typename\n      ...WebFailure\n      ... on ClearDownloadsPayload {\n        count\n      }\n    }\n  }\n": types.WebClearDocument,
    "\n  query WebServerFacts {\n    serverInfo {\n      version\n      authRequired\n    }\n  }\n": types.WebServerFactsDocument,
    "\n  query WebQueueState {\n    serverInfo {\n      queuePaused\n    }\n  }\n": types.WebQueueStateDocument,
    "\n  mutation WebPauseQueue {\n    pauseQueue {\n      queuePaused\n    }\n  }\n": types.WebPauseQueueDocument,
    "\n  mutation WebResumeQueue {\n    resumeQueue {\n      queuePaused\n    }\n  }\n": types.WebResumeQueueDocument,
    "\n  mutation WebPrioritize($id: ID!) {\n    prioritizeDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n": types.WebPrioritizeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebBulkFailures on BulkFailure {\n    id\n    message\n  }\n"): typeof import('./graphql.js').WebBulkFailuresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCancelMany($ids: [ID!]!) {\n    cancelDownloads(ids: $ids) {\n      __typename\n      ...WebFailure\n      ... on CancelDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebCancelManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRetryMany($ids: [ID!]!) {\n    retryDownloads(ids: $ids) {\n      __typename\n      ...WebFailure\n      ... on RetryDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebRetryManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRemoveMany($ids: [ID!]!, $deleteFiles: Boolean) {\n    removeDownloads(ids: $ids, deleteFiles: $deleteFiles) {\n      __typename\n      ...WebFailure\n      ... on RemoveDownloadsPayload {\n        failed {\n          ...WebBulkFailures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebRemoveManyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebNotifier on Notifier {\n    id\n    name\n    url\n    enabled\n    disabledReason\n    events\n    deliveries(first: 5) {\n      edges {\n        node {\n          id\n          type\n          status\n          attempts\n          statusCode\n          error\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebNotifierFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebNotifiers {\n    notifiers {\n      ...WebNotifier\n    }\n  }\n"): typeof import('./graphql.js').WebNotifiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAddNotifier($input: AddNotifierInput!) {\n    addNotifier(input: $input) {\n      __typename\n      ...WebFailure\n      ... on AddNotifierPayload {\n        secret\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebAddNotifierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {\n    updateNotifier(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebUpdateNotifierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRemoveNotifier($id: ID!) {\n    removeNotifier(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebRemoveNotifierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebTestNotifier($id: ID!) {\n    testNotifier(id: $id) {\n      __typename\n      ...WebFailure\n      ... on TestNotifierPayload {\n        ok\n        error\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebTestNotifierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebPreset on Preset {\n    id\n    name\n    downloadType\n    quality\n    isDefault\n    hasCookies\n    options {\n      container\n      audioFormat\n      subtitles {\n        languages\n        embed\n        format\n        automatic\n      }\n      embedMetadata\n      embedThumbnail\n      embedChapters\n      splitChapters\n      rateLimit\n      folder\n    }\n  }\n"): typeof import('./graphql.js').WebPresetFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebPresets {\n    presets {\n      ...WebPreset\n    }\n  }\n"): typeof import('./graphql.js').WebPresetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCreatePreset($input: CreatePresetInput!) {\n    createPreset(input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebCreatePresetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdatePreset($id: ID!, $input: UpdatePresetInput!) {\n    updatePreset(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebUpdatePresetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebDeletePreset($id: ID!) {\n    deletePreset(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebDeletePresetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebSetPresetCookies($id: ID!, $cookies: String!) {\n    setPresetCookies(id: $id, cookies: $cookies) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebSetPresetCookiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebClearPresetCookies($id: ID!) {\n    clearPresetCookies(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebClearPresetCookiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebFeed on Feed {\n    id\n    url\n    title\n    enabled\n    checkEveryMinutes\n    lastCheckedAt\n    nextCheckAt\n    lastError\n    entryCount\n    preset {\n      id\n      name\n    }\n    filters {\n      titleMatches\n      titleExcludes\n      minDurationSeconds\n      maxDurationSeconds\n      publishedAfter\n      maxNewPerCheck\n    }\n  }\n"): typeof import('./graphql.js').WebFeedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFeeds {\n    feeds {\n      ...WebFeed\n    }\n  }\n"): typeof import('./graphql.js').WebFeedsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFeedEntries($id: ID!) {\n    feed(id: $id) {\n      id\n      entries(first: 100) {\n        edges {\n          node {\n            entryId\n            title\n            state\n            reason\n            download {\n              id\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebFeedEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAddFeed($input: AddFeedInput!) {\n    addFeed(input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebAddFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebUpdateFeed($id: ID!, $input: UpdateFeedInput!) {\n    updateFeed(id: $id, input: $input) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebUpdateFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRemoveFeed($id: ID!) {\n    removeFeed(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebRemoveFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCheckFeed($id: ID!) {\n    checkFeed(id: $id) {\n      __typename\n      ...WebFailure\n      ... on CheckFeedPayload {\n        check {\n          queued\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebCheckFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebTask on Download {\n    id\n    url\n    title\n    status\n    progress\n    speed\n    eta\n    filesize\n    downloadedBytes\n    formatNote\n    isPlaylist\n    playlistIndex\n    playlistTotal\n    playlistTitle\n    groupId\n    filename\n    fileUrl\n    thumbnailUrl\n    downloadType\n    quality\n    errorMessage\n    errorSummary\n    createdAt\n    completedAt\n    updatedAt\n    preset {\n      id\n      name\n    }\n    files {\n      name\n      kind\n      url\n    }\n  }\n"): typeof import('./graphql.js').WebTaskFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebTasks($offset: Int, $limit: Int) {\n    downloads(order: NEWEST_FIRST, offset: $offset, limit: $limit) {\n      ...WebTask\n    }\n    video: qualities(downloadType: VIDEO)\n    audio: qualities(downloadType: AUDIO)\n  }\n"): typeof import('./graphql.js').WebTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WebEvents($after: String) {\n    downloadEvents(after: $after) {\n      __typename\n      cursor\n      download {\n        ...WebTask\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebFailure on Error {\n    code\n    message\n    ... on InvalidInputError {\n      field\n      reason\n    }\n  }\n"): typeof import('./graphql.js').WebFailureFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebFreshLinks($id: ID!) {\n    download(id: $id) {\n      fileUrl\n      thumbnailUrl\n    }\n  }\n"): typeof import('./graphql.js').WebFreshLinksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebAdd($inputs: [AddDownloadInput!]!) {\n    addDownloads(inputs: $inputs) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCancel($id: ID!) {\n    cancelDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebCancelGroup($groupId: ID!) {\n    cancelGroup(groupId: $groupId) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebCancelGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRetry($id: ID!) {\n    retryDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebRetryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebRemove($id: ID!, $deleteFile: Boolean) {\n    removeDownload(id: $id, deleteFile: $deleteFile) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebClear($status: [DownloadStatus!]) {\n    clearDownloads(status: $status) {\n      __typename\n      ...WebFailure\n      ... on ClearDownloadsPayload {\n        count\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebClearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebServerFacts {\n    serverInfo {\n      version\n      authRequired\n    }\n  }\n"): typeof import('./graphql.js').WebServerFactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebQueueState {\n    serverInfo {\n      queuePaused\n    }\n  }\n"): typeof import('./graphql.js').WebQueueStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPauseQueue {\n    pauseQueue {\n      queuePaused\n    }\n  }\n"): typeof import('./graphql.js').WebPauseQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebResumeQueue {\n    resumeQueue {\n      queuePaused\n    }\n  }\n"): typeof import('./graphql.js').WebResumeQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebPrioritize($id: ID!) {\n    prioritizeDownload(id: $id) {\n      __typename\n      ...WebFailure\n    }\n  }\n"): typeof import('./graphql.js').WebPrioritizeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
