import { graphql } from 'src/gql';

export const CreatePostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      id
      space {
        id
      }
      author {
        id
      }
      ...PostCard_post
    }
  }
`);

export const EditPostMutation = graphql(`
  mutation EditPost($id: ID!, $body: String!) {
    editPost(id: $id, body: $body) {
      id
      body
      html
      editedAt
    }
  }
`);

export const DeletePostMutation = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id)
  }
`);

export const PinPostMutation = graphql(`
  mutation PinPost($id: ID!, $pinned: Boolean!) {
    pinPost(id: $id, pinned: $pinned) {
      id
      pinned
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($postId: ID!, $body: String!, $parentId: ID) {
    addComment(postId: $postId, body: $body, parentId: $parentId) {
      id
      parentId
      ...CommentItem_comment
    }
  }
`);
