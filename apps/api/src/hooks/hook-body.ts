import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

import { type HookRejection, reject } from './hook-answers.js';

/** The largest webhook body accepted, once decoded (GitHub caps its payloads at 25 MB, but ours are events, not files). */
export const HOOK_BODY_LIMIT = 1024 * 1024;

const tooLarge = (): HookRejection => reject(413, 'BODY_TOO_LARGE', 'The body is larger than 1 MiB.');
const unreadable = (): HookRejection => reject(400, 'BODY_UNREADABLE', 'The body could not be read completely.');
const unsupported = (): HookRejection =>
  reject(415, 'CONTENT_ENCODING_UNSUPPORTED', 'The Content-Encoding is not supported: send gzip, deflate, br or none.');

/** Senders sign the JSON, not its compression: a compressed body is verified once decoded. */
const decoderFor = (encoding: string): (() => Readable & NodeJS.WritableStream) | 'identity' | undefined => {
  if (encoding === '' || encoding === 'identity') return 'identity';
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip;
  if (encoding === 'deflate') return createInflate;
  if (encoding === 'br') return createBrotliDecompress;
  return undefined;
};

/**
 * The exact bytes of a delivery, whatever its content type (Freshdesk and Front do not always say
 * JSON), decoded and at most HOOK_BODY_LIMIT long; or the refusal to answer. A body over the limit
 * is refused as soon as it is known to be (from Content-Length, or while reading), never buffered whole.
 */
export const readHookBody = (req: IncomingMessage): Promise<Buffer | HookRejection> => {
  const decoder = decoderFor(
    String(req.headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase(),
  );
  if (!decoder) return discard(req, unsupported());
  if (decoder === 'identity' && Number(req.headers['content-length'] ?? 0) > HOOK_BODY_LIMIT) return discard(req, tooLarge());

  const stream: Readable = decoder === 'identity' ? req : req.pipe(decoder());
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const settle = (result: Buffer | HookRejection) => {
      if (settled) return;
      settled = true;
      if (stream !== req) {
        req.unpipe();
        stream.destroy();
      }
      if (!Buffer.isBuffer(result)) req.resume(); // read and drop the rest so the connection stays usable
      resolve(result);
    };
    stream.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > HOOK_BODY_LIMIT) return settle(tooLarge());
      chunks.push(chunk);
    });
    stream.on('end', () => settle(Buffer.concat(chunks, length)));
    stream.on('error', () => settle(unreadable()));
    // The sender hung up before the whole body arrived.
    req.on('close', () => {
      if (!req.complete) settle(unreadable());
    });
  });
};

const discard = (req: IncomingMessage, rejection: HookRejection): Promise<HookRejection> => {
  req.resume();
  return Promise.resolve(rejection);
};
