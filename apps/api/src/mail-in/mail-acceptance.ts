import { canPostIn, DomainError, type Viewer } from '@chantier/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { ParsedMail } from 'mailparser';

import { ViewerRepository } from '../auth/viewer.repository.js';
import { PostsService } from '../posts/posts.service.js';
import { SpacesService } from '../spaces/spaces.service.js';
import { parseRecipient } from './mail-address.js';
import { automatedReason } from './mail-classify.js';
import { MAIL_IN_OPTIONS, type MailInOptions } from './mail-in.options.js';
import { MailInRepository } from './mail-in.repository.js';
import { automationHeaders, fromAddress } from './parsed-mail.js';
import { ReplyTokens } from './reply-token.js';

/** An SMTP answer refusing a recipient or a message; the text says why, never more than the sender may know. */
export class SmtpRefusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'SmtpRefusal';
  }
}

// The same words for a space that does not exist and for a SECRET space the sender is not in:
// the answer must not tell them apart.
export const UNKNOWN_ADDRESS = '5.1.1 Unknown address: no space or conversation of this server answers to it';

const unknownAddress = () => new SmtpRefusal(550, UNKNOWN_ADDRESS);
const notEmployee = (address: string) =>
  new SmtpRefusal(550, `5.7.1 ${address} is not the address of an employee: only employees may write to Chantier by e-mail`);

/**
 * Who may send what to which address, decided while the SMTP client waits: recipients at RCPT
 * (with the envelope sender, when there is one), then the message's own From after DATA. The
 * access decisions come from the access policy, through the same lookups as the API's.
 */
@Injectable()
export class MailAcceptance {
  constructor(
    @Inject(MAIL_IN_OPTIONS) private readonly options: MailInOptions,
    private readonly mail: MailInRepository,
    private readonly viewers: ViewerRepository,
    private readonly spaces: SpacesService,
    private readonly posts: PostsService,
    private readonly tokens: ReplyTokens,
  ) {}

  /** RCPT TO: refuses other domains, unknown addresses and bad reply tokens; with a sender, whether they may post there. */
  async checkRecipient(address: string, envelopeSender: string | null, now = new Date()): Promise<void> {
    const recipient = parseRecipient(address, this.options.mailDomain);
    switch (recipient.kind) {
      case 'other-domain':
        throw new SmtpRefusal(550, `5.7.1 Relay denied: this server only takes mail for ${this.options.mailDomain}`);
      case 'invalid':
        throw unknownAddress();
      case 'reply':
        this.verifyToken(recipient.token, now);
        return;
      case 'space': {
        // A null sender (bounces, RFC 3834 auto-replies) is checked on the message itself, after DATA.
        if (!envelopeSender) {
          const space = await this.mail.spaceBySlug(recipient.slug);
          if (!space || space.visibility === 'SECRET') throw unknownAddress();
          return;
        }
        const sender = await this.employee(envelopeSender);
        if (!sender) throw notEmployee(envelopeSender);
        await this.checkPoster(sender, recipient.slug);
        return;
      }
    }
  }

  /**
   * After DATA: automated mail (bounces, auto-replies) is kept and ignored later; anything else
   * must come From an employee who may post at every recipient. Returns why it is automated, if so.
   */
  async checkMessage(parsed: ParsedMail, recipients: readonly string[], now = new Date()): Promise<string | null> {
    const automated = automatedReason(automationHeaders(parsed));
    if (automated) return automated;
    const from = fromAddress(parsed);
    if (!from) throw new SmtpRefusal(550, '5.7.1 The message has no From address: Chantier needs to know who wrote it');
    const author = await this.employee(from);
    if (!author) throw notEmployee(from);
    for (const address of recipients) {
      const recipient = parseRecipient(address, this.options.mailDomain);
      if (recipient.kind === 'space') await this.checkPoster(author, recipient.slug);
      if (recipient.kind === 'reply') await this.checkReplier(author, this.verifyToken(recipient.token, now));
    }
    return null;
  }

  /** An active employee's access facts, or undefined for anyone else (guests, service accounts, strangers). */
  async employee(address: string): Promise<Viewer | undefined> {
    const user = await this.mail.userByEmail(address);
    if (!user || user.kind !== 'employee' || !user.active) return undefined;
    return this.viewers.load(user.id);
  }

  private async checkPoster(viewer: Viewer, slug: string): Promise<void> {
    const space = await this.spaces.visibleSpace(viewer, { slug }).catch((error: unknown) => {
      if (error instanceof DomainError && error.reason === 'SPACE_NOT_FOUND') throw unknownAddress();
      throw error;
    });
    const decision = canPostIn(viewer, space);
    if (!decision.allowed) {
      throw new SmtpRefusal(550, `5.7.1 You may not post in “${space.name}”: only its members may (${decision.reason})`);
    }
  }

  private async checkReplier(viewer: Viewer, claims: { userId: string; postId: string }): Promise<void> {
    if (claims.userId !== viewer.id) {
      throw new SmtpRefusal(550, '5.7.1 This reply address was given to someone else: reply from your own notification');
    }
    // readablePost answers POST_NOT_FOUND for a post the person may no longer read, as for a deleted one.
    const readable = await this.posts.readablePost(viewer, claims.postId).then(
      () => true,
      () => false,
    );
    if (!readable) throw unknownAddress();
  }

  private verifyToken(token: string, now: Date) {
    const check = this.tokens.verify(token, now);
    if (check.ok) return check.claims;
    if (check.reason === 'EXPIRED') {
      throw new SmtpRefusal(550, '5.1.1 This reply address has expired: answer the conversation in Chantier instead');
    }
    throw new SmtpRefusal(550, '5.1.1 This reply address is not valid (it was altered or never issued)');
  }
}
