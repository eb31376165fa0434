import { graphql } from "./gql/index.js";

/** The selection's actions: one call for many tasks, each failure named by its task. */

graphql(`
  fragment WebBulkFailures on BulkFailure {
    id
    message
  }
`);

export const CancelMany = graphql(`
  mutation WebCancelMany($ids: [ID!]!) {
    cancelDownloads(ids: $ids) {
      __typename
      ...WebFailure
      ... on CancelDownloadsPayload {
        failed {
          ...WebBulkFailures
        }
      }
    }
  }
`);

export const RetryMany = graphql(`
  mutation WebRetryMany($ids: [ID!]!) {
    retryDownloads(ids: $ids) {
      __typename
      ...WebFailure
      ... on RetryDownloadsPayload {
        failed {
          ...WebBulkFailures
        }
      }
    }
  }
`);

export const RemoveMany = graphql(`
  mutation WebRemoveMany($ids: [ID!]!, $deleteFiles: Boolean) {
    removeDownloads(ids: $ids, deleteFiles: $deleteFiles) {
      __typename
      ...WebFailure
      ... on RemoveDownloadsPayload {
        failed {
          ...WebBulkFailures
        }
      }
    }
  }
`);
