import { canReadPlace, isId } from '@chantier/domain';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { TokenService } from '../auth/token.service.js';
import { ViewerRepository } from '../auth/viewer.repository.js';
import { bearerToken } from '../common/auth/request-context.js';
import { AttachmentStore } from './attachment-store.js';
import { MailInRepository } from './mail-in.repository.js';

/**
 * `GET /files/:attachmentId` with the bearer token. A file of a post the viewer may not read is
 * answered exactly as one that does not exist (404), so ids reveal nothing.
 */
@Controller('files')
export class AttachmentsController {
  constructor(
    private readonly tokens: TokenService,
    private readonly viewers: ViewerRepository,
    private readonly mail: MailInRepository,
    private readonly store: AttachmentStore,
  ) {}

  @Get(':attachmentId')
  async download(@Param('attachmentId') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const token = bearerToken(req);
    const viewer = await (async () => {
      if (!token) return undefined;
      try {
        return await this.viewers.load(this.tokens.verify(token));
      } catch {
        return undefined;
      }
    })();
    if (!viewer || !viewer.active) {
      res.status(401).json({ error: 'Sign in first: downloading a file needs a session token.' });
      return;
    }
    const file = isId(id) ? await this.mail.forDownload(id) : undefined;
    const place = file?.spaceId && file.visibility ? { id: file.spaceId, visibility: file.visibility } : null;
    if (!file || !canReadPlace(viewer, place).allowed) {
      res.status(404).json({ error: 'No such file.' });
      return;
    }
    const stream = this.store.open(file.storageKey);
    const opened = await new Promise<boolean>((resolve) => {
      stream.once('open', () => resolve(true));
      stream.once('error', () => resolve(false));
    });
    if (!opened) {
      res.status(404).json({ error: 'No such file.' });
      return;
    }
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    // Always a download, never rendered by the browser on our origin: mail attachments are untrusted.
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, max-age=300');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
