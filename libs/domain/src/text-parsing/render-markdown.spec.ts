import { describe, expect, it } from '@jest/globals';

import { renderMarkdown } from './render-markdown.js';

/*
 * The checks below read the output the way a browser would: they parse every tag and
 * attribute, decode entities in attribute values, and strip the characters browsers ignore in
 * URLs before looking at the scheme. Text like `&lt;script&gt;` is harmless and allowed.
 */

interface Tag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

// sanitize-html always serialises attributes as name="value", with `"` `<` `>` `&` escaped.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"'=<>/]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s"'=<>/]+)(?:="([^"]*)")?/g;

const tags = (html: string): Tag[] =>
  [...html.matchAll(TAG)].map(([, name = '', attributes = '']) => ({
    name: name.toLowerCase(),
    attributes: new Map([...attributes.matchAll(ATTRIBUTE)].map(([, key = '', value = '']) => [key.toLowerCase(), value])),
  }));

const decodeEntities = (value: string): string =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(
      /&(quot|lt|gt|apos|colon|tab|newline|amp);/gi,
      (_, name: string) =>
        ({ quot: '"', lt: '<', gt: '>', apos: "'", colon: ':', tab: '\t', newline: '\n', amp: '&' })[name.toLowerCase()] ?? '',
    );

/** The scheme a browser would see, after decoding and dropping the characters URL parsing ignores. */
const schemeOf = (url: string): string | null => {
  // Browsers strip leading C0 controls and spaces, and tabs and newlines anywhere.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const leadingControls = /^[\u0000-\u0020]+/;
  const cleaned = decodeEntities(url)
    .replace(leadingControls, '')
    .replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? null;
};

const SAFE_SCHEMES: Record<string, readonly string[]> = { href: ['http', 'https', 'mailto'], src: ['http', 'https'] };
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'data', 'background', 'poster', 'xlink:href', 'srcset'];

const unsafeUrls = (html: string): string[] =>
  tags(html).flatMap(({ name, attributes }) =>
    URL_ATTRIBUTES.flatMap((attribute) => {
      const url = attributes.get(attribute);
      if (url === undefined) return [];
      const scheme = schemeOf(url);
      const allowed = SAFE_SCHEMES[attribute] ?? [];
      return scheme === null || allowed.includes(scheme) ? [] : [`<${name} ${attribute}="${url}">`];
    }),
  );

const eventHandlers = (html: string): string[] =>
  tags(html).flatMap(({ name, attributes }) => [...attributes.keys()].filter((a) => a.startsWith('on')).map((a) => `<${name} ${a}>`));

// The tags the renderer's sanitiser allows; anything else (iframe, style, object, svg…) must not appear.
const SAFE_TAGS = new Set(
  'p br hr strong em s del code pre blockquote ul ol li h1 h2 h3 h4 h5 h6 a img table thead tbody tr th td'.split(' '),
);

const svgDataUri = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64');

