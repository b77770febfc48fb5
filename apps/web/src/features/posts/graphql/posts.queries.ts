import { graphql } from 'src/gql';

export const PostPageQuery = graphql(`
  query PostPage($id: ID!) {
    post(id: $id) {
      id
      ...PostCard_post
    }
  }
`);

export const PostCommentsQuery = graphql(`
  query PostComments($postId: ID!, $first: Int!, $after: String) {
    post(id: $postId) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            parentId
            ...CommentItem_comment
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const RenderMarkdownQuery = graphql(`
  query RenderMarkdown($body: String!) {
    renderMarkdown(body: $body)
  }
`);

// Spaces the viewer belongs to, for the composer's picker (server filters by membership).
export const ComposerSpacesQuery = graphql(`
  query ComposerSpaces {
    spaces(filter: { mine: true }, first: 100) {
      edges {
        cursor
        node {
          id
          name
          viewerCanPost
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
