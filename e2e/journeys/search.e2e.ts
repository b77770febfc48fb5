import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';

import { graphql, login } from '../support/api.js';
import { journey, launchBrowser, openAs, signIn } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it('search finds what bob may read and never what a secret space holds', async () => {
  const alice = await login('alice@demo.chantier.test');
  const word = `zephyrine${Date.now().toString(36)}`;
  const { createSpace } = await graphql<{ createSpace: { id: string } }>(
    `
      mutation ($input: CreateSpaceInput!) {
        createSpace(input: $input) {
          id
        }
      }
    `,
    { input: { name: `Hidden ${word}`, kind: 'GROUP', visibility: 'SECRET' } },
    alice.token,
  );
  const post = `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`;
  await graphql(post, { input: { body: `Public note about the ${word} migration` } }, alice.token);
  await graphql(post, { input: { spaceId: createSpace.id, body: `Secret note about the ${word} budget` } }, alice.token);

  const bob = await openAs(browser);
  await journey('search', [bob], async () => {
    await signIn(bob, 'bob@demo.chantier.test');
    await bob.page.getByTestId('search-input').fill(word);
    await bob.page.getByTestId('search-input').press('Enter');
    await bob.page.getByText('migration').first().waitFor();
    await bob.page.waitForLoadState('networkidle');
    const html = await bob.page.content();
    expect(html).toContain(word);
    expect(html).not.toContain('budget');
    expect(html).not.toContain(`Hidden ${word}`);
  });
  await bob.context.close();
});
