import type { EmailDigest, NotificationKind } from '@chantier/domain';
import { Field, InputType } from '@nestjs/graphql';

import { EmailDigestEnum, NotificationKindEnum } from '../notification.object.js';

@InputType()
export class NotificationKindSettingInput {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field()
  enabled: boolean;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => [NotificationKindSettingInput], {
    nullable: true,
    description: 'Kinds to switch on or off; kinds not listed keep their setting.',
  })
  inApp?: NotificationKindSettingInput[] | null;

  @Field(() => EmailDigestEnum, { nullable: true })
  emailDigest?: EmailDigest | null;
}
