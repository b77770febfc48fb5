import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';

import { graphql, login } from '../support/api.js';
import { journey, launchBrowser, openAs, signIn } from '../support/browser.js';

const ALICE = 'alice@demo.chantier.test';
const BOB = 'bob@demo.chantier.test';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it('alice posts in a project space, bob sees it at home and comments, alice sees the comment and reacts', async () => {
  const alice = await login(ALICE);
  const bob = await login(BOB);
  const stamp = Date.now().toString(36);
  const { createSpace } = await graphql<{ createSpace: { id: string; slug: string } }>(
    `
      mutation ($input: CreateSpaceInput!) {
        createSpace(input: $input) {
          id
          slug
        }
      }
    `,
    {
      input: {
        name: `Rollout ${stamp}`,
        kind: 'PROJECT',
        visibility: 'PRIVATE',
        project: { externalKey: `crm:E2E-${stamp}`, customer: 'Acme', status: 'ACTIVE', targetValue: 120000, currency: 'EUR' },
      },
    },
    alice.token,
  );
  await graphql(
    `
      mutation ($s: ID!, $u: ID!) {
        addMember(spaceId: $s, userId: $u) {
          id
        }
      }
    `,
    { s: createSpace.id, u: bob.userId },
    alice.token,
  );

  const alicePerson = await openAs(browser);
  const bobPerson = await openAs(browser, { width: 375, height: 800 });
  const text = `Kick-off notes for the Acme rollout ${stamp}`;
  const reply = `Thanks, I will prepare the migration plan ${stamp}`;

  await journey('conversation', [alicePerson, bobPerson], async () => {
    await signIn(alicePerson, ALICE);
    await alicePerson.page.goto(`/spaces/${createSpace.slug}`);
    await alicePerson.page.getByTestId('project-panel').waitFor();
    await alicePerson.page.getByTestId('composer-input').fill(text);
    await alicePerson.page.getByTestId('composer-submit').click();
    await alicePerson.page.getByTestId('post-card').filter({ hasText: text }).waitFor();

    await signIn(bobPerson, BOB);
    const bobCard = bobPerson.page.getByTestId('post-card').filter({ hasText: text });
    await bobCard.waitFor();
    await bobCard.getByTestId('post-comments-toggle').click();
    await bobCard.getByTestId('comment-input').fill(reply);
    await bobCard.getByTestId('comment-submit').click();
    await bobCard.getByTestId('comment').filter({ hasText: reply }).waitFor();

    const postId = await bobCard.getAttribute('data-post-id');
    await alicePerson.page.goto(`/posts/${postId}`);
    const aliceCard = alicePerson.page.getByTestId('post-card').filter({ hasText: text });
    await aliceCard.getByTestId('comment').filter({ hasText: reply }).waitFor();
    await aliceCard.getByTestId('reaction-LIKE').first().click();
    await alicePerson.page.waitForFunction(
      (id) => document.querySelector(`[data-post-id="${id}"] [data-testid="reaction-LIKE"]`)?.getAttribute('aria-pressed') === 'true',
      postId,
    );
    expect(await aliceCard.getByTestId('reaction-count-LIKE').first().textContent()).toContain('1');
    const stored = await graphql<{ post: { reactionCounts: { type: string; count: number }[]; commentCount: number } }>(
      `
        query ($id: ID!) {
          post(id: $id) {
            commentCount
            reactionCounts {
              type
              count
            }
          }
        }
      `,
      { id: postId },
      alice.token,
    );
    expect(stored.post).toEqual({ commentCount: 1, reactionCounts: [{ type: 'LIKE', count: 1 }] });
  });
  await alicePerson.context.close();
  await bobPerson.context.close();
});
