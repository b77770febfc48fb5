/*
 * Mail written by machines that must never become a post: delivery reports (bounces) and
 * automatic replies (out of office, vacation). They are kept in the inbox as IGNORED, with why.
 */

/** The few headers the decision needs, lower-cased names; values as received (decoded). */
export interface AutomationHeaders {
  readonly contentType?: string;
  readonly reportType?: string;
  readonly autoSubmitted?: string;
  readonly xAutoreply?: string;
  readonly xAutorespond?: string;
  readonly precedence?: string;
}

const AUTOMATED_PRECEDENCE = new Set(['bulk', 'auto_reply', 'junk']);

/** Why this message is automated, or null when a person wrote it. */
export const automatedReason = (headers: AutomationHeaders): string | null => {
  const contentType = headers.contentType?.trim().toLowerCase();
  if (contentType === 'multipart/report') {
    return `bounce: multipart/report${headers.reportType ? ` (report-type=${headers.reportType.trim().toLowerCase()})` : ''}`;
  }
  // RFC 3834: any value but "no" marks mail a program sent on its own.
  const autoSubmitted = headers.autoSubmitted?.trim().toLowerCase().split(';')[0]?.trim();
  if (autoSubmitted && autoSubmitted !== 'no') return `auto-reply: Auto-Submitted: ${autoSubmitted}`;
  if (headers.xAutoreply !== undefined) return 'auto-reply: X-Autoreply';
  if (headers.xAutorespond !== undefined) return 'auto-reply: X-Autorespond';
  const precedence = headers.precedence?.trim().toLowerCase();
  if (precedence && AUTOMATED_PRECEDENCE.has(precedence)) return `auto-reply: Precedence: ${precedence}`;
  return null;
};
