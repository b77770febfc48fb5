import { Controller, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { Public } from '../common/auth/decorators.js';
import { HooksService } from './hooks.service.js';

/** `POST /hooks/:connectorId` — webhooks in. The body arrives as raw bytes (see hooks-raw-body.ts). */
@Controller('hooks')
export class HooksController {
  constructor(private readonly hooks: HooksService) {}

  @Public()
  @Post(':connectorId')
  async receive(@Param('connectorId') connectorId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const body: unknown = req.body;
    // Signatures are over the exact bytes: a body someone else already parsed cannot be verified.
    if (body !== undefined && !Buffer.isBuffer(body)) throw new Error('/hooks received a parsed body: mount hooksRawBody() first');
    const answer = await this.hooks.receive(connectorId, { headers: req.headers, raw: body ?? Buffer.alloc(0) });
    res.status(answer.status).json(answer.body);
  }
}
