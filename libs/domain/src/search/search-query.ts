import { DomainError } from '../errors/index.js';

/** Longest search text accepted, in characters: a sentence or two, far above what people type. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

/** Shortest last word also matched as the start of a name ("Ali" finds "Alice", "deplo" the space "Déploiement CRM"). */
export const MIN_PREFIX_LENGTH = 3;

/** What the SQL search needs from what the person typed. */
export interface SearchText {
  /** The whole text, whitespace collapsed: handed to websearch_to_tsquery, which never fails on any input. */
  readonly text: string;
  /** The last word when it may be unfinished (letters and digits only, so safe in a prefix tsquery), else null. Names only. */
  readonly prefix: string | null;
  /** `text` without that last word, to combine with the prefix. */
  readonly head: string;
}

// A trailing word of letters/digits, at the start or after a space, an opening parenthesis or an apostrophe (l'appli).
const LAST_WORD = new RegExp(`(^|[\\s('’])([\\p{L}\\p{N}]{${MIN_PREFIX_LENGTH},})$`, 'u');

/**
 * Validates a search query: QUERY_EMPTY when nothing but whitespace, QUERY_TOO_LONG above
 * MAX_SEARCH_QUERY_LENGTH characters. Operators, quotes and anything else are left to
 * websearch_to_tsquery, which treats them as text or web-search syntax and never errors.
 */
export const parseSearchQuery = (raw: string, field = 'query'): SearchText => {
  const text = raw.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  if (text.length === 0) throw new DomainError('QUERY_EMPTY', 'Type something to search for.', { field });
  const length = [...text].length;
  if (length > MAX_SEARCH_QUERY_LENGTH) {
    throw new DomainError('QUERY_TOO_LONG', `Search text is limited to ${MAX_SEARCH_QUERY_LENGTH} characters.`, {
      field,
      limit: MAX_SEARCH_QUERY_LENGTH,
      length,
    });
  }
  const match = LAST_WORD.exec(text);
  const quoted = (text.match(/"/g)?.length ?? 0) % 2 === 1; // the last word is inside an open phrase
  const word = match?.[2];
  if (!word || quoted || word.toLowerCase() === 'or') return { text, prefix: null, head: text };
  return { text, prefix: word.toLowerCase(), head: text.slice(0, text.length - word.length).trim() };
};
