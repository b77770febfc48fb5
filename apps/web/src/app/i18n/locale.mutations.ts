import { graphql } from 'src/gql';

export const UpdateMyLocaleMutation = graphql(`
  mutation UpdateMyLocale($locale: String!) {
    updateMe(input: { locale: $locale }) {
      id
      locale
    }
  }
`);
