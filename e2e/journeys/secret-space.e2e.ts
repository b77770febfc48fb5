import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';

import { graphql, login } from '../support/api.js';
import { journey, launchBrowser, openAs, signIn } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it("a non-member opening a secret space's post gets the not-found page and never its text", async () => {
  const alice = await login('alice@demo.chantier.test');
  const stamp = Date.now().toString(36);
  const secretText = `Confidential acquisition target ${stamp}`;
  const { createSpace } = await graphql<{ createSpace: { id: string; slug: string } }>(
    `
      mutation ($input: CreateSpaceInput!) {
        createSpace(input: $input) {
          id
          slug
        }
      }
    `,
    { input: { name: `Board ${stamp}`, kind: 'GROUP', visibility: 'SECRET' } },
    alice.token,
  );
  const { createPost } = await graphql<{ createPost: { id: string } }>(
    `
      mutation ($input: CreatePostInput!) {
        createPost(input: $input) {
          id
        }
      }
    `,
    { input: { spaceId: createSpace.id, body: secretText } },
    alice.token,
  );

  const bob = await openAs(browser);
  const responses: string[] = [];
  bob.page.on('response', (response) => {
    if (response.url().includes('/graphql'))
      void response.text().then(
        (body) => responses.push(body),
        () => undefined,
      );
  });
  await journey('secret-space', [bob], async () => {
    await signIn(bob, 'bob@demo.chantier.test');
    await bob.page.goto(`/posts/${createPost.id}`);
    await bob.page.getByTestId('not-found').waitFor();
    await bob.page.goto(`/spaces/${createSpace.slug}`);
    await bob.page.getByTestId('not-found').waitFor();
    await bob.page.waitForLoadState('networkidle');
    expect(await bob.page.content()).not.toContain(secretText);
    expect(await bob.page.content()).not.toContain(`Board ${stamp}`);
    expect(responses.join('\n')).not.toContain(secretText);
  });
  await bob.context.close();
});
