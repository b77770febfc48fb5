import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { MAX_BODY_LENGTH } from '@chantier/domain';
import { describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';

import { parseRecipient } from './mail-address.js';
import { fitBody, htmlToText, mailMarkdown, messageText } from './mail-body.js';
import { automatedReason } from './mail-classify.js';
import { automationHeaders, filesOf, referencedIds } from './parsed-mail.js';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/email');
const parse = (file: string) => simpleParser(readFileSync(resolve(FIXTURES, file)));

describe('recipients', () => {
  it.each([
    ['Ventes-Nord@Chantier.Example.com', { kind: 'space', slug: 'ventes-nord' }],
    ['reply+abc234@chantier.example.com', { kind: 'reply', token: 'abc234' }],
    ['ventes@other.example.com', { kind: 'other-domain' }],
    ['not an address', { kind: 'invalid' }],
    ['weird.name!@chantier.example.com', { kind: 'invalid' }],
  ])('%s', (address, expected) => {
    expect(parseRecipient(address, 'chantier.example.com')).toEqual(expected);
  });
});

describe('automated mail', () => {
  it.each([
    [{ contentType: 'multipart/report', reportType: 'delivery-status' }, 'bounce: multipart/report (report-type=delivery-status)'],
    [{ autoSubmitted: 'auto-replied' }, 'auto-reply: Auto-Submitted: auto-replied'],
    [{ autoSubmitted: 'auto-generated; owner-email="x@y"' }, 'auto-reply: Auto-Submitted: auto-generated'],
    [{ xAutoreply: 'yes' }, 'auto-reply: X-Autoreply'],
    [{ xAutorespond: '' }, 'auto-reply: X-Autorespond'],
    [{ precedence: 'Bulk' }, 'auto-reply: Precedence: bulk'],
    [{ precedence: 'junk' }, 'auto-reply: Precedence: junk'],
    [{ autoSubmitted: 'no' }, null],
    [{ precedence: 'first-class' }, null],
    [{ contentType: 'multipart/mixed' }, null],
  ])('%j → %s', (headers, reason) => {
    expect(automatedReason(headers)).toBe(reason);
  });

  it('recognises the bounce fixture', async () => {
    expect(automatedReason(automationHeaders(await parse('mailparser_delivery-status_bounce.eml')))).toMatch(/^bounce/);
  });
});

describe('message text', () => {
  it('strips the French Outlook history ("Message d\'origine") and keeps the decoded accents', async () => {
    const text = messageText(await parse('php-mime-mail-parser_m0013_french_iso-8859-1_pdf.eml'));
    expect(text).toContain('Pas à pas, agissons au quotidien pour préserver notre environnement.');
    expect(text).not.toContain("Message d'origine");
    expect(text).not.toContain('Objet :');
  });

  it('keeps the Thunderbird reply as written and reads what it answers', async () => {
    const parsed = await parse('mikel-mail_raw_email_reply.eml');
    expect(messageText(parsed)).toBe('Message body');
    expect(referencedIds(parsed)).toEqual(['<348F04F142D69C21-291E56D292BC@xxxx.net>', '<473FF3B8.9020707@xxx.org>']);
  });

  it('strips a quoted reply and a signature', () => {
    const text = 'Yes, Thursday works.\n\n-- \nAlice\n\nOn Tue, Bob wrote:\n> Does Thursday work?\n> Bob';
    expect(messageText({ text })).toBe('Yes, Thursday works.');
  });

  it('keeps a message made only of quotes rather than post nothing', () => {
    expect(messageText({ text: '> only a quote' })).toBe('> only a quote');
  });

  it('turns HTML into text: paragraphs, entities, no scripts or styles', () => {
    const html =
      '<html><head><style>p{}</style><title>t</title></head><body><p>Caf&eacute; &amp; <b>croissants</b></p><p>Line&nbsp;2<br>3 &lt;ok&gt;</p><script>x()</script></body></html>';
    expect(
      htmlToText(html)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(['Café & croissants', 'Line\u00a02', '3 <ok>']);
  });

  it('lists real attachments only (no empty parts, no alternative text renderings)', async () => {
    expect(filesOf(await parse('mailparser_nodemailer_multipart_attachments.eml')).map((f) => f.filename)).toEqual([
      'image.png',
      'nyan cat ✔.gif',
      'notes.txt',
    ]);
    expect(filesOf(await parse('mailparser_decoderended_iso-8859-1.eml'))).toEqual([]);
  });
});

describe('post markdown', () => {
  it('puts the subject in bold on the first line of a new post, escaped', () => {
    expect(mailMarkdown({ subject: 'Re:  *budget*_v2', text: 'Body', attachmentNames: [], asComment: false })).toBe(
      '**Re: \\*budget\\*\\_v2**\n\nBody',
    );
  });

  it('leaves the subject out of a comment, and never produces an empty body', () => {
    expect(mailMarkdown({ subject: 'Re: x', text: 'Agreed', attachmentNames: [], asComment: true })).toBe('Agreed');
    expect(mailMarkdown({ subject: 'Re: x', text: '', attachmentNames: [], asComment: true })).toBe('Re: x');
    expect(mailMarkdown({ subject: null, text: '', attachmentNames: ['plan.pdf'], asComment: true })).toBe('plan.pdf');
    expect(mailMarkdown({ subject: null, text: '', attachmentNames: [], asComment: true })).toBe('*(empty message)*');
  });

  it('cuts an over-long body to the limit with a note instead of refusing it', () => {
    const body = fitBody('word '.repeat(10_000));
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(body).toMatch(/\*\[…\] \d+ more characters are not shown: the whole message is kept with the e-mail\.\*$/);
    expect(fitBody('short')).toBe('short');
  });
});
