import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { waitForInbound } from '../../test/factories/connectors.js';
import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { expectError, ok } from '../../test/gql-client.js';
import { countQueries } from '../../test/sql-query-counter.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { deliver, MAIL_DOMAIN, message } from './mail-in.test-kit.js';

/*
 * Every .eml of fixtures/email, sent over real SMTP to a space address. Only the envelope is
 * ours: MAIL FROM a member, RCPT TO the space; the From header stays the fixture's, and its
 * address belongs to an employee made for it, so the From check passes as in real life.
 */

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/email');
const POST = `query($id: ID!) { post(id: $id) { id body source { kind } author { id }
  attachments { id filename contentType size url } comments { edges { node { body author { id } } } } } }`;

interface Expectation {
  status: 'PROCESSED' | 'IGNORED';
  contains?: string[];
  excludes?: string[];
  attachments?: { filename: string; contentType: string; size: number }[];
  reason?: RegExp;
}

const EXPECTED: Record<string, Expectation> = {
  'mailparser_decoderended_iso-8859-1.eml': {
    status: 'PROCESSED',
    contains: ['**Fwd: fotos**', 'Note: forwarded message attached.'],
    // The empty message/rfc822 part is not worth listing.
    attachments: [],
  },
  'mailparser_delivery-status_bounce.eml': { status: 'IGNORED', reason: /^bounce: multipart\/report \(report-type=delivery-status\)$/ },
  'mailparser_nested_multipart.eml': { status: 'PROCESSED', contains: ['Dear Sir,', 'Good evening.'], attachments: [] },
  'mailparser_nodemailer_multipart_attachments.eml': {
    status: 'PROCESSED',
    contains: ['**Nodemailer is unicode friendly ✔ (1476358788189)**', 'Hello to myself!'],
    attachments: [
      { filename: 'image.png', contentType: 'image/png', size: 126 },
      { filename: 'nyan cat ✔.gif', contentType: 'image/gif', size: 29_361 },
      { filename: 'notes.txt', contentType: 'text/plain', size: 28 },
    ],
  },
  'mailparser_simple_plain.eml': { status: 'PROCESSED', contains: ['**test**\n\nHello world!'], attachments: [] },
  'mailparser_spam_html.eml': {
    status: 'PROCESSED',
    // HTML only: turned into text, entities decoded, no markup left.
    contains: ['Im Jahre 2007 wurde er als „asozialer Penner“ beschimpft!', 'Er sagte auf dem TV Sender NTV:'],
    excludes: ['<span', '&bdquo;', '&nbsp;'],
    attachments: [],
  },
  'mikel-mail_raw_email_reply.eml': { status: 'PROCESSED' }, // threaded: see its own test
  'php-mime-mail-parser_m0013_french_iso-8859-1_pdf.eml': {
    status: 'PROCESSED',
    contains: [
      '**50032266 CAR 11\\_MNPA00A01\\_9PTX\\_H00 ATT N° 1467829. pdf**',
      'Pas à pas, agissons au quotidien pour préserver notre environnement.',
    ],
    // Outlook's quoted history ("-----Message d'origine-----") is stripped.
    excludes: ["Message d'origine", 'Pièce jointe toujours pas conforme'],
    attachments: [{ filename: '50032266 CAR 11_MNPA00A01_9PTX_H00 ATT N° 1467829.pdf', contentType: 'application/pdf', size: 10 }],
  },
  'zulip_1_plain_reply-to.eml': { status: 'PROCESSED', contains: ['**Normal subject**\n\nEmail fixture 1.txt body'], attachments: [] },
};

const THREAD_ROOT = '<348F04F142D69C21-291E56D292BC@xxxx.net>';

