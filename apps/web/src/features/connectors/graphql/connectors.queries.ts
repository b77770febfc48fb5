import { graphql } from 'src/gql';

export const ConnectorFragment = graphql(`
  fragment ConnectorCard_connector on Connector {
    id
    kind
    name
    hookUrl
    settings
    active
    createdAt
    previousSecretExpiresAt
    mailbox {
      mailbox
      lastUid
      lastConnectedAt
      lastError
      lastErrorAt
    }
    routes {
      key
      space {
        id
        name
        slug
      }
    }
  }
`);

export const ConnectorsQuery = graphql(`
  query Connectors {
    connectors {
      id
      ...ConnectorCard_connector
    }
  }
`);

export const ConnectorNameQuery = graphql(`
  query ConnectorName($id: ID!) {
    connector(id: $id) {
      id
      name
      kind
    }
  }
`);

// `secret` is asked for only here and in the rotation: the API answers it nowhere else.
export const CreateConnectorMutation = graphql(`
  mutation CreateConnector($input: CreateConnectorInput!) {
    createConnector(input: $input) {
      id
      secret
      hookUrl
      ...ConnectorCard_connector
    }
  }
`);

export const RotateConnectorSecretMutation = graphql(`
  mutation RotateConnectorSecret($id: ID!, $secret: String) {
    rotateConnectorSecret(id: $id, secret: $secret) {
      id
      secret
      ...ConnectorCard_connector
    }
  }
`);

export const AddConnectorRouteMutation = graphql(`
  mutation AddConnectorRoute($connectorId: ID!, $key: String!, $spaceId: ID!) {
    addConnectorRoute(connectorId: $connectorId, key: $key, spaceId: $spaceId) {
      id
      ...ConnectorCard_connector
    }
  }
`);

export const RemoveConnectorRouteMutation = graphql(`
  mutation RemoveConnectorRoute($connectorId: ID!, $key: String!) {
    removeConnectorRoute(connectorId: $connectorId, key: $key) {
      id
      ...ConnectorCard_connector
    }
  }
`);

export const RouteSpaceOptionsQuery = graphql(`
  query RouteSpaceOptions($query: String) {
    spaces(filter: { query: $query }, first: 20) {
      edges {
        node {
          id
          name
          kind
          visibility
        }
      }
    }
  }
`);
