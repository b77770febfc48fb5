import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';

import { graphql, login } from '../support/api.js';
import { journey, launchBrowser, openAs, signIn } from '../support/browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const unread = async (token: string) =>
  (
    await graphql<{ unreadNotificationCount: number }>(
      `
        {
          unreadNotificationCount
        }
      `,
      {},
      token,
    )
  ).unreadNotificationCount;

it("bob's comment reaches alice live: the comment appears and her bell counts it, without a reload", async () => {
  const alice = await login('alice@demo.chantier.test');
  const bob = await login('bob@demo.chantier.test');
  await graphql(
    `
      mutation {
        markNotificationsRead
      }
    `,
    {},
    alice.token,
  );
  const stamp = Date.now().toString(36);
  const { createPost } = await graphql<{ createPost: { id: string } }>(
    `
      mutation ($input: CreatePostInput!) {
        createPost(input: $input) {
          id
        }
      }
    `,
    { input: { body: `Who has the latest pricing grid? ${stamp}`, kind: 'QUESTION' } },
    alice.token,
  );

  const alicePerson = await openAs(browser);
  await journey('live-notifications', [alicePerson], async () => {
    await signIn(alicePerson, 'alice@demo.chantier.test');
    await alicePerson.page.goto(`/posts/${createPost.id}`);
    const card = alicePerson.page.getByTestId('post-card').filter({ hasText: stamp });
    await card.waitFor();
    const bell = alicePerson.page.getByTestId('notification-bell');
    await bell.waitFor();
    expect(await alicePerson.page.getByTestId('notification-count').count()).toBe(0);

    const answer = `It is in the sales drive, v7 ${stamp}`;
    await graphql(
      `
        mutation ($p: ID!, $b: String!) {
          addComment(postId: $p, body: $b) {
            id
          }
        }
      `,
      { p: createPost.id, b: answer },
      bob.token,
    );

    await card.getByTestId('comment').filter({ hasText: answer }).waitFor();
    await alicePerson.page.getByTestId('notification-count').filter({ hasText: '1' }).waitFor();
    expect(await unread(alice.token)).toBe(1);
  });
  await alicePerson.context.close();
});
