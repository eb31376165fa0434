/** The documents the page runs for notifiers. */
import { graphql } from "./gql/index.js";

graphql(`
  fragment WebNotifier on Notifier {
    id
    name
    url
    enabled
    disabledReason
    events
    deliveries(first: 5) {
      edges {
        node {
          id
          type
          status
          attempts
          statusCode
          error
          createdAt
        }
      }
    }
  }
`);

export const Notifiers = graphql(`
  query WebNotifiers {
    notifiers {
      ...WebNotifier
    }
  }
`);

export const AddNotifier = graphql(`
  mutation WebAddNotifier($input: AddNotifierInput!) {
    addNotifier(input: $input) {
      __typename
      ...WebFailure
      ... on AddNotifierPayload {
        secret
      }
    }
  }
`);

export const UpdateNotifier = graphql(`
  mutation WebUpdateNotifier($id: ID!, $input: UpdateNotifierInput!) {
    updateNotifier(id: $id, input: $input) {
      __typename
      ...WebFailure
    }
  }
`);

export const RemoveNotifier = graphql(`
  mutation WebRemoveNotifier($id: ID!) {
    removeNotifier(id: $id) {
      __typename
      ...WebFailure
    }
  }
`);

export const TestNotifier = graphql(`
  mutation WebTestNotifier($id: ID!) {
    testNotifier(id: $id) {
      __typename
      ...WebFailure
      ... on TestNotifierPayload {
        ok
        error
      }
    }
  }
`);
