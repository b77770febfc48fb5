import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { waitForInbound } from '../../test/factories/connectors.js';
import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { ok } from '../../test/gql-client.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { InboxService } from '../inbound/inbox.service.js';
import { UNKNOWN_ADDRESS } from './mail-acceptance.js';
import { replyAddress } from './mail-address.js';
import { deliver, MAIL_DOMAIN, message } from './mail-in.test-kit.js';
import { ReplyTokens } from './reply-token.js';

/* `reply+<token>@MAIL_DOMAIN`: a signed, expiring address bound to one person and one post. */

const DAY = 86_400_000;

describe('mail in: replies by reply+token address', () => {
  let t: TestApp;
  let tokens: ReplyTokens;
  let alice: TestUser;
  let bob: TestUser;
  let space: TestSpace;
  let post: { id: string };

  const reply = (from: TestUser, to: string, body = 'Sounds good to me.\n\nOn Mon, someone wrote:\n> the original text') =>
    deliver(t, { from: from.email, to: [to] }, message({ from: from.email, to, subject: 'Re: plan', body }));
  const eventsAndComments = async () =>
    (
      await t.db.query(
        `SELECT (SELECT count(*)::int FROM inbound_event) AS events, (SELECT count(*)::int FROM comment WHERE post_id = $1) AS comments`,
        [post.id],
      )
    )[0] as { events: number; comments: number };

  beforeAll(async () => {
    t = await startTestApp();
    tokens = t.server.app.get(ReplyTokens);
    alice = await t.f.user();
    bob = await t.f.user();
    space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: alice }, { user: bob }] });
    post = await t.f.post({ author: bob, space, body: 'The plan' });
  });
  afterAll(() => t.close());

  it('comments on the post as the token’s person, without the quoted history', async () => {
    const to = replyAddress(tokens.issue(alice.id, post.id, new Date()), MAIL_DOMAIN);
    const sent = await reply(alice, to);
    expect(sent.code).toBe(250);
    const row = await waitForInbound(t, sent.eventIds[0]!);
    expect(row).toMatchObject({ status: 'PROCESSED', postId: post.id, spaceId: space.id });
    const [comment] = await t.db.query(`SELECT author_id, body FROM comment WHERE id = $1`, [row.commentId]);
    expect(comment).toEqual({ author_id: alice.id, body: 'Sounds good to me.' });
    // Same side effects as a comment written in the app: the post's author is notified.
    const notified = await t.db.query(`SELECT kind FROM notification WHERE recipient_id = $1 AND post_id = $2`, [bob.id, post.id]);
    expect(notified).toEqual([{ kind: 'REPLY' }]);
  });

  it('lists a reply’s attachment on its comment, not on the post', async () => {
    const to = replyAddress(tokens.issue(alice.id, post.id, new Date()), MAIL_DOMAIN);
    const raw = [
      `From: ${alice.email}`,
      `To: ${to}`,
      'Subject: Re: plan',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Here is the estimate.',
      '--b1',
      'Content-Type: text/csv; name="estimate.csv"',
      'Content-Disposition: attachment; filename="estimate.csv"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('item,cost\nroof,1200\n').toString('base64'),
      '--b1--',
      '',
    ].join('\r\n');
    const sent = await deliver(t, { from: alice.email, to: [to] }, raw);
    const row = await waitForInbound(t, sent.eventIds[0]!);
    const data = ok(
      await t.gql(
        `query($id: ID!) { post(id: $id) { attachments { id } comments(first: 50) { edges { node { id body attachments { filename contentType size } } } } } }`,
        { id: post.id },
        bob.token,
      ),
    );
    expect(data.post.attachments).toEqual([]);
    const comment = data.post.comments.edges.find((edge: any) => edge.node.id === row.commentId).node;
    expect(comment).toEqual({
      id: row.commentId,
      body: 'Here is the estimate.',
      attachments: [{ filename: 'estimate.csv', contentType: 'text/csv', size: 20 }],
    });
  });

  it('accepts the token whatever the case of the address (mail systems may change it)', async () => {
    const to = replyAddress(tokens.issue(alice.id, post.id, new Date()), MAIL_DOMAIN).toUpperCase();
    const sent = await reply(alice, to, 'Upper case works too.');
    expect(sent.code).toBe(250);
    expect(await waitForInbound(t, sent.eventIds[0]!)).toMatchObject({ status: 'PROCESSED', postId: post.id });
  });

  describe('refusals (nothing stored)', () => {
    let before: { events: number; comments: number };
    beforeAll(async () => {
      before = await eventsAndComments();
    });
    afterAll(async () => {
      expect(await eventsAndComments()).toEqual(before);
    });

    it('refuses an expired token', async () => {
      const to = replyAddress(tokens.issue(alice.id, post.id, new Date(Date.now() - 31 * DAY)), MAIL_DOMAIN);
      const sent = await reply(alice, to);
      expect(sent.code).toBe(550);
      expect(sent.response).toContain('5.1.1 This reply address has expired');
    });

    it('refuses a tampered token', async () => {
      const token = tokens.issue(alice.id, post.id, new Date());
      // Another post id under the same signature, and a flipped signature character.
      const otherPost = await t.f.post({ author: bob, space });
      const forged = tokens.issue(alice.id, otherPost.id, new Date()).slice(0, 40) + token.slice(40);
      const flipped = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
      for (const bad of [forged, flipped, 'not-a-token', token.slice(0, -2)]) {
        const sent = await reply(alice, replyAddress(bad, MAIL_DOMAIN));
        expect(sent.code).toBe(550);
        expect(sent.response).toContain('5.1.1 This reply address is not valid');
      }
    });

    it('refuses a token used by another person', async () => {
      const to = replyAddress(tokens.issue(alice.id, post.id, new Date()), MAIL_DOMAIN);
      const sent = await reply(bob, to);
      expect(sent.code).toBe(550);
      expect(sent.response).toContain('5.7.1 This reply address was given to someone else');
    });

    it('refuses a reply from someone who can no longer read the post, as an unknown address', async () => {
      const carol = await t.f.user();
      await t.f.member(space.id, carol);
      const to = replyAddress(tokens.issue(carol.id, post.id, new Date()), MAIL_DOMAIN);
      await t.db.query(`DELETE FROM membership WHERE space_id = $1 AND user_id = $2`, [space.id, carol.id]);
      const sent = await reply(carol, to);
      expect(sent).toMatchObject({ code: 550, response: `550 ${UNKNOWN_ADDRESS}` });
    });
  });

  it('checks access again when processing: mail accepted for someone who has since left is IGNORED, never posted', async () => {
    const dave = await t.f.user();
    const to = replyAddress(tokens.issue(dave.id, post.id, new Date()), MAIL_DOMAIN);
    const spaceAddress = `${space.slug}@${MAIL_DOMAIN}`;
    // Straight into the inbox, as if SMTP had accepted them just before Dave was removed from the space.
    const accepted = await t.server.app.get(InboxService).accept(
      [to, spaceAddress].map((rcpt) => ({
        connectorId: null,
        source: 'SMTP' as const,
        externalId: `late-${rcpt}`,
        headers: { 'mail-from': dave.email, 'rcpt-to': rcpt },
        raw: Buffer.from(message({ from: dave.email, to: rcpt, body: 'Late words' })),
      })),
    );
    const [asReply, asPost] = await Promise.all(accepted.map((item) => waitForInbound(t, item.id)));
    expect(asReply).toMatchObject({ status: 'IGNORED', postId: null });
    expect(asReply!.reason).toMatch(/^POST_NOT_FOUND: /);
    expect(asPost).toMatchObject({ status: 'IGNORED', postId: null });
    expect(asPost!.reason).toMatch(/^NOT_A_MEMBER: /);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM comment WHERE body = 'Late words'`)).toEqual([{ n: 0 }]);
  });
});
