import { type DynamicModule, Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module.js';
import { PostsModule } from '../posts/posts.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { AttachmentStore } from './attachment-store.js';
import { AttachmentsController } from './attachments.controller.js';
import { CommentAttachmentsResolver, PostAttachmentsResolver } from './attachments.resolver.js';
import { MailAcceptance } from './mail-acceptance.js';
import { MailInHandler } from './mail-in.handler.js';
import { MAIL_IN_OPTIONS, type MailInOptions } from './mail-in.options.js';
import { MailInRepository } from './mail-in.repository.js';
import { ReplyTokens } from './reply-token.js';
import { SmtpListener } from './smtp-listener.js';

export interface MailInModuleOptions extends MailInOptions {
  /** The server's signing secret; reply tokens use a key derived from it. */
  readonly secret: string;
}

/**
 * Mail in: the SMTP listener (started by bootstrap, not in WORKER_ONLY processes), the handler
 * that turns SMTP and IMAP mail into posts and comments, and attachments (GraphQL and download).
 */
@Module({})
export class MailInModule {
  static forRoot({ secret, ...options }: MailInModuleOptions): DynamicModule {
    return {
      module: MailInModule,
      imports: [AuthModule, SpacesModule, PostsModule],
      controllers: [AttachmentsController],
      providers: [
        { provide: MAIL_IN_OPTIONS, useValue: options },
        { provide: ReplyTokens, useFactory: () => new ReplyTokens(secret) },
        { provide: AttachmentStore, useFactory: () => new AttachmentStore(options.dataDir) },
        MailInRepository,
        MailAcceptance,
        MailInHandler,
        SmtpListener,
        PostAttachmentsResolver,
        CommentAttachmentsResolver,
      ],
      exports: [SmtpListener, MailInHandler, ReplyTokens],
    };
  }
}
