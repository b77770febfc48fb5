import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * `reply+<token>@MAIL_DOMAIN`: a reply address bound to one person and one post, valid for a
 * limited time. The token is [user id 16 B | post id 16 B | expiry 4 B (unix seconds) | MAC 10 B],
 * in lower-case base32: mail systems may change the case of a local part, and base32 survives it.
 * 74 characters is over RFC 5321's 64-octet local part, like GitHub's reply addresses; MTAs
 * accept it in practice, and binding the user inside the token lets the RCPT check stand alone.
 */

export const REPLY_TOKEN_TTL_DAYS = 30;
const MAC_BYTES = 10;
const PAYLOAD_BYTES = 16 + 16 + 4;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

export interface ReplyTokenClaims {
  readonly userId: string;
  readonly postId: string;
  readonly expiresAt: Date;
}

export type ReplyTokenCheck =
  | { readonly ok: true; readonly claims: ReplyTokenClaims }
  | { readonly ok: false; readonly reason: 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' };

const uuidBytes = (uuid: string): Buffer => Buffer.from(uuid.replace(/-/g, ''), 'hex');
const bytesUuid = (bytes: Buffer): string => bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

export const base32Encode = (bytes: Buffer): string => {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
};

export const base32Decode = (text: string): Buffer | undefined => {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.toLowerCase()) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
};

/** Issues and checks reply tokens with a key derived from the server's secret (never the secret itself). */
export class ReplyTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('chantier:mail-reply-token:v1').digest();
  }

  issue(userId: string, postId: string, now: Date, ttlDays = REPLY_TOKEN_TTL_DAYS): string {
    const expiry = Buffer.alloc(4);
    expiry.writeUInt32BE(Math.floor(now.getTime() / 1000) + ttlDays * 86_400);
    const payload = Buffer.concat([uuidBytes(userId), uuidBytes(postId), expiry]);
    return base32Encode(Buffer.concat([payload, this.mac(payload)]));
  }

  /** Checks the signature first, so a forged token never learns whether it would have expired. */
  verify(token: string, now: Date): ReplyTokenCheck {
    const bytes = base32Decode(token);
    if (!bytes || bytes.length !== PAYLOAD_BYTES + MAC_BYTES || base32Encode(bytes) !== token.toLowerCase()) {
      return { ok: false, reason: 'MALFORMED' };
    }
    const payload = bytes.subarray(0, PAYLOAD_BYTES);
    if (!timingSafeEqual(bytes.subarray(PAYLOAD_BYTES), this.mac(payload))) return { ok: false, reason: 'BAD_SIGNATURE' };
    const expiresAt = new Date(payload.readUInt32BE(32) * 1000);
    if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
    return { ok: true, claims: { userId: bytesUuid(payload.subarray(0, 16)), postId: bytesUuid(payload.subarray(16, 32)), expiresAt } };
  }

  private mac(payload: Buffer): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, MAC_BYTES);
  }
}
