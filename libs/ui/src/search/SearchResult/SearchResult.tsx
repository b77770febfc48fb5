import { Badge, Card, Group, Stack, Text } from '@mantine/core';

import { MarkdownHtml } from '../../display/MarkdownHtml/MarkdownHtml';
import { UiLink } from '../../navigation/UiLink/UiLink';

export interface SearchResultProps {
  resultId: string;
  /** POST, COMMENT, SPACE or USER: also a data attribute for tests. */
  kind: string;
  /** Localised kind, e.g. "Post". */
  kindLabel: string;
  title: string;
  href: string;
  /** Safe HTML from the server: escaped text with <mark> around the matched words. */
  snippetHtml?: string | null;
  /** Shown when there is no snippet, e.g. a person's job title. */
  fallbackText?: string | null;
  /** e.g. "in Sales · 3 days ago". */
  meta?: string | null;
}

export const SearchResult = ({ resultId, kind, kindLabel, title, href, snippetHtml, fallbackText, meta }: SearchResultProps) => (
  <Card withBorder radius="md" padding="sm" component="article" data-testid="search-result" data-kind={kind} data-result-id={resultId}>
    <Stack gap={6}>
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Badge size="sm" variant="light" color="gray" style={{ flexShrink: 0 }}>
          {kindLabel}
        </Badge>
        <UiLink href={href} fw={600} c="inherit" style={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="search-result-link">
          {title}
        </UiLink>
      </Group>
      {snippetHtml ? (
        <Text size="sm" component="div">
          <MarkdownHtml html={snippetHtml} references={false} data-testid="search-snippet" />
        </Text>
      ) : fallbackText ? (
        <Text size="sm" c="dimmed" lineClamp={2}>
          {fallbackText}
        </Text>
      ) : null}
      {meta ? (
        <Text size="xs" c="dimmed">
          {meta}
        </Text>
      ) : null}
    </Stack>
  </Card>
);
