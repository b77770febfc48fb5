import { graphql } from 'src/gql';

// What the shell needs about the signed-in person (name, locale, handle for "my profile").
export const ViewerFragment = graphql(`
  fragment Viewer_user on User {
    id
    handle
    email
    displayName
    title
    role
    locale
    department {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      ...Viewer_user
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        id
        ...Viewer_user
      }
    }
  }
`);
