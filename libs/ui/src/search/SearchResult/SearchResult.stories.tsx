import type { ComponentProps } from 'react';

import { SearchResult } from './SearchResult';

export default { title: 'Search/SearchResult', component: SearchResult };

type Story = { args: ComponentProps<typeof SearchResult> };

export const Post: Story = {
  args: {
    resultId: 'p1',
    kind: 'POST',
    kindLabel: 'Post',
    title: 'Alice Martin in ACME renewal 2026',
    href: '/posts/p1',
    snippetHtml: 'The <mark>pricing</mark> grid is in the shared drive.',
    meta: '5 minutes ago',
  },
};

export const Person: Story = {
  args: {
    resultId: 'u1',
    kind: 'USER',
    kindLabel: 'Person',
    title: 'Bob Garnier',
    href: '/people/bob',
    fallbackText: 'Customer Success Manager',
    meta: '@bob · Customer success',
  },
};
