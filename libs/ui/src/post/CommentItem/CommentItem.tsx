import { Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { Avatar } from '../../display/Avatar/Avatar';
import { MarkdownHtml } from '../../display/MarkdownHtml/MarkdownHtml';
import { UiLink } from '../../navigation/UiLink/UiLink';

export interface CommentItemProps {
  commentId: string;
  author: { name: string; href: string };
  time: { label: string; title: string; dateTime: string };
  editedLabel?: string | null;
  html: string;
  /** Replies are indented under their top-level comment. */
  isReply?: boolean;
  reactions?: ReactNode;
  /** Footer actions such as "Reply". */
  actions?: ReactNode;
  /** Replies and the reply form. */
  children?: ReactNode;
}

export const CommentItem = ({
  commentId,
  author,
  time,
  editedLabel,
  html,
  isReply = false,
  reactions,
  actions,
  children,
}: CommentItemProps) => (
  <Box data-testid="comment" data-comment-id={commentId} pl={isReply ? 'lg' : 0}>
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Avatar name={author.name} size="sm" />
      <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Box bg="var(--mantine-color-default-hover)" px="sm" py={6} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Text size="xs" component="div">
            <UiLink href={author.href} fw={600} c="inherit" size="xs">
              {author.name}
            </UiLink>{' '}
            <Text span c="dimmed" size="xs">
              <time dateTime={time.dateTime} title={time.title}>
                {time.label}
              </time>
              {editedLabel ? <> · {editedLabel}</> : null}
            </Text>
          </Text>
          <Box fz="sm">
            <MarkdownHtml html={html} data-testid="comment-body" />
          </Box>
        </Box>
        {reactions || actions ? (
          <Group gap="xs" wrap="wrap">
            {reactions}
            {actions}
          </Group>
        ) : null}
        {children}
      </Stack>
    </Group>
  </Box>
);
