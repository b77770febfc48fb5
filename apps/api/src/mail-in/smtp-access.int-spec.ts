import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

import { waitForInbound } from '../../test/factories/connectors.js';
import type { TestSpace, TestUser } from '../../test/factories/factories.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { UNKNOWN_ADDRESS } from './mail-acceptance.js';
import { deliver, MAIL_DOMAIN, message, SmtpDialog } from './mail-in.test-kit.js';

/* Who may send what to which address: answers at RCPT and after DATA, and nothing stored on a refusal. */

describe('mail in: SMTP answers and access', () => {
  let t: TestApp;
  let alice: TestUser;
  let outsider: TestUser;
  let publicSpace: TestSpace;
  let privateSpace: TestSpace;
  let secretSpace: TestSpace;

  const address = (space: TestSpace) => `${space.slug}@${MAIL_DOMAIN}`;
  const counts = async () =>
    (await t.db.query(`SELECT (SELECT count(*)::int FROM inbound_event) AS events, (SELECT count(*)::int FROM post) AS posts`))[0] as {
      events: number;
      posts: number;
    };

  beforeAll(async () => {
    t = await startTestApp();
    alice = await t.f.user();
    outsider = await t.f.user();
    publicSpace = await t.f.space({ visibility: 'PUBLIC', members: [{ user: alice }] });
    privateSpace = await t.f.space({ visibility: 'PRIVATE', members: [{ user: alice }] });
    secretSpace = await t.f.space({ visibility: 'SECRET', members: [{ user: alice }] });
  });
  afterAll(() => t.close());

  it('posts a member’s mail in the space, answering 250 with the inbox row', async () => {
    const before = await counts();
    const sent = await deliver(
      t,
      { from: alice.email, to: [address(secretSpace)] },
      message({ from: alice.email, to: address(secretSpace) }),
    );
    expect(sent.code).toBe(250);
    const row = await waitForInbound(t, sent.eventIds[0]!);
    expect(row).toMatchObject({ status: 'PROCESSED', spaceId: secretSpace.id });
    expect(await counts()).toEqual({ events: before.events + 1, posts: before.posts + 1 });
    const [post] = await t.db.query(`SELECT author_id, source_kind, body FROM post WHERE id = $1`, [row.postId]);
    expect(post).toEqual({ author_id: alice.id, source_kind: 'EMAIL', body: '**Hello**\n\nHello from the mail tests.' });
  });

  it('mentions and tags as a post written in the app does', async () => {
    const bob = await t.f.user();
    await t.f.member(publicSpace.id, bob);
    const body = `Thanks @${bob.handle}, see #roadmap`;
    const sent = await deliver(
      t,
      { from: alice.email, to: [address(publicSpace)] },
      message({ from: alice.email, to: address(publicSpace), body }),
    );
    const row = await waitForInbound(t, sent.eventIds[0]!);
    expect(row.status).toBe('PROCESSED');
    expect(
      await t.db.query(`SELECT kind, actor_id FROM notification WHERE recipient_id = $1 AND post_id = $2`, [bob.id, row.postId]),
    ).toEqual([{ kind: 'MENTION', actor_id: alice.id }]);
    const [activity] = await t.db.query(`SELECT verb, actor_id FROM activity WHERE target_id = $1`, [row.postId]);
    expect(activity).toEqual({ verb: 'post', actor_id: alice.id });
  });

  it('cuts a body over 20 000 characters with a note instead of failing', async () => {
    const body = 'All good on site today, the roof is done.\n'.repeat(600);
    const sent = await deliver(
      t,
      { from: alice.email, to: [address(publicSpace)] },
      message({ from: alice.email, to: address(publicSpace), body }),
    );
    const row = await waitForInbound(t, sent.eventIds[0]!);
    expect(row).toMatchObject({ status: 'PROCESSED', error: null });
    const [post] = await t.db.query(`SELECT body FROM post WHERE id = $1`, [row.postId]);
    expect(post.body.length).toBeLessThanOrEqual(20_000);
    expect(post.body).toMatch(/more characters are not shown: the whole message is kept with the e-mail\.\*$/);
  });

  describe('refusals (nothing stored)', () => {
    let before: { events: number; posts: number };
    beforeAll(async () => {
      before = await counts();
    });
    afterAll(async () => {
      expect(await counts()).toEqual(before);
    });

    it('refuses other domains as relaying', async () => {
      const sent = await deliver(
        t,
        { from: alice.email, to: ['someone@example.com'] },
        message({ from: alice.email, to: 'someone@example.com' }),
      );
      expect(sent.code).toBe(550);
      expect(sent.response).toContain(`5.7.1 Relay denied: this server only takes mail for ${MAIL_DOMAIN}`);
    });

    it('answers a SECRET space to a non-member exactly as a missing address', async () => {
      const outsiderTo = (to: string) => deliver(t, { from: outsider.email, to: [to] }, message({ from: outsider.email, to }));
      const missing = await outsiderTo(`no-such-space@${MAIL_DOMAIN}`);
      const secret = await outsiderTo(address(secretSpace));
      expect(missing).toEqual({ code: 550, response: `550 ${UNKNOWN_ADDRESS}`, eventIds: [] });
      expect(secret).toEqual(missing);
      // Also when only the From header is the non-member's (the envelope sender is a member): refused after DATA.
      const byHeader = await deliver(
        t,
        { from: alice.email, to: [address(secretSpace)] },
        message({ from: outsider.email, to: address(secretSpace) }),
      );
      expect(byHeader).toEqual(missing);
      // And with a null sender (no one to ask the access policy about).
      const nullSender = await deliver(
        t,
        { from: '', to: [address(secretSpace)] },
        message({ from: alice.email, to: address(secretSpace) }),
      );
      expect(nullSender).toEqual(missing);
    });

    it('refuses a non-member of a PRIVATE or PUBLIC space, saying why', async () => {
      for (const space of [privateSpace, publicSpace]) {
        const sent = await deliver(
          t,
          { from: outsider.email, to: [address(space)] },
          message({ from: outsider.email, to: address(space) }),
        );
        expect(sent.code).toBe(550);
        expect(sent.response).toMatch(/5\.7\.1 You may not post in “Space [^”]+”: only its members may \(NOT_A_MEMBER\)/);
      }
    });

    it('refuses a sender who is not an active employee, by envelope and by From header', async () => {
      const guest = await t.f.user();
      await t.db.query(`UPDATE app_user SET kind = 'guest' WHERE id = $1`, [guest.id]);
      const gone = await t.f.user({ active: false });
      for (const stranger of ['stranger@example.com', guest.email, gone.email]) {
        const byEnvelope = await deliver(
          t,
          { from: stranger, to: [address(publicSpace)] },
          message({ from: alice.email, to: address(publicSpace) }),
        );
        expect(byEnvelope.code).toBe(550);
        expect(byEnvelope.response).toContain(`5.7.1 ${stranger} is not the address of an employee`);
        const byHeader = await deliver(
          t,
          { from: alice.email, to: [address(publicSpace)] },
          message({ from: stranger, to: address(publicSpace) }),
        );
        expect(byHeader.code).toBe(550);
        expect(byHeader.response).toContain(`5.7.1 ${stranger} is not the address of an employee`);
      }
    });

    it('takes at most 20 recipients per message', async () => {
      const spaces = await Promise.all(Array.from({ length: 21 }, () => t.f.space({ members: [{ user: alice }] })));
      const { dialog } = await SmtpDialog.open(t.server.smtpPort!);
      try {
        await dialog.send('EHLO tests.example');
        expect(await dialog.send(`MAIL FROM:<${alice.email}>`)).toMatch(/^250 /);
        for (const space of spaces.slice(0, 20)) expect(await dialog.send(`RCPT TO:<${address(space)}>`)).toMatch(/^250 /);
        expect(await dialog.send(`RCPT TO:<${address(spaces[20]!)}>`)).toBe('452 4.5.3 Too many recipients: at most 20 per message');
      } finally {
        dialog.close();
      }
    });

    it('announces SIZE in EHLO and refuses a bigger message with 552', async () => {
      const { dialog, greeting } = await SmtpDialog.open(t.server.smtpPort!);
      try {
        expect(greeting).toMatch(/^220 /);
        const ehlo = await dialog.send('EHLO tests.example');
        expect(ehlo).toMatch(new RegExp(`^250[- ]SIZE ${10 * 1024 * 1024}$`, 'm'));
        expect(ehlo).not.toContain('STARTTLS');
        expect(ehlo).not.toContain('AUTH');
        // Declared too big: refused at MAIL FROM.
        expect(await dialog.send(`MAIL FROM:<${alice.email}> SIZE=${11 * 1024 * 1024}`)).toMatch(/^552 /);
        // Not declared: refused once the data went over.
        expect(await dialog.send(`MAIL FROM:<${alice.email}>`)).toMatch(/^250 /);
        expect(await dialog.send(`RCPT TO:<${address(publicSpace)}>`)).toMatch(/^250 /);
        expect(await dialog.send('DATA')).toMatch(/^354 /);
        dialog.write(`${message({ from: alice.email, to: address(publicSpace) })}\r\n`);
        const line = `${'x'.repeat(998)}\r\n`;
        const chunk = line.repeat(1024); // ~1 MiB
        for (let i = 0; i < 11; i += 1) dialog.write(chunk);
        expect(await dialog.send('.')).toMatch(/^552 /);
      } finally {
        dialog.close();
      }
    });
  });

  it('keeps one inbox row and one post for a message delivered twice', async () => {
    const raw = message({ from: alice.email, to: address(publicSpace), headers: { 'Message-ID': '<twice@tests.example>' } });
    const first = await deliver(t, { from: alice.email, to: [address(publicSpace)] }, raw);
    await waitForInbound(t, first.eventIds[0]!);
    const second = await deliver(t, { from: alice.email, to: [address(publicSpace)] }, raw);
    expect(second.code).toBe(250);
    expect(second.eventIds).toEqual(first.eventIds);
    const rows = await t.db.query(`SELECT external_id FROM inbound_event WHERE external_id LIKE '<twice@tests.example>|%'`);
    expect(rows).toEqual([{ external_id: `<twice@tests.example>|${address(publicSpace)}` }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM post WHERE source_ref = '<twice@tests.example>'`)).toEqual([{ n: 1 }]);
  });

  it('makes one row and one post per recipient space', async () => {
    const to = [address(publicSpace), address(privateSpace)];
    const sent = await deliver(
      t,
      { from: alice.email, to },
      message({ from: alice.email, to: to.join(', '), headers: { 'Message-ID': '<both@tests.example>' } }),
    );
    expect(sent.eventIds).toHaveLength(2);
    const rows = await Promise.all(sent.eventIds.map((id) => waitForInbound(t, id)));
    expect(rows.map((row) => row.spaceId).sort()).toEqual([publicSpace.id, privateSpace.id].sort());
    expect(new Set(rows.map((row) => row.postId)).size).toBe(2);
  });

  it('keeps bounces and auto-replies as IGNORED, even from a null sender who is no employee', async () => {
    const cases: { from: string; headers: Record<string, string>; author: string; reason: string }[] = [
      {
        from: '',
        headers: { 'Auto-Submitted': 'auto-replied' },
        author: 'mailer-daemon@example.com',
        reason: 'auto-reply: Auto-Submitted: auto-replied',
      },
      { from: alice.email, headers: { 'X-Autoreply': 'yes' }, author: alice.email, reason: 'auto-reply: X-Autoreply' },
      { from: alice.email, headers: { 'X-Autorespond': 'Out of office' }, author: alice.email, reason: 'auto-reply: X-Autorespond' },
      { from: alice.email, headers: { Precedence: 'bulk' }, author: alice.email, reason: 'auto-reply: Precedence: bulk' },
      { from: alice.email, headers: { Precedence: 'auto_reply' }, author: alice.email, reason: 'auto-reply: Precedence: auto_reply' },
    ];
    for (const c of cases) {
      const sent = await deliver(
        t,
        { from: c.from, to: [address(publicSpace)] },
        message({ from: c.author, to: address(publicSpace), headers: c.headers }),
      );
      expect(sent.code).toBe(250);
      expect(await waitForInbound(t, sent.eventIds[0]!)).toMatchObject({ status: 'IGNORED', reason: c.reason, postId: null });
    }
    // Auto-Submitted: no is a person's mail.
    const person = await deliver(
      t,
      { from: alice.email, to: [address(publicSpace)] },
      message({ from: alice.email, to: address(publicSpace), headers: { 'Auto-Submitted': 'no' } }),
    );
    expect(await waitForInbound(t, person.eventIds[0]!)).toMatchObject({ status: 'PROCESSED' });
  });

  it('stores the envelope and key headers on the inbox row', async () => {
    const sent = await deliver(
      t,
      { from: alice.email, to: [address(publicSpace)] },
      message({
        from: `Alice <${alice.email}>`,
        to: address(publicSpace),
        subject: 'Réunion',
        headers: { 'Message-ID': '<headers@tests.example>' },
      }),
    );
    const [row] = await t.db.query(`SELECT source, connector_id, headers FROM inbound_event WHERE id = $1`, [sent.eventIds[0]]);
    expect(row).toMatchObject({
      source: 'SMTP',
      connector_id: null,
      headers: { 'mail-from': alice.email, 'rcpt-to': address(publicSpace), subject: 'Réunion', 'message-id': '<headers@tests.example>' },
    });
    expect(row.headers.from).toContain(alice.email);
  });
});