describe('mail in: every e-mail fixture over SMTP', () => {
  let t: TestApp;
  let sender: TestUser;
  let outsider: TestUser;
  let space: TestSpace;
  const members = new Map<string, TestUser>();
  const postsByFile = new Map<string, string>();

  const memberFor = async (address: string): Promise<TestUser> => {
    const email = address.toLowerCase();
    let user = members.get(email);
    if (!user) {
      user = await t.f.user({ email });
      await t.f.member(space.id, user);
      members.set(email, user);
    }
    return user;
  };

  const send = (raw: Buffer | string) => deliver(t, { from: sender.email, to: [`${space.slug}@${MAIL_DOMAIN}`] }, raw);

  beforeAll(async () => {
    t = await startTestApp();
    sender = await t.f.user();
    outsider = await t.f.user();
    space = await t.f.space({ visibility: 'PRIVATE', members: [{ user: sender }] });
    for (const address of ['booewq@uuui.com', 'u@example.com', 'andris@kreata.ee', 'noreply@guide-des-vins-de-bourgogne.fr']) {
      await memberFor(address);
    }
    await memberFor('xxxxxxxx@xxx.org');
    await memberFor('firstname.name@groupe-company.com');
    await memberFor('hamlet@zulip.com');
  });
  afterAll(() => t.close());

  it('has an expectation for every fixture file', () => {
    expect(
      readdirSync(FIXTURES)
        .filter((file) => file.endsWith('.eml'))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  it('threads the Thunderbird reply onto the post whose Message-ID it references', async () => {
    const author = await memberFor('mikel@xxxx.net');
    const root = await send(
      message({
        from: author.email,
        to: `${space.slug}@${MAIL_DOMAIN}`,
        subject: 'Test reply email',
        headers: { 'Message-ID': THREAD_ROOT },
      }),
    );
    expect(root.code).toBe(250);
    const rootRow = await waitForInbound(t, root.eventIds[0]!);
    expect(rootRow).toMatchObject({ status: 'PROCESSED', commentId: null });

    const reply = await send(readFileSync(resolve(FIXTURES, 'mikel-mail_raw_email_reply.eml')));
    expect(reply.code).toBe(250);
    const row = await waitForInbound(t, reply.eventIds[0]!);
    expect(row).toMatchObject({ status: 'PROCESSED', postId: rootRow.postId, spaceId: space.id });
    expect(row.commentId).not.toBeNull();
    const post = ok(await t.gql(POST, { id: rootRow.postId }, sender.token)).post;
    expect(post.comments.edges).toEqual([{ node: { body: 'Message body', author: { id: members.get('xxxxxxxx@xxx.org')!.id } } }]);
    // The reply's own Message-ID is recorded, so an answer to it lands in the same thread.
    const [recorded] = await t.db.query(`SELECT post_id, comment_id FROM mail_message WHERE message_id = '<473FFE27.20003@xxx.org>'`);
    expect(recorded).toEqual({ post_id: rootRow.postId, comment_id: row.commentId });
  });

  it.each(Object.keys(EXPECTED).filter((file) => !file.startsWith('mikel-')))('%s', async (file) => {
    const expected = EXPECTED[file]!;
    const raw = readFileSync(resolve(FIXTURES, file));
    const delivery = await send(raw);
    expect(delivery).toMatchObject({ code: 250 });
    expect(delivery.eventIds).toHaveLength(1);
    const row = await waitForInbound(t, delivery.eventIds[0]!);
    expect(row.status).toBe(expected.status);
    if (expected.status === 'IGNORED') {
      expect(row.reason).toMatch(expected.reason!);
      expect(row.postId).toBeNull();
      return;
    }
    expect(row).toMatchObject({ spaceId: space.id, commentId: null, error: null });
    const post = ok(await t.gql(POST, { id: row.postId }, sender.token)).post;
    postsByFile.set(file, post.id);
    expect(post.source.kind).toBe('EMAIL');
    for (const text of expected.contains ?? []) expect(post.body).toContain(text);
    for (const text of expected.excludes ?? []) expect(post.body).not.toContain(text);
    expect(post.attachments.map(({ filename, contentType, size }: Record<string, unknown>) => ({ filename, contentType, size }))).toEqual(
      expected.attachments,
    );
  });

  it('serves an attachment to a reader, byte for byte, and 404 to a non-member exactly as to a missing file', async () => {
    const postId = postsByFile.get('mailparser_nodemailer_multipart_attachments.eml')!;
    const post = ok(await t.gql(POST, { id: postId }, sender.token)).post;
    const gif = post.attachments.find((a: { filename: string }) => a.filename === 'nyan cat ✔.gif');
    const get = (url: string, token?: string) => fetch(`${t.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    const res = await get(gif.url, sender.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/gif');
    expect(res.headers.get('content-disposition')).toContain("attachment; filename*=UTF-8''nyan%20cat%20%E2%9C%94.gif");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.length).toBe(29_361);
    const [stored] = await t.db.query(`SELECT sha256 FROM attachment WHERE id = $1`, [gif.id]);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.sha256);

    const denied = await get(gif.url, outsider.token);
    const missing = await get(`/files/${randomUUID()}`, outsider.token);
    expect(denied.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(await denied.text()).toBe(await missing.text());
    expect((await get(gif.url)).status).toBe(401);
    // The non-member does not see the post either.
    expectError(await t.gql(POST, { id: postId }, outsider.token), 'NOT_FOUND', 'POST_NOT_FOUND');
  });

  it('lists the attachments of a whole page of posts in one query (no N+1)', async () => {
    const feed = (fields: string) => `query($id: ID!) { spaceFeed(spaceId: $id, first: 50) { edges { node { id ${fields} } } } }`;
    let page: any;
    // The queue's workers poll in the background; the fewest of a few runs is the request's own count.
    const fewest = async (run: () => Promise<unknown>) =>
      Math.min(...[await countQueries(run), await countQueries(run), await countQueries(run)]);
    const without = await fewest(() => t.gql(feed(''), { id: space.id }, sender.token));
    const withFiles = await fewest(async () => (page = ok(await t.gql(feed('attachments { id size }'), { id: space.id }, sender.token))));
    expect(page.spaceFeed.edges.length).toBeGreaterThanOrEqual(8);
    expect(page.spaceFeed.edges.flatMap((edge: any) => edge.node.attachments)).toHaveLength(4);
    expect(withFiles).toBe(without + 1);
  });
});
