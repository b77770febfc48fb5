import MarkdownIt from 'markdown-it';

import { foldToAscii } from '../validation/people.js';

/*
 * @mentions and #hashtags are read from the prose of a markdown body, never from its code, links
 * or URLs. Rather than guessing with one regular expression over the raw text, the body is
 * tokenised by the same markdown parser that renders it, so "is this code?" and "is this a link?"
 * get exactly the answer the reader sees on screen. Only plain text reaches the patterns below.
 */

// Same options as the renderer (html off, linkify on): bare URLs and e-mail addresses become links.
const parser = new MarkdownIt({ html: false, linkify: true });
// Keep backslash escapes as separate tokens so `\#tag` and `\@bob` stay literal.
parser.core.ruler.disable('text_join');

type Token = ReturnType<typeof parser.parse>[number];

/** Longest handle a mention resolves to (handles are ≤ 30 characters plus a numeric suffix). */
export const MAX_HANDLE_LENGTH = 40;
/** Longest hashtag, in characters; longer ones are not tags (truncating could merge distinct tags). */
export const MAX_HASHTAG_LENGTH = 64;

// Replaces what a mention or tag must never be read from; it glues to what follows, so
// `\#tag` or `` `x`#tag `` produce nothing.
const OPAQUE = '\u0000';

/**
 * The prose of an inline token. For references, code, links, images and escapes are made opaque;
 * for previews, link text, inline code and escaped characters are kept as the reader sees them.
 */
const inlineProse = (children: readonly Token[], preview: boolean): string => {
  let out = '';
  let linkDepth = 0;
  for (const token of children) {
    if (token.type === 'link_open') linkDepth += 1;
    if (token.type === 'link_close') linkDepth = Math.max(0, linkDepth - 1);
    const inLink = linkDepth > 0 || token.type === 'link_close';
    if (inLink && !preview) out += OPAQUE;
    else if (token.type === 'text') out += token.content;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += '\n';
    else if (token.type === 'code_inline' || token.type === 'text_special') out += preview ? token.content : OPAQUE;
    else if (token.type === 'image') out += OPAQUE;
    // Emphasis and other markup add no characters of their own.
  }
  return out;
};

/**
 * Each block's prose, one string per paragraph, heading or table cell. Code blocks are left out
 * of references and kept in previews.
 */
const proseBlocks = (markdown: string, preview = false): string[] =>
  parser.parse(markdown, {}).flatMap((token) => {
    if (token.type === 'inline') return [inlineProse(token.children ?? [], preview)];
    if (preview && (token.type === 'fence' || token.type === 'code_block')) return [token.content];
    return [];
  });

// What may not stand right before `@` or `#`: anything that makes it part of a word, an address,
// a path, a query string or an entity (bob@example, C#, x.test/@user, ?a=#b, &#35;).
const GLUED_BEFORE = String.raw`[\p{L}\p{M}\p{N}_.+\-/\\@#&=?%~${OPAQUE}]`;
const MENTION = new RegExp(String.raw`(?<!${GLUED_BEFORE})@([\p{L}\p{M}\p{N}._-]+)`, 'gu');
const HASHTAG = new RegExp(String.raw`(?<!${GLUED_BEFORE})#([\p{L}\p{M}\p{N}_]+)`, 'gu');
// After a mention, these mean it was an address or a path after all (@bob@example.test, @scope/package).
const GLUED_AFTER = /^[@/\\]/;

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

/**
 * The handle an `@name` refers to, normalised as `deriveHandle` builds handles (lower-case,
 * accents and ligatures folded, only letters, digits, dot, dash and underscore), or null.
 */
export const normaliseMention = (name: string): string | null => {
  const handle = foldToAscii(name)
    .replace(/[^a-z0-9._-]/g, '')
    .replace(/^[._-]+/, '')
    .replace(/[._-]+$/, '');
  return handle.length > 0 && handle.length <= MAX_HANDLE_LENGTH ? handle : null;
};

/**
 * A hashtag as stored: NFC, lower-case, without `#` and surrounding underscores, or null when it
 * is not a tag (no letter, e.g. `#42`; too long; characters other than letters, digits and `_`).
 */
export const normaliseHashtag = (text: string): string | null => {
  const tag = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/^_+|_+$/g, '');
  if (!/^[\p{L}\p{M}\p{N}_]+$/u.test(tag) || !/\p{L}/u.test(tag)) return null;
  return [...tag].length <= MAX_HASHTAG_LENGTH ? tag : null;
};

const mentionsIn = (prose: string): string[] =>
  [...prose.matchAll(MENTION)].flatMap((match) => {
    const after = prose.slice((match.index ?? 0) + match[0].length);
    if (GLUED_AFTER.test(after)) return [];
    const handle = normaliseMention(match[1] ?? '');
    return handle ? [handle] : [];
  });

const hashtagsIn = (prose: string): string[] =>
  [...prose.matchAll(HASHTAG)].flatMap((match) => {
    const tag = normaliseHashtag(match[1] ?? '');
    return tag ? [tag] : [];
  });

/** The handles `@mentioned` in a markdown body, normalised and de-duplicated, in order of appearance. */
export const extractMentions = (markdown: string): string[] => unique(proseBlocks(markdown).flatMap(mentionsIn));

/** The `#hashtags` of a markdown body, normalised and de-duplicated, in order of appearance. */
export const extractHashtags = (markdown: string): string[] => unique(proseBlocks(markdown).flatMap(hashtagsIn));

/** Mentions and hashtags in one pass over the body. */
export const extractReferences = (markdown: string): { mentions: string[]; hashtags: string[] } => {
  const blocks = proseBlocks(markdown);
  return { mentions: unique(blocks.flatMap(mentionsIn)), hashtags: unique(blocks.flatMap(hashtagsIn)) };
};

/**
 * A short plain-text preview of a markdown body (notifications, digests): prose only, whitespace
 * collapsed, cut at a word boundary with an ellipsis when longer than `max` characters.
 */
export const excerpt = (markdown: string, max = 140): string => {
  const text = proseBlocks(markdown, true).join(' ').replaceAll(OPAQUE, ' ').replace(/\s+/g, ' ').trim();
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= max / 2 ? atWord : cut).trimEnd()}…`;
};
