import { DomainError, type Viewer } from '@chantier/domain';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { type ParsedMail, simpleParser } from 'mailparser';
import type { EntityManager } from 'typeorm';

import { ViewerRepository } from '../auth/viewer.repository.js';
import { ConnectorsRepository } from '../connectors/connectors.repository.js';
import type { InboundEventRecord, InboundHandler, InboundOutcome } from '../inbound/inbound.types.js';
import { InboxService } from '../inbound/inbox.service.js';
import { InteractionsService } from '../posts/interactions.service.js';
import { PostsService } from '../posts/posts.service.js';
import { AttachmentStore } from './attachment-store.js';
import { parseRecipient } from './mail-address.js';
import { mailMarkdown, messageText } from './mail-body.js';
import { automatedReason } from './mail-classify.js';
import { MAIL_IN_OPTIONS, type MailInOptions } from './mail-in.options.js';
import { MailInRepository } from './mail-in.repository.js';
import { addressedTo, automationHeaders, filesOf, fromAddress, referencedIds } from './parsed-mail.js';
import { ReplyTokens } from './reply-token.js';

/** Where a message goes: a space (new post, or a comment when it answers a post there) or a reply address. */
export type MailTarget = { kind: 'space'; spaceId: string } | { kind: 'reply'; token: string };

const ignored = (reason: string): InboundOutcome => ({ status: 'IGNORED', reason });

/**
 * Turns an inbox row holding a mail (SMTP, or IMAP through a connector) into a post or a comment,
 * inside the queue's transaction, through the same service paths as content written in the app
 * (mentions, hashtags, notifications, activity, realtime). Registered for SMTP and IMAP.
 */
@Injectable()
export class MailInHandler implements OnModuleInit {
  constructor(
    @Inject(MAIL_IN_OPTIONS) private readonly options: MailInOptions,
    private readonly inbox: InboxService,
    private readonly mail: MailInRepository,
    private readonly viewers: ViewerRepository,
    private readonly posts: PostsService,
    private readonly interactions: InteractionsService,
    private readonly connectors: ConnectorsRepository,
    private readonly tokens: ReplyTokens,
    private readonly store: AttachmentStore,
  ) {}

  onModuleInit(): void {
    this.inbox.registerHandler(['SMTP', 'IMAP'], this.handle);
  }

