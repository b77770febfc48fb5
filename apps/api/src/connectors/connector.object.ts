import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { JSONScalar } from '../common/graphql/json.scalar.js';
import { PostSpace } from '../posts/post.object.js';
import { CONNECTOR_KINDS, type ConnectorKind } from './connectors.repository.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ConnectorKindEnum = enumOf(CONNECTOR_KINDS);
registerEnumType(ConnectorKindEnum, {
  name: 'ConnectorKind',
  description:
    'GENERIC: CloudEvents 1.0 signed per Standard Webhooks. GITHUB, JIRA, FRESHDESK, FRONT, INTERCOM: webhooks in each ' +
    "source's own scheme. IMAP: a watched mailbox (no hook URL).",
});

@ObjectType()
export class ConnectorRoute {
  @Field({ description: 'The routing key events carry, e.g. github:acme/api, jira:CHAN or crm:OPP-1042.' })
  key: string;

  @Field(() => PostSpace, { nullable: true, description: 'Where its events land; null when the viewer may not see that space.' })
  space: PostSpace | null;
}

@ObjectType({ description: "Where an IMAP connector's mailbox watcher stands." })
export class MailboxStatus {
  @Field()
  mailbox: string;

  @Field(() => Int, { description: 'The highest message UID ingested (within uidValidity).' })
  lastUid: number;

  @Field(() => String, { nullable: true })
  uidValidity: string | null;

  @Field(() => Date, { nullable: true, description: 'When the watcher last logged in successfully.' })
  lastConnectedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The last connection or mailbox error, cleared by the next successful connection.' })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  lastErrorAt: Date | null;
}

@ObjectType({ description: 'A connection from an external application into Chantier (IT only).' })
export class Connector {
  @Field(() => ID)
  id: string;

  @Field(() => ConnectorKindEnum)
  kind: ConnectorKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Where the source must POST its webhooks; null for IMAP.' })
  hookUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signing secret: only in the answers of createConnector and rotateConnectorSecret, null everywhere else.',
  })
  secret: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when the previous secret is still accepted after a rotation.' })
  previousSecretExpiresAt: Date | null;

  @Field(() => JSONScalar, { description: "The kind's settings; passwords, secrets and tokens are masked." })
  settings: Record<string, unknown>;

  @Field(() => [ConnectorRoute])
  routes: ConnectorRoute[];

  @Field(() => MailboxStatus, { nullable: true, description: 'IMAP only: the watcher of its mailbox; null before its first connection.' })
  mailbox: MailboxStatus | null;

  @Field()
  active: boolean;

  @Field()
  createdAt: Date;
}
