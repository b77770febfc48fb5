import type { AddressInfo } from 'node:net';

import { Inject, Injectable } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

import { logger } from '../common/logger.js';
import { InboxService } from '../inbound/inbox.service.js';
import { MailAcceptance, SmtpRefusal } from './mail-acceptance.js';
import { MAIL_IN_OPTIONS, type MailInOptions } from './mail-in.options.js';
import { externalIdOf, storedHeaders } from './parsed-mail.js';

const MAX_RECIPIENTS = 20;

type SmtpError = Error & { responseCode: number };

const smtpError = (code: number, message: string): SmtpError => Object.assign(new Error(message), { responseCode: code });

/** Refusals keep their answer; anything unexpected is a temporary failure, so the sending server tries again later. */
const answerFor = (error: unknown): SmtpError => {
  if (error instanceof SmtpRefusal) return smtpError(error.responseCode, error.message);
  logger.error({ err: error, component: 'smtp' }, 'inbound mail could not be checked or stored');
  return smtpError(451, '4.3.0 Temporary failure: please try again later');
};

const envelopeSender = (session: SMTPServerSession): string | null =>
  session.envelope.mailFrom && session.envelope.mailFrom.address ? session.envelope.mailFrom.address.toLowerCase() : null;

/**
 * The inbound SMTP listener (behind the company's MX: no AUTH, no STARTTLS). Recipients are
 * checked at RCPT, the message after DATA; an accepted message is written to the inbox (one row
 * per recipient) and answered 250 only once that is committed.
 */
@Injectable()
export class SmtpListener {
  private server: SMTPServer | undefined;

  constructor(
    @Inject(MAIL_IN_OPTIONS) private readonly options: MailInOptions,
    private readonly acceptance: MailAcceptance,
    private readonly inbox: InboxService,
  ) {}

  /** Starts listening; resolves with the bound port (0 picks a free one). */
  async listen(port: number, host = '0.0.0.0'): Promise<number> {
    const server = new SMTPServer({
      name: this.options.mailDomain,
      banner: 'Chantier inbound mail',
      size: this.options.maxBytes,
      rejectOversized: true,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      onRcptTo: (address, session, callback) => {
        // Each recipient is an inbox row and a post: a message may name a few spaces, not a mailing list's worth.
        if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) {
          callback(smtpError(452, `4.5.3 Too many recipients: at most ${MAX_RECIPIENTS} per message`));
          return;
        }
        this.acceptance.checkRecipient(address.address, envelopeSender(session)).then(
          () => callback(),
          (error: unknown) => callback(answerFor(error)),
        );
      },
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          (answer) => callback(null, answer),
          (error: unknown) => callback(answerFor(error)),
        );
      },
    });
    server.on('error', (error) => logger.warn({ err: error, component: 'smtp' }, 'smtp connection error'));
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, host, () => {
        server.server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return (server.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      // Past the limit the rest is drained, not kept: smtp-server answers 552 itself.
      if (length <= this.options.maxBytes) chunks.push(chunk);
      length += chunk.length;
    }
    if (stream.sizeExceeded || length > this.options.maxBytes) {
      throw new SmtpRefusal(552, `5.3.4 Message too big: the limit is ${this.options.maxBytes} bytes`);
    }
    const raw = Buffer.concat(chunks);
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
    const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
    await this.acceptance.checkMessage(parsed, recipients);
    const mailFrom = envelopeSender(session) ?? '';
    const accepted = await this.inbox.accept(
      [...new Set(recipients)].map((rcptTo) => ({
        connectorId: null,
        source: 'SMTP' as const,
        externalId: externalIdOf(parsed, raw, rcptTo),
        headers: storedHeaders(parsed, { mailFrom, rcptTo, remoteAddress: session.remoteAddress }),
        raw,
      })),
    );
    return `2.0.0 Accepted: ${accepted.map((item) => item.id).join(' ')}`;
  }
}
