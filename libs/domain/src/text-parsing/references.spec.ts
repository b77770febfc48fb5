import { describe, expect, it } from '@jest/globals';

import { deriveHandle } from '../validation/people.js';
import {
  excerpt,
  extractHashtags,
  extractMentions,
  extractReferences,
  MAX_HASHTAG_LENGTH,
  normaliseHashtag,
  normaliseMention,
} from './references.js';

type Row = readonly [label: string, markdown: string, mentions: readonly string[], hashtags: readonly string[]];

/* Each row: what a person might type, the handles it mentions and the tags it carries. */
const TRICKY: readonly Row[] = [
  ['a plain mention and tag', 'Thanks @bob for #deal', ['bob'], ['deal']],
  ['accents folded the way handles are derived', 'Merci @Élodie.Dupré !', ['elodie.dupre'], []],
  ['a ligature spelled out', 'Bravo @Cœur-Œuvre', ['coeur-oeuvre'], []],
  ['upper case lowered', 'Hi @BOB and #DEAL', ['bob'], ['deal']],
  ['trailing comma', 'Hi @bob, here', ['bob'], []],
  ['trailing full stop', 'Ask @bob. Then #deal.', ['bob'], ['deal']],
  ['trailing separators of a dotted handle', 'Ping @jean.dupont... ok', ['jean.dupont'], []],
  ['trailing dash and underscore', 'Yo @bob- and @carl_ now', ['bob', 'carl'], []],
  ['question and exclamation marks', 'Is it @bob? Yes #done!', ['bob'], ['done']],
  ['inside parentheses and quotes', '(@bob) "#deal" «@carl»', ['bob', 'carl'], ['deal']],
  ['colon and semicolon after', '@bob: see #q3; later', ['bob'], ['q3']],
  ['an apostrophe ends a mention', "That is @bob's call", ['bob'], []],
  ['line start and line end', '@bob\n#deal', ['bob'], ['deal']],
  ['de-duplicated, first appearance kept', '@bob #a @carl @Bob #A #b', ['bob', 'carl'], ['a', 'b']],
  ['an e-mail address is not a mention', 'Write to bob@example.com today', [], []],
  ['an e-mail address without a known domain', 'Write to bob@intranet please', [], []],
  ['a mention glued to an address', 'Write to @bob@example.com', [], []],
  ['a URL fragment is not a tag', 'See https://x.test/#anchor now', [], []],
  ['a URL path is not a mention', 'See https://x.test/@user now', [], []],
  ['a URL without scheme', 'See x.test/@user and x.test/#top', [], []],
  ['a query string is not a tag', 'See /search?q=#deal', [], []],
  ['a markdown link target', 'See [the doc](https://x.test/@bob#deal)', [], []],
  ['a markdown link text', 'See [@bob on #deal](https://x.test)', [], []],
  ['an autolink', 'See <https://x.test/#deal> and <mailto:bob@x.test>', [], []],
  ['an image alt text', '![@bob #deal](https://x.test/a.png)', [], []],
  ['inline code', 'Run `@bob #deal` then ping @carl', ['carl'], []],
  ['a fenced code block', 'Look:\n\n```\n@bob #deal\n```\n\nthanks @carl', ['carl'], []],
  ['a tilde fence with a language', '~~~ts\nconst x = "@bob #deal";\n~~~', [], []],
  ['an indented code block', 'Text\n\n    @bob #deal\n\nafter #ok', [], ['ok']],
  ['a heading marker is not a tag', '# Release notes\n\nbody', [], []],
  ['a tag inside a heading', '## Sprint #review', [], ['review']],
  ['a heading-like line without a space is a tag', '#launch today', [], ['launch']],
  ['digits-only tags are refused', 'Fixed in #42 and #1234', [], []],
  ['digits with a letter are a tag', 'Plan #2025q1 and #q4_2025', [], ['2025q1', 'q4_2025']],
  ['Unicode letters in a tag', 'Prochaine #réunion et #Été', [], ['réunion', 'été']],
  ['a decomposed accent becomes NFC', 'La #re\u0301union', [], ['réunion']],
  ['non-Latin scripts', 'Voir #日本 et #Москва', [], ['日本', 'москва']],
  ['C# and glued hashes are not tags', 'We use C# and F#, not a#b', [], []],
  ['a double hash is not a tag', 'Heading ##deal', [], []],
  ['an HTML entity is not a tag', 'Text &#35;deal here', [], []],
  ['escaped characters stay literal', 'Not \\#deal nor \\@bob', [], []],
  ['a lone @ or #', 'Meet @ noon, # of items', [], []],
  ['a tag does not include a dash', 'Tag #go-live today', [], ['go']],
  ['surrounding underscores trimmed from a tag', 'Tag #_urgent_ now', [], ['urgent']],
  ['emphasis around a mention and a tag', 'Thanks **@bob** and _#deal_', ['bob'], ['deal']],
  ['a list and a quote', '- item @bob\n\n> quoted #deal', ['bob'], ['deal']],
  ['a table cell', '| who | tag |\n|---|---|\n| @bob | #deal |', ['bob'], ['deal']],
  ['a scoped package is not a mention', 'Install @nestjs/core now', [], []],
  ['a mention with digits', 'cc @bob2 and @r2-d2', ['bob2', 'r2-d2'], []],
  ['a non-Latin handle folds to nothing', 'cc @日本', [], []],
  ['a tag longer than the cap is refused', `#${'a'.repeat(MAX_HASHTAG_LENGTH + 1)}`, [], []],
  ['a tag exactly at the cap is kept', `#${'a'.repeat(MAX_HASHTAG_LENGTH)}`, [], ['a'.repeat(MAX_HASHTAG_LENGTH)]],
  ['raw HTML is shown as text, so it is read as text', '<a href="x">@bob</a> <b title="#x">', ['bob'], ['x']],
];

describe('extractMentions and extractHashtags on tricky inputs', () => {
  it.each(TRICKY)('%s', (_, markdown, mentions, hashtags) => {
    expect(extractMentions(markdown)).toEqual(mentions);
    expect(extractHashtags(markdown)).toEqual(hashtags);
    expect(extractReferences(markdown)).toEqual({ mentions, hashtags });
  });
});

describe('normaliseMention', () => {
  it.each(['Élodie.Dupré@example.test', 'Jean-Pierre.Cœur@example.test', 'bob_smith@example.test'])(
    'resolves to the handle deriveHandle gives %s',
    (email) => {
      const local = email.split('@')[0]!;
      expect(normaliseMention(local)).toBe(deriveHandle(email));
    },
  );

  it.each(['', '...', '日本', 'x'.repeat(41)])('refuses %j', (name) => {
    expect(normaliseMention(name)).toBeNull();
  });
});

describe('normaliseHashtag', () => {
  it.each([
    ['#Réunion', 'réunion'],
    ['deal', 'deal'],
    ['  ', null],
    ['#', null],
    ['2025', null],
    ['go-live', null],
    ['a b', null],
  ])('turns %j into %j', (input, expected) => {
    expect(normaliseHashtag(input)).toBe(expected);
  });
});

describe('excerpt', () => {
  it('keeps the prose, link text and code a reader sees, without markup', () => {
    expect(excerpt('**Hello** [the doc](https://x.test) and `code`\n\n# Title')).toBe('Hello the doc and code Title');
  });

  it('cuts a long body at a word boundary with an ellipsis', () => {
    const text = excerpt('word '.repeat(100), 22);
    expect(text).toBe('word word word word…');
  });

  it('returns a short body unchanged', () => {
    expect(excerpt('Short one.')).toBe('Short one.');
  });
});
