import { PersonCard } from '@chantier/ui';
import { type FragmentType, getFragmentData, graphql } from 'src/gql';

export const PersonCardItemFragment = graphql(`
  fragment PersonCardItem_user on User {
    id
    handle
    displayName
    title
    department {
      id
      name
    }
  }
`);

export const PersonCardItem = ({ user: userRef }: { user: FragmentType<typeof PersonCardItemFragment> }) => {
  const user = getFragmentData(PersonCardItemFragment, userRef);
  const subtitle = [user.title, user.department?.name].filter(Boolean).join(' · ');
  return (
    <PersonCard
      handle={user.handle}
      name={user.displayName}
      href={`/people/${user.handle}`}
      subtitle={subtitle || null}
      caption={`@${user.handle}`}
    />
  );
};
