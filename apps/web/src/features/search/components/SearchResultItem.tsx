import { SearchResult } from '@chantier/ui';
import { useTranslation } from 'react-i18next';
import { formatRelativeTime } from 'src/app/i18n/format';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const SearchResultItemFragment = graphql(`
  fragment SearchResultItem_result on SearchResult {
    __typename
    ... on Post {
      id
      createdAt
      author {
        id
        displayName
      }
      space {
        id
        slug
        name
      }
    }
    ... on Comment {
      id
      postId
      createdAt
      author {
        id
        displayName
      }
    }
    ... on Space {
      id
      slug
      name
      kind
      description
      memberCount
    }
    ... on User {
      id
      handle
      displayName
      title
      department {
        id
        name
      }
    }
  }
`);

export interface SearchResultItemProps {
  result: FragmentType<typeof SearchResultItemFragment>;
  snippet: string | null;
}

export const SearchResultItem = ({ result: ref, snippet }: SearchResultItemProps) => {
  const { t, i18n } = useTranslation();
  const node = getFragmentData(SearchResultItemFragment, ref);
  const ago = (iso: string) => formatRelativeTime(iso, i18n.language);

  switch (node.__typename) {
    case 'Post':
      return (
        <SearchResult
          resultId={node.id}
          kind="POST"
          kindLabel={t('search.kind.POST')}
          title={node.space ? t('search.postIn', { author: node.author.displayName, space: node.space.name }) : node.author.displayName}
          href={`/posts/${node.id}`}
          snippetHtml={snippet}
          meta={ago(node.createdAt)}
        />
      );
    case 'Comment':
      return (
        <SearchResult
          resultId={node.id}
          kind="COMMENT"
          kindLabel={t('search.kind.COMMENT')}
          title={t('search.commentBy', { author: node.author.displayName })}
          href={`/posts/${node.postId}`}
          snippetHtml={snippet}
          meta={ago(node.createdAt)}
        />
      );
    case 'Space':
      return (
        <SearchResult
          resultId={node.id}
          kind="SPACE"
          kindLabel={t('search.kind.SPACE')}
          title={node.name}
          href={`/spaces/${node.slug}`}
          snippetHtml={snippet}
          fallbackText={node.description}
          meta={[t(`spaces.kind.${node.kind}`), t('spaces.memberCount', { count: node.memberCount })].join(' · ')}
        />
      );
    case 'User':
      return (
        <SearchResult
          resultId={node.id}
          kind="USER"
          kindLabel={t('search.kind.USER')}
          title={node.displayName}
          href={`/people/${node.handle}`}
          snippetHtml={snippet}
          fallbackText={node.title}
          meta={[`@${node.handle}`, node.department?.name].filter(Boolean).join(' · ')}
        />
      );
  }
};
