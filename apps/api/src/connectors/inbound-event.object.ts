import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection } from '../common/graphql/connection.js';
import { JSONScalar } from '../common/graphql/json.scalar.js';
import { INBOUND_SOURCES, INBOUND_STATUSES, type InboundSource, type InboundStatus } from '../inbound/inbound.types.js';
import { PostSpace } from '../posts/post.object.js';
import { ConnectorKindEnum } from './connector.object.js';
import type { ConnectorKind } from './connectors.repository.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const InboundSourceEnum = enumOf(INBOUND_SOURCES);
export const InboundEventStatusEnum = enumOf(INBOUND_STATUSES);
registerEnumType(InboundSourceEnum, {
  name: 'InboundSource',
  description: 'Where an inbound event came from (SMTP mail has no connector).',
});
registerEnumType(InboundEventStatusEnum, {
  name: 'InboundEventStatus',
  description:
    'RECEIVED: stored, waiting for processing. PROCESSED: became a post or comment. IGNORED: deliberately not posted (see reason). ' +
    'UNROUTED: no space for its routing key yet. FAILED: processing threw (see error); retried, and replayable.',
});

@ObjectType()
export class InboundEventConnector {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ConnectorKindEnum)
  kind: ConnectorKind;
}

@ObjectType({ description: 'An entry of the inbox: one accepted webhook delivery or mail, as received (IT only).' })
export class InboundEvent {
  @Field(() => ID)
  id: string;

  @Field(() => InboundEventConnector, { nullable: true, description: 'null for mail received over SMTP.' })
  connector: InboundEventConnector | null;

  @Field(() => InboundSourceEnum)
  source: InboundSource;

  @Field({ description: "The sender's delivery id or Message-ID; unique per connector." })
  externalId: string;

  @Field(() => InboundEventStatusEnum)
  status: InboundStatus;

  @Field(() => String, { nullable: true, description: 'Why it was IGNORED.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'What went wrong when it FAILED.' })
  error: string | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  routingKey: string | null;

  @Field()
  receivedAt: Date;

  @Field(() => Date, { nullable: true })
  processedAt: Date | null;

  @Field(() => PostSpace, { nullable: true, description: 'The space it landed in; null when none, or when the viewer may not see it.' })
  space: PostSpace | null;

  @Field(() => String, {
    nullable: true,
    description: 'The body as received, decoded as UTF-8, at most 64 KiB; null when payloadHidden.',
  })
  rawPayload: string | null;

  @Field({ description: 'Whether rawPayload was cut at 64 KiB.' })
  rawTruncated: boolean;

  @Field(() => Int, { description: 'The size of the body as received, in bytes.' })
  rawSize: number;

  @Field(() => JSONScalar, { nullable: true, description: 'The headers as received; null when payloadHidden.' })
  headers: Record<string, string> | null;

  @Field({
    description: "True when the event landed in a space the viewer may not read: its payload is that space's content (ADR 0008).",
  })
  payloadHidden: boolean;

  /** Resolved through the normal readable-post path; see InboundEventsResolver. */
  postId: string | null;
  commentId: string | null;
  /** Sort key for keyset cursors, at full database precision. */
  cursorTime: string;
}

@ObjectType()
export class InboundEventConnection extends Connection(InboundEvent, 'InboundEvent') {}
