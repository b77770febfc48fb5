import { Badge, Card, Group, type MantineColor, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { Avatar } from '../../display/Avatar/Avatar';
import { MarkdownHtml } from '../../display/MarkdownHtml/MarkdownHtml';
import { UiLink } from '../../navigation/UiLink/UiLink';

export interface PostCardBadge {
  key: string;
  label: string;
  color?: MantineColor;
  /** External link (e.g. the ticket a connector post came from); opens in a new tab. */
  href?: string;
  title?: string;
  testId?: string;
}

export interface PostCardProps {
  postId: string;
  author: { name: string; href: string; subtitle?: string | null };
  /** Null for the company-wide stream. */
  space?: { name: string; href: string } | null;
  /** e.g. "in" in "Alice in Sales". */
  spacePreposition?: string;
  time: { label: string; title: string; dateTime: string; href: string };
  editedLabel?: string | null;
  html: string;
  badges?: PostCardBadge[];
  /** Menu of edit/delete/pin actions, only passed when the viewer may use them. */
  actions?: ReactNode;
  /** Replaces the rendered body, e.g. by an edit form. */
  bodyOverride?: ReactNode;
  reactions?: ReactNode;
  /** Right side of the footer, e.g. the comments toggle. */
  footerExtra?: ReactNode;
  /** Comments section, rendered under the footer. */
  children?: ReactNode;
}

export const PostCard = ({
  postId,
  author,
  space,
  spacePreposition,
  time,
  editedLabel,
  html,
  badges = [],
  actions,
  bodyOverride,
  reactions,
  footerExtra,
  children,
}: PostCardProps) => (
  <Card withBorder radius="md" padding="md" component="article" data-testid="post-card" data-post-id={postId}>
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <Avatar name={author.name} />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
              <UiLink href={author.href} fw={600} c="inherit">
                {author.name}
              </UiLink>
              {space ? (
                <>
                  {' '}
                  <Text span c="dimmed" size="sm">
                    {spacePreposition ?? '›'}
                  </Text>{' '}
                  <UiLink href={space.href} fw={600}>
                    {space.name}
                  </UiLink>
                </>
              ) : null}
            </Text>
            <Text size="xs" c="dimmed" component="div">
              {author.subtitle ? <>{author.subtitle} · </> : null}
              <UiLink href={time.href} c="dimmed" size="xs">
                <time dateTime={time.dateTime} title={time.title}>
                  {time.label}
                </time>
              </UiLink>
              {editedLabel ? <> · {editedLabel}</> : null}
            </Text>
          </Stack>
        </Group>
        {actions}
      </Group>

      {badges.length > 0 ? (
        <Group gap={6} wrap="wrap">
          {badges.map((badge) =>
            badge.href ? (
              <Badge
                key={badge.key}
                color={badge.color}
                variant="light"
                component="a"
                href={badge.href}
                target="_blank"
                rel="noopener noreferrer"
                title={badge.title}
                data-testid={badge.testId}
                style={{ cursor: 'pointer' }}
              >
                {badge.label} ↗
              </Badge>
            ) : (
              <Badge key={badge.key} color={badge.color} variant="light" title={badge.title} data-testid={badge.testId}>
                {badge.label}
              </Badge>
            ),
          )}
        </Group>
      ) : null}

      {bodyOverride ?? <MarkdownHtml html={html} data-testid="post-body" />}

      {reactions || footerExtra ? (
        <Group justify="space-between" gap="xs" wrap="wrap">
          {reactions}
          {footerExtra}
        </Group>
      ) : null}

      {children}
    </Stack>
  </Card>
);
