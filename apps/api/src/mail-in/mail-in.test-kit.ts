import { connect, type Socket } from 'node:net';

import nodemailer from 'nodemailer';

import type { TestApp } from '../../test/test-app.js';

/** Test helpers: deliver mail to the test app's SMTP listener over real SMTP. */

export const MAIL_DOMAIN = 'chantier.localhost';

export interface Delivery {
  /** The final SMTP answer, e.g. `250 2.0.0 Accepted: <id>` or `550 5.1.1 Unknown address: …`. */
  response: string;
  code: number;
  /** The inbox row ids a 250 answer names. */
  eventIds: string[];
}

/** Sends a raw message with an explicit envelope through nodemailer's SMTP transport. */
export const deliver = async (app: TestApp, envelope: { from: string; to: string[] }, raw: Buffer | string): Promise<Delivery> => {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: app.server.smtpPort!, secure: false, ignoreTLS: true });
  try {
    const info = (await transport.sendMail({ envelope, raw })) as { response: string };
    const ids = /Accepted: (.*)$/.exec(info.response)?.[1]?.trim().split(/\s+/) ?? [];
    return { response: info.response, code: Number(info.response.slice(0, 3)), eventIds: ids };
  } catch (error) {
    const failure = error as { response?: string; responseCode?: number; rejectedErrors?: { response?: string; responseCode?: number }[] };
    const rejected = failure.rejectedErrors?.[0];
    const response = rejected?.response ?? failure.response ?? String(error);
    return { response, code: rejected?.responseCode ?? failure.responseCode ?? 0, eventIds: [] };
  } finally {
    transport.close();
  }
};

/** A minimal message; `headers` are added as given (Message-ID, In-Reply-To, Auto-Submitted…). */
export const message = (input: { from: string; to: string; subject?: string; body?: string; headers?: Record<string, string> }): string =>
  [
    `From: ${input.from}`,
    `To: ${input.to}`,
    `Subject: ${input.subject ?? 'Hello'}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    ...Object.entries(input.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
    '',
    input.body ?? 'Hello from the mail tests.',
    '',
  ].join('\r\n');

/** A raw SMTP conversation, for what a client library would not let us do (no SIZE parameter, reading EHLO). */
export class SmtpDialog {
  private buffer = '';
  private waiting: (() => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.waiting?.();
    });
  }

  static async open(port: number): Promise<{ dialog: SmtpDialog; greeting: string }> {
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
    const dialog = new SmtpDialog(socket);
    return { dialog, greeting: await dialog.reply() };
  }

  /** Sends a line (or raw bytes) and reads the complete reply. */
  async send(line: string | Buffer): Promise<string> {
    this.socket.write(typeof line === 'string' ? `${line}\r\n` : line);
    return this.reply();
  }

  write(bytes: Buffer | string): void {
    this.socket.write(bytes);
  }

  /** Reads one reply: lines up to the one whose code is followed by a space. */
  async reply(): Promise<string> {
    for (;;) {
      const match = /(?:^|\r\n)(\d{3}) [^\r\n]*\r\n/.exec(this.buffer);
      if (match) {
        const end = match.index + match[0].length;
        const reply = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end);
        return reply.trimEnd();
      }
      await new Promise<void>((resolve) => (this.waiting = resolve));
    }
  }

  close(): void {
    this.socket.destroy();
  }
}