  readonly handle: InboundHandler = async (tx, event, afterCommit) => {
    const parsed = await simpleParser(event.raw, { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
    const automated = automatedReason(automationHeaders(parsed));
    if (automated) return ignored(automated);
    const target = await this.targetOf(tx, event, parsed);
    if ('status' in target) return target;
    return this.process(tx, event, parsed, target, afterCommit);
  };

  /** The steps after routing, for a caller that routes mail itself. */
  async process(
    tx: EntityManager,
    event: InboundEventRecord,
    parsed: ParsedMail,
    target: MailTarget,
    afterCommit: (effect: () => void) => void,
  ): Promise<InboundOutcome> {
    const from = fromAddress(parsed);
    const user = from ? await this.mail.userByEmail(from, tx) : undefined;
    if (!user || user.kind !== 'employee' || !user.active) return ignored(`sender ${from ?? '(none)'} is not an active employee`);
    const [author] = await this.viewers.loadMany([user.id], { tx });
    // A refusal must leave nothing half-written in the queue's transaction, which still records the outcome.
    await this.mail.savepoint(tx, 'begin');
    try {
      const outcome = await this.write(tx, event, parsed, target, author!, afterCommit);
      await this.mail.savepoint(tx, 'release');
      return outcome;
    } catch (error) {
      // Access lost since the message was accepted (left the space, post deleted): nothing a retry would fix.
      if (!(error instanceof DomainError)) throw error;
      await this.mail.savepoint(tx, 'rollback');
      return ignored(`${error.reason}: ${error.message}`);
    }
  }

  private async write(
    tx: EntityManager,
    event: InboundEventRecord,
    parsed: ParsedMail,
    target: MailTarget,
    author: Viewer,
    afterCommit: (effect: () => void) => void,
  ): Promise<InboundOutcome> {
    let postId: string | null = null;
    if (target.kind === 'reply') {
      // The token was valid when the message arrived; its expiry is judged at that time, not at processing.
      const check = this.tokens.verify(target.token, event.receivedAt);
      if (!check.ok) return ignored(`reply address: ${check.reason.toLowerCase().replace('_', ' ')}`);
      if (check.claims.userId !== author.id) return ignored('reply address issued to another person');
      postId = check.claims.postId;
    } else {
      const thread = await this.mail.threadFor(tx, referencedIds(parsed));
      if (thread && thread.spaceId === target.spaceId) postId = thread.postId;
    }
    const duplicate = await this.alreadyWritten(tx, parsed, target, postId);
    if (duplicate) return ignored(duplicate);
    const files = filesOf(parsed);
    const body = mailMarkdown({
      subject: parsed.subject,
      text: messageText(parsed),
      attachmentNames: files.map((file) => file.filename),
      asComment: postId !== null,
    });
    const messageId = parsed.messageId?.trim() || null;
    let written: { id: string; announce: () => void };
    let commentId: string | null = null;
    if (postId) {
      written = await this.interactions.addCommentInTx(tx, author, postId, body);
      commentId = written.id;
    } else {
      const spaceId = target.kind === 'space' ? target.spaceId : null;
      written = await this.posts.createInTx(tx, author, { spaceId, kind: 'STATUS', body }, { kind: 'EMAIL', ref: messageId, url: null });
      postId = written.id;
    }
    if (messageId) await this.mail.recordMessage(tx, messageId, postId, commentId);
    for (const file of files) {
      const stored = await this.store.put(file.content);
      await this.mail.insertAttachment(tx, {
        postId,
        commentId,
        inboundEventId: event.id,
        filename: file.filename,
        contentType: file.contentType,
        size: file.content.length,
        ...stored,
      });
    }
    afterCommit(written.announce);
    const spaceId = await this.mail.spaceOfPost(tx, postId);
    return { status: 'PROCESSED', spaceId: spaceId as string, postId, commentId };
  }

  /**
   * The same message delivered twice (over IMAP: a copy under another UID, or a mailbox re-created
   * with a new UIDVALIDITY) is written once per conversation. The lock makes a concurrent copy wait
   * for this transaction, then see its mail_message row.
   */
  private async alreadyWritten(tx: EntityManager, parsed: ParsedMail, target: MailTarget, postId: string | null): Promise<string | null> {
    const messageId = parsed.messageId?.trim();
    if (!messageId) return null;
    await this.mail.lockMessageId(tx, messageId);
    const earlier = await this.mail.threadFor(tx, [messageId]);
    const same = earlier && (target.kind === 'reply' ? earlier.postId === postId : earlier.spaceId === target.spaceId);
    return same ? `duplicate: message ${messageId} is already in this conversation` : null;
  }

  /**
   * SMTP rows carry their recipient (`rcpt-to`); IMAP ones are routed by an address at MAIL_DOMAIN
   * among the delivery headers, To and Cc, else by the connector's routes keyed by those addresses or `*`.
   */
  private async targetOf(tx: EntityManager, event: InboundEventRecord, parsed: ParsedMail): Promise<MailTarget | InboundOutcome> {
    const envelope = event.headers['rcpt-to'];
    const candidates = envelope ? [envelope] : addressedTo(parsed);
    for (const address of candidates) {
      const recipient = parseRecipient(address, this.options.mailDomain);
      if (recipient.kind === 'reply') return { kind: 'reply', token: recipient.token };
      if (recipient.kind === 'space') {
        const space = await this.mail.spaceBySlug(recipient.slug);
        if (space) return { kind: 'space', spaceId: space.id };
      }
    }
    if (event.connectorId) {
      // A route per recipient address, then the connector's default space (route key `*`): a watched mailbox usually feeds one space.
      for (const key of [...candidates, '*']) {
        const spaceId = await this.connectors.routeFor(event.connectorId, key, tx);
        if (spaceId) return { kind: 'space', spaceId };
      }
      return { status: 'UNROUTED', routingKey: candidates[0] ?? '(no recipient)' };
    }
    return ignored(`no space answers to ${candidates.join(', ') || '(no recipient)'}`);
  }
}
