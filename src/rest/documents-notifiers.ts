/** The documents the REST layer runs for notifiers. */
import { graphql } from "../gql/index.js";

export const RestNotifierFields = graphql(`
  fragment RestNotifier on Notifier {
    id
    name
    url
    events
    presetIds
    feedIds
    allowPrivateAddress
    enabled
    disabledReason
    failures
    createdAt
  }
`);

export const ListNotifiers = graphql(`
  query RestListNotifiers {
    notifiers {
      ...RestNotifier
    }
  }
`);

export const GetNotifier = graphql(`
  query RestGetNotifier($id: ID!) {
    notifier(id: $id) {
      ...RestNotifier
      deliveries(first: 20) {
        edges {
          node {
            id
            type
            status
            attempts
            statusCode
            error
            createdAt
            deliveredAt
          }
        }
      }
    }
  }
`);

export const AddNotifier = graphql(`
  mutation RestAddNotifier($input: AddNotifierInput!) {
    addNotifier(input: $input) {
      ...RestFailure
      ... on AddNotifierPayload {
        secret
        notifier {
          ...RestNotifier
        }
      }
    }
  }
`);

export const UpdateNotifier = graphql(`
  mutation RestUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {
    updateNotifier(id: $id, input: $input) {
      ...RestFailure
      ...RestNotifier
    }
  }
`);

export const RemoveNotifier = graphql(`
  mutation RestRemoveNotifier($id: ID!) {
    removeNotifier(id: $id) {
      ...RestFailure
      ...RestNotifier
    }
  }
`);

export const TestNotifier = graphql(`
  mutation RestTestNotifier($id: ID!) {
    testNotifier(id: $id) {
      ...RestFailure
      ... on TestNotifierPayload {
        ok
        statusCode
        error
      }
    }
  }
`);
