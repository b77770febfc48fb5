import { describe, expect, it } from '@jest/globals';

import { renderSnippet, SNIPPET_START as S, SNIPPET_STOP as E } from './search-snippet.js';

describe('renderSnippet', () => {
  it('wraps matched words in <mark> and keeps the rest as text', () => {
    expect(renderSnippet(`Le ${S}déploiement${E} chez le ${S}client${E}`)).toBe('Le <mark>déploiement</mark> chez le <mark>client</mark>');
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<mark onclick="steal()">x</mark>', '&lt;mark onclick=&quot;steal()&quot;&gt;x&lt;/mark&gt;'],
    [`<img src=x onerror='alert(1)'>`, '&lt;img src=x onerror=&#39;alert(1)&#39;&gt;'],
    ['&lt;already escaped&gt;', '&amp;lt;already escaped&amp;gt;'],
    ['[link](javascript:alert(1))', '[link](javascript:alert(1))'],
  ])('escapes %j so it stays inert text', (text, html) => {
    expect(renderSnippet(text)).toBe(html);
  });

  it('escapes inside a highlighted word too', () => {
    expect(renderSnippet(`${S}<b>urgent</b>${E}`)).toBe('<mark>&lt;b&gt;urgent&lt;/b&gt;</mark>');
  });

  it('never emits unbalanced or nested marks', () => {
    expect(renderSnippet(`${E}a ${S}${S}b${E}${E} c ${S}d`)).toBe('a <mark>b</mark> c <mark>d</mark>');
  });

  it('collapses whitespace and new lines', () => {
    expect(renderSnippet('  one\n\n two\tthree ')).toBe('one two three');
  });

  it('keeps null for no snippet', () => {
    expect(renderSnippet(null)).toBeNull();
  });
});
