import { MAX_BODY_LENGTH } from '@chantier/domain';
import EmailReplyParser from 'email-reply-parser';
import sanitizeHtml from 'sanitize-html';

/*
 * From a parsed message to the markdown of a post or comment: the text part (or the HTML one
 * turned into text), without the quoted history and signature a reply carries, the subject as
 * the post's bold first line, cut to the body limit with a note rather than refused.
 */

// Beyond this, the reply parser's regular expressions would spend too long; the body limit is far lower anyway.
const MAX_TEXT_TO_PARSE = 200_000;
const BLOCK_END = /<\/(?:p|div|li|tr|h[1-6]|blockquote|table|ul|ol|pre|section|article)\s*>|<br\s*\/?>/gi;

/** Plain text from HTML, keeping paragraph breaks; entities decoded, scripts and styles dropped. */
export const htmlToText = (html: string): string => {
  const flowed = html.replace(/\s+/g, ' ').replace(BLOCK_END, (tag) => `${tag}\n`);
  const text = sanitizeHtml(flowed, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: ['style', 'script', 'textarea', 'option', 'noscript', 'title', 'head'],
  });
  // sanitize-html re-escapes the text it keeps; this is text, not HTML, from here on.
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
};

const tidy = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** The message's own words: text part preferred, else HTML as text; quoted history and signature removed. */
export const messageText = (parsed: { text?: string; html?: string | false }): string => {
  const source = parsed.text?.trim() ? parsed.text : parsed.html ? htmlToText(parsed.html) : '';
  const text = tidy(source.slice(0, MAX_TEXT_TO_PARSE));
  if (!text) return '';
  const visible = tidy(new EmailReplyParser().parseReply(text));
  // A message that is nothing but quotes (a bare forward) keeps its text rather than become empty.
  return visible || text;
};

const escapeInline = (text: string): string => text.replace(/([\\*_`[\]<>])/g, '\\$1');

const TRUNCATED = (hidden: number) => `\n\n*[…] ${hidden} more characters are not shown: the whole message is kept with the e-mail.*`;

/** Cuts a body to the post limit, saying how much was left out. */
export const fitBody = (body: string, max = MAX_BODY_LENGTH): string => {
  if (body.length <= max) return body;
  const note = TRUNCATED(body.length);
  const kept = body.slice(0, max - note.length).trimEnd();
  return `${kept}${TRUNCATED(body.length - kept.length)}`.slice(0, max);
};

/** The markdown of a new post (subject in bold on the first line) or of a comment (text only). */
export const mailMarkdown = (input: { subject?: string | null; text: string; attachmentNames: string[]; asComment: boolean }): string => {
  const subject = input.subject?.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  if (subject && !input.asComment) parts.push(`**${escapeInline(subject)}**`);
  if (input.text) parts.push(input.text);
  if (parts.length === 0 && subject) parts.push(escapeInline(subject));
  if (parts.length === 0 && input.attachmentNames.length > 0) parts.push(input.attachmentNames.map(escapeInline).join(', '));
  if (parts.length === 0) parts.push('*(empty message)*');
  return fitBody(parts.join('\n\n'));
};
