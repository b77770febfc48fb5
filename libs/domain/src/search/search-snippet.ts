/*
 * Search snippets are PostgreSQL ts_headline output over the plain text people wrote, so they
 * may contain anything, including "<script>" or "<mark onclick=…>". ts_headline marks matches
 * with two private-use characters (stripped from the text beforehand); everything is escaped and
 * only those markers become <mark> tags.
 */

/** Placed by ts_headline before a matched word; never present in the text it reads. */
export const SNIPPET_START = '\uE000';
/** Placed by ts_headline after a matched word. */
export const SNIPPET_STOP = '\uE001';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Turns ts_headline output into safe HTML: escaped text, whitespace collapsed, matches in <mark>. */
export const renderSnippet = (headline: string | null): string | null => {
  if (headline === null) return null;
  let html = '';
  let open = false;
  for (const part of headline
    .replace(/\s+/gu, ' ')
    .trim()
    .split(/([\uE000\uE001])/u)) {
    if (part === SNIPPET_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === SNIPPET_STOP) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
};
