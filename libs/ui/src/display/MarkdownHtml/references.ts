/*
 * Turns the @mentions and #hashtags of server-rendered, sanitised HTML into links, reading only
 * prose: never inside code, pre or an existing link. It only ever adds <a> elements whose href
 * is built from a normalised handle or tag, and moves existing text nodes around: nothing from
 * the text is parsed as HTML, so the server's sanitising stays the only gate.
 *
 * The patterns mirror libs/domain's text-parsing/references.ts (what the API indexes and
 * notifies), without look-behind so that older Safari versions can parse the module.
 */

export interface ReferenceHrefs {
  mentionHref: (handle: string) => string;
  hashtagHref: (tag: string) => string;
}

const MAX_HANDLE_LENGTH = 40;
const MAX_HASHTAG_LENGTH = 64;
// Stands for code, links and images before a token: it glues to what follows, as on the server.
const OPAQUE = '\u0000';

const TOKEN = /@([\p{L}\p{M}\p{N}._-]+)|#([\p{L}\p{M}\p{N}_]+)/gu;
// What may not stand right before `@` or `#` (bob@example, C#, x.test/@user, ?a=#b, &#35;).
const GLUED_BEFORE = /[\p{L}\p{M}\p{N}_.+\-/\\@#&=?%~]/u;
// After a mention, these mean it was an address or a path after all (@bob@example.test, @scope/package).
const GLUED_AFTER = /^[@/\\]/;

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const foldToAscii = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? '');

export const normaliseMention = (name: string): string | null => {
  const handle = foldToAscii(name)
    .replace(/[^a-z0-9._-]/g, '')
    .replace(/^[._-]+/, '')
    .replace(/[._-]+$/, '');
  return handle.length > 0 && handle.length <= MAX_HANDLE_LENGTH ? handle : null;
};

export const normaliseHashtag = (text: string): string | null => {
  const tag = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/^#/, '')
    .replace(/^_+|_+$/g, '');
  if (!/^[\p{L}\p{M}\p{N}_]+$/u.test(tag) || !/\p{L}/u.test(tag)) return null;
  return [...tag].length <= MAX_HASHTAG_LENGTH ? tag : null;
};

const lastCharOf = (text: string): string => [...text.slice(-2)].pop() ?? '';

// Blocks start a new run of prose; the rest (strong, em, s, del, mark) continue the current one.
const BLOCKS = new Set([
  'P',
  'LI',
  'UL',
  'OL',
  'TD',
  'TH',
  'TR',
  'TABLE',
  'THEAD',
  'TBODY',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'DIV',
]);
const OPAQUE_ELEMENTS = new Set(['A', 'CODE', 'PRE', 'IMG']);

const referenceLink = (doc: Document, text: string, href: string, kind: 'mention' | 'hashtag'): HTMLAnchorElement => {
  const link = doc.createElement('a');
  link.setAttribute('href', href);
  link.setAttribute('data-ref', kind);
  link.textContent = text;
  return link;
};

/** Replaces a text node by text and links when it holds references; returns the last prose character. */
const linkTextNode = (node: Text, previous: string, hrefs: ReferenceHrefs): string => {
  const text = node.data;
  const doc = node.ownerDocument;
  const parts: Array<string | HTMLAnchorElement> = [];
  let consumed = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const before = start === 0 ? previous : lastCharOf(text.slice(0, start));
    if (before === OPAQUE || (before && GLUED_BEFORE.test(before))) continue;
    let link: HTMLAnchorElement | null = null;
    let length = match[0].length;
    if (match[1] !== undefined) {
      // Trailing separators are punctuation ("@bob."), not part of the handle.
      const shown = match[0].replace(/[._-]+$/, '');
      const handle = GLUED_AFTER.test(text.slice(start + match[0].length)) ? null : normaliseMention(match[1]);
      if (handle) {
        length = shown.length;
        link = referenceLink(doc, shown, hrefs.mentionHref(handle), 'mention');
      }
    } else {
      const tag = normaliseHashtag(match[2] ?? '');
      if (tag) link = referenceLink(doc, match[0], hrefs.hashtagHref(tag), 'hashtag');
    }
    if (!link) continue;
    parts.push(text.slice(consumed, start), link);
    consumed = start + length;
  }
  if (parts.length > 0) {
    parts.push(text.slice(consumed));
    node.replaceWith(...parts.filter((part) => part !== ''));
  }
  return text ? lastCharOf(text) : previous;
};

const linkChildren = (parent: Node, previous: string, hrefs: ReferenceHrefs): string => {
  let last = previous;
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      last = linkTextNode(child as Text, last, hrefs);
    } else if (child.nodeType === Node.ELEMENT_NODE) {
      const tag = (child as Element).tagName;
      if (tag === 'BR') last = '\n';
      else if (OPAQUE_ELEMENTS.has(tag)) last = OPAQUE;
      else if (BLOCKS.has(tag)) {
        linkChildren(child, '', hrefs);
        last = '';
      } else last = linkChildren(child, last, hrefs);
    }
  }
  return last;
};

/** The same HTML with its @mentions and #hashtags as links (`data-ref="mention|hashtag"`). */
export const linkifyReferences = (html: string, hrefs: ReferenceHrefs): string => {
  if ((!html.includes('@') && !html.includes('#')) || typeof document === 'undefined') return html;
  // A <template>'s content is inert: parsing it runs no script and loads no image.
  const template = document.createElement('template');
  template.innerHTML = html;
  linkChildren(template.content, '', hrefs);
  return template.innerHTML;
};
