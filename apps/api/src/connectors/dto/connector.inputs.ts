import { Field, ID, InputType } from '@nestjs/graphql';

import { JSONScalar } from '../../common/graphql/json.scalar.js';
import { ConnectorKindEnum } from '../connector.object.js';
import type { ConnectorKind } from '../connectors.repository.js';

@InputType()
export class ConnectorRouteInput {
  @Field({ description: 'The routing key, e.g. github:acme/api, jira:CHAN, crm:OPP-1042 (1–300 characters).' })
  key: string;

  @Field(() => ID, { description: 'A PROJECT or GROUP space the viewer can see.' })
  spaceId: string;
}

@InputType()
export class CreateConnectorInput {
  @Field(() => ConnectorKindEnum)
  kind: ConnectorKind;

  @Field({ description: '1–120 characters; also the display name of the connector on its posts.' })
  name: string;

  @Field(() => [ConnectorRouteInput], { nullable: true })
  routes?: ConnectorRouteInput[] | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Per kind. IMAP: { host, port = 993, secure = true, user, password, mailbox = "INBOX" }. Others: optional.',
  })
  settings?: unknown;

  @Field(() => String, {
    nullable: true,
    description:
      'A signing secret issued by the sender (Intercom client secret, Front signing key…); a random one is generated when omitted.',
  })
  secret?: string | null;
}
