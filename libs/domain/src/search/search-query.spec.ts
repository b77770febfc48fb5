import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../errors/index.js';
import { MAX_SEARCH_QUERY_LENGTH, parseSearchQuery } from './search-query.js';

const reasonOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.reason : 'not a DomainError';
  }
  return undefined;
};

describe('parseSearchQuery', () => {
  it.each(['', ' ', '\t\n  ', '\u0000', '\u0001\u0002'])('refuses %j with QUERY_EMPTY', (raw) => {
    expect(reasonOf(() => parseSearchQuery(raw))).toBe('QUERY_EMPTY');
  });

  it('accepts exactly the limit and refuses one character more with QUERY_TOO_LONG', () => {
    expect(parseSearchQuery('é'.repeat(MAX_SEARCH_QUERY_LENGTH)).text).toHaveLength(MAX_SEARCH_QUERY_LENGTH);
    expect(reasonOf(() => parseSearchQuery('a'.repeat(MAX_SEARCH_QUERY_LENGTH + 1)))).toBe('QUERY_TOO_LONG');
    expect(reasonOf(() => parseSearchQuery('x'.repeat(1_000)))).toBe('QUERY_TOO_LONG');
  });

  it('counts characters, not UTF-16 units, so emojis are not penalised twice', () => {
    expect(parseSearchQuery('😀'.repeat(MAX_SEARCH_QUERY_LENGTH)).text).toHaveLength(MAX_SEARCH_QUERY_LENGTH * 2);
  });

  it('collapses whitespace and control characters', () => {
    expect(parseSearchQuery('  migration\n\tSAP\u0007  ').text).toBe('migration SAP');
  });

  it.each([
    ['déploiement cli', 'cli', 'déploiement'],
    ['Migr', 'migr', ''],
    ["l'appli", 'appli', "l'"],
    ['(client OR projet', 'projet', '(client OR'],
    ['deux 2026', '2026', 'deux'],
    ['Über', 'über', ''],
  ])('treats the last word of %j as a prefix', (raw, prefix, head) => {
    expect(parseSearchQuery(raw)).toEqual({ text: raw, prefix, head });
  });

  it.each([
    ['too short', 'de'],
    ['ends with punctuation', 'migration!'],
    ['negated word', 'client -sap'],
    ['inside an open phrase', '"mise en prod'],
    ['closed phrase', '"mise en prod"'],
    ['the OR operator', 'client or'],
    ['a prefix operator typed by hand', 'migr:*'],
    ['glued to other signs', 'a&b<->cde'],
  ])('makes no prefix when the last word is a %s', (_why, raw) => {
    expect(parseSearchQuery(raw)).toMatchObject({ prefix: null, head: raw.trim() });
  });
});
