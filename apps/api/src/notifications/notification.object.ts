import { EMAIL_DIGESTS, type EmailDigest, NOTIFICATION_KINDS, type NotificationKind, type PostKind } from '@chantier/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Connection } from '../common/graphql/connection.js';
import { PostAuthor, PostKindEnum, PostSpace } from '../posts/post.object.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
export const EmailDigestEnum = enumOf(EMAIL_DIGESTS);
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description:
    'MENTION: someone @mentioned you. REPLY: a comment on your post, or a reply to your comment. REACTION: reactions to your post or ' +
    'comment (one notification per target while unread). SPACE_POST: new posts in a space you follow (one per space while unread). ' +
    'CONNECTOR_EVENT: an event from a connected application.',
});
registerEnumType(EmailDigestEnum, { name: 'EmailDigest', description: 'How often unread notifications are e-mailed.' });

@ObjectType()
export class NotificationPost {
  @Field(() => ID)
  id: string;

  @Field(() => PostKindEnum)
  kind: PostKind;
}

@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => Int, { description: 'How many events this notification gathers (reactions, new posts); 1 for the other kinds.' })
  count: number;

  @Field(() => PostAuthor, { nullable: true, description: 'Who acted (the latest of them for gathered notifications).' })
  actor: PostAuthor | null;

  @Field(() => NotificationPost, { nullable: true, description: 'The post it is about (the latest one for SPACE_POST).' })
  post: NotificationPost | null;

  @Field(() => ID, { nullable: true, description: 'The comment it is about, if any.' })
  commentId: string | null;

  @Field(() => PostSpace, { nullable: true, description: 'Where it happened; null for the company-wide stream.' })
  space: PostSpace | null;

  @Field(() => String, { nullable: true, description: 'A short plain-text preview of the post or comment.' })
  excerpt: string | null;

  @Field()
  read: boolean;

  @Field()
  createdAt: Date;

  @Field({ description: 'When it last changed (a gathered notification moves up when it grows).' })
  updatedAt: Date;

  /** Sort key for keyset cursors, at full database precision. */
  cursorTime: string;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification, 'Notification') {}

@ObjectType()
export class NotificationKindSetting {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: 'Whether this kind shows in the app.' })
  enabled: boolean;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => [NotificationKindSetting], { description: 'Every kind, on unless switched off.' })
  inApp: NotificationKindSetting[];

  @Field(() => EmailDigestEnum)
  emailDigest: EmailDigest;
}