const PAYLOADS: readonly { name: string; input: string }[] = [
  // raw HTML
  { name: 'script tag', input: '<script>alert(1)</script>' },
  { name: 'mixed-case script tag', input: '<ScRiPt>alert(1)</sCrIpT>' },
  { name: 'script split by a nested tag', input: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'double-open script', input: '<<SCRIPT>alert("XSS");//<</SCRIPT>' },
  { name: 'img onerror', input: '<img src=x onerror=alert(1)>' },
  { name: 'IMG with upper-case javascript src', input: '<IMG SRC=JaVaScRiPt:alert(1)>' },
  { name: 'IMG with quote soup', input: '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">' },
  { name: 'svg onload', input: '<svg onload=alert(1)>' },
  { name: 'svg wrapping a script', input: '<svg><script>alert(1)</script></svg>' },
  { name: 'body onload', input: '<BODY ONLOAD=alert(1)>' },
  { name: 'details ontoggle', input: '<details open ontoggle=alert(1)>' },
  { name: 'anchor with javascript href', input: '<a href="javascript:alert(1)">x</a>' },
  { name: 'anchor with entity-encoded href', input: '<a href="&#x6A;&#x61;vascript:alert(1)">x</a>' },
  { name: 'iframe', input: '<iframe src="https://evil.example"></iframe>' },
  { name: 'iframe srcdoc', input: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'style block', input: "<style>@import 'https://evil.example/x.css';</style>" },
  { name: 'style attribute', input: '<p style="background:url(javascript:alert(1))">x</p>' },
  { name: 'object', input: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed', input: '<embed src="javascript:alert(1)">' },
  { name: 'base href', input: '<base href="javascript:alert(1)//">' },
  { name: 'meta refresh', input: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'form action', input: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { name: 'math/style mutation', input: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'HTML comment', input: '<!-- <script>alert(1)</script> -->' },
  { name: 'comment hiding an img', input: '<!--<img src="--><img src=x onerror=alert(1)//">' },
  { name: 'mismatched nesting', input: '<div><p></div><script>alert(1)</p></script>' },
  { name: 'HTML inside a table cell', input: '| a |\n|---|\n| <img src=x onerror=alert(1)> |' },
  // markdown links and images
  { name: 'javascript link', input: '[x](javascript:alert(1))' },
  { name: 'mixed-case javascript link', input: '[x](JaVaScRiPt:alert(1))' },
  { name: 'tab-split javascript link', input: '[x](java&#x09;script:alert(1))' },
  { name: 'newline-split javascript link', input: '[x](java&#x0A;script:alert(1))' },
  { name: 'decimal-entity javascript link', input: '[x](&#106;avascript:alert(1))' },
  { name: 'hex-entity javascript link', input: '[x](&#x6A;&#x61;vascript:alert(1))' },
  { name: 'entity-encoded colon', input: '[x](javascript&#58;alert(1))' },
  { name: 'named-entity colon', input: '[x](javascript&colon;alert(1))' },
  { name: 'control character before scheme', input: '[x](\u0001javascript:alert(1))' },
  { name: 'angle-bracket destination', input: '[x](<javascript:alert(1)>)' },
  { name: 'javascript with comment newline', input: '[x](javascript://%0Aalert(1))' },
  { name: 'vbscript link', input: '[x](vbscript:msgbox(1))' },
  { name: 'upper-case vbscript link', input: '[x](VBScript:msgbox(1))' },
  { name: 'data:text/html link', input: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { name: 'data:image/svg+xml image', input: `![x](data:image/svg+xml;base64,${svgDataUri})` },
  { name: 'data:image/png image', input: '![x](data:image/png;base64,iVBORw0KGgo=)' },
  { name: 'javascript image', input: '![x](javascript:alert(1))' },
  { name: 'file link', input: '[x](file:///etc/passwd)' },
  { name: 'reference-style javascript link', input: '[x][1]\n\n[1]: javascript:alert(1)' },
  { name: 'javascript autolink', input: '<javascript:alert(1)>' },
  { name: 'vbscript autolink', input: '<vbscript:msgbox(1)>' },
  { name: 'data autolink', input: '<data:text/html,<script>alert(1)</script>>' },
  { name: 'bare javascript URL', input: 'click javascript:alert(1) now' },
  { name: 'title breaking out of its attribute', input: '[x](https://a.example "t\\" onmouseover=\\"alert(1)")' },
  { name: 'alt text breaking out of its attribute', input: '![x" onerror="alert(1)](https://a.example/a.png)' },
  { name: 'linkified URL with quotes', input: 'https://a.example/"onmouseover="alert(1)' },
  { name: 'code fence language breaking out', input: '```"><script>alert(1)</script>\ncode\n```' },
  { name: 'HTML in link text', input: '[<img src=x onerror=alert(1)>](https://a.example)' },
];

describe('renderMarkdown with hostile input', () => {
  it.each(PAYLOADS)('emits no <script> element: $name', ({ input }) => {
    expect(renderMarkdown(input)).not.toMatch(/<script/i);
  });

  it.each(PAYLOADS)('emits no event-handler attribute: $name', ({ input }) => {
    expect(eventHandlers(renderMarkdown(input))).toEqual([]);
  });

  it.each(PAYLOADS)('emits no javascript:, vbscript:, data: or other unsafe URL: $name', ({ input }) => {
    expect(unsafeUrls(renderMarkdown(input))).toEqual([]);
  });

  it.each(PAYLOADS)('emits only safe tags, never iframe, style or object: $name', ({ input }) => {
    expect(tags(renderMarkdown(input)).filter(({ name }) => !SAFE_TAGS.has(name))).toEqual([]);
  });

  it.each(PAYLOADS)('emits only well-formed tags, so nothing hides from these checks: $name', ({ input }) => {
    const html = renderMarkdown(input);
    expect(html.split('<').length - 1).toBe(tags(html).length);
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    expect(renderMarkdown('<b onclick="x()">hi</b>')).toBe('<p>&lt;b onclick="x()"&gt;hi&lt;/b&gt;</p>');
  });

  it('drops a protocol-relative link target', () => {
    expect(renderMarkdown('[x](//evil.example/path)')).not.toMatch(/href=/);
  });
});

describe('the checks used above', () => {
  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" java&#x09;script:alert(1)">x</a>',
    '<img src="data:image/png;base64,AAAA" />',
    '<a href="mailto:a@b.example"><img src="mailto:a@b.example" /></a>',
  ])('flag an unsafe URL in %s', (html) => {
    expect(unsafeUrls(html)).not.toEqual([]);
  });

  it('flag an event handler attribute', () => {
    expect(eventHandlers('<p><img src="https://a.example/a.png" onerror="alert(1)" /></p>')).toEqual(['<img onerror>']);
  });

  it('ignore a handler-like string inside an attribute value', () => {
    expect(eventHandlers('<a title="x&quot; onmouseover=&quot;y">x</a>')).toEqual([]);
  });
});

describe('renderMarkdown with ordinary markdown', () => {
  it.each([
    { name: 'bold', input: '**bold**', html: '<p><strong>bold</strong></p>' },
    { name: 'italics', input: '*it*', html: '<p><em>it</em></p>' },
    { name: 'strike-through', input: '~~gone~~', html: '<p><s>gone</s></p>' },
    { name: 'inline code', input: 'run `npm test`', html: '<p>run <code>npm test</code></p>' },
    { name: 'a heading', input: '## Title', html: '<h2>Title</h2>' },
    { name: 'a quote', input: '> quoted', html: '<blockquote>\n<p>quoted</p>\n</blockquote>' },
    { name: 'a bullet list', input: '- one\n- two', html: '<ul>\n<li>one</li>\n<li>two</li>\n</ul>' },
    { name: 'a numbered list keeping its start', input: '3. three\n4. four', html: '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>' },
    { name: 'a single line break', input: 'line one\nline two', html: '<p>line one<br />\nline two</p>' },
    { name: 'a rule', input: 'a\n\n---\n\nb', html: '<p>a</p>\n<hr />\n<p>b</p>' },
  ])('renders $name', ({ input, html }) => {
    expect(renderMarkdown(input)).toBe(html);
  });

  it('renders a fenced code block with its language class', () => {
    expect(renderMarkdown('```ts\nconst a = 1 < 2;\n```')).toBe('<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>');
  });

  it('renders a table with column alignment', () => {
    expect(renderMarkdown('| a | b |\n|:-|-:|\n| 1 | 2 |')).toBe(
      [
        '<table>',
        '<thead>',
        '<tr>',
        '<th style="text-align:left">a</th>',
        '<th style="text-align:right">b</th>',
        '</tr>',
        '</thead>',
        '<tbody>',
        '<tr>',
        '<td style="text-align:left">1</td>',
        '<td style="text-align:right">2</td>',
        '</tr>',
        '</tbody>',
        '</table>',
      ].join('\n'),
    );
  });

  it.each([
    { name: 'an https link', input: '[site](https://example.com/a?b=1&c=2)', href: 'https://example.com/a?b=1&amp;c=2' },
    { name: 'an http link', input: '[site](http://example.com)', href: 'http://example.com' },
    { name: 'a mailto link', input: '[mail](mailto:team@example.com)', href: 'mailto:team@example.com' },
    { name: 'an autolink', input: '<https://example.com>', href: 'https://example.com' },
    { name: 'a bare URL', input: 'see https://example.com/x now', href: 'https://example.com/x' },
    { name: 'a relative link', input: '[space](/spaces/marketing)', href: '/spaces/marketing' },
  ])('keeps the target of $name', ({ input, href }) => {
    expect(renderMarkdown(input)).toContain(`<a href="${href}"`);
  });

  it('opens links in a new tab without an opener or referrer, and unendorsed', () => {
    expect(renderMarkdown('[site](https://example.com "Title")')).toBe(
      '<p><a href="https://example.com" title="Title" rel="noopener noreferrer nofollow" target="_blank">site</a></p>',
    );
  });

  it('keeps an image with an https source and its alt text', () => {
    expect(renderMarkdown('![Team photo](https://cdn.example.com/team.jpg)')).toBe(
      '<p><img src="https://cdn.example.com/team.jpg" alt="Team photo" /></p>',
    );
  });

  it('keeps text that merely mentions HTML', () => {
    expect(renderMarkdown('Use 1 < 2 & "quotes"')).toBe('<p>Use 1 &lt; 2 &amp; "quotes"</p>');
  });

  it('returns an empty string for an empty body', () => {
    expect(renderMarkdown('')).toBe('');
  });
});
