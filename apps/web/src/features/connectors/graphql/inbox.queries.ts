import { graphql } from 'src/gql';

export const INBOX_PAGE_SIZE = 20;

export const InboundEventFragment = graphql(`
  fragment InboundEventRow_event on InboundEvent {
    id
    source
    externalId
    status
    reason
    error
    attempts
    routingKey
    receivedAt
    processedAt
    rawPayload
    rawTruncated
    rawSize
    headers
    payloadHidden
    space {
      id
      name
      slug
    }
    post {
      id
    }
    comment {
      id
    }
  }
`);

export const InboundEventsQuery = graphql(`
  query InboundEvents($connectorId: ID, $status: InboundEventStatus, $first: Int!, $after: String) {
    inboundEvents(connectorId: $connectorId, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...InboundEventRow_event
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReplayInboundEventMutation = graphql(`
  mutation ReplayInboundEvent($id: ID!) {
    replayInboundEvent(id: $id) {
      id
      ...InboundEventRow_event
    }
  }
`);
