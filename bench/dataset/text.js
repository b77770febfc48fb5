import { renderMarkdown } from '@chantier/domain';

import { COMMON_EN, COMMON_FR, CUSTOMERS, FILLER, HASHTAGS } from './words.js';

/*
 * Post and comment bodies: plain paragraphs of business words (English or French by the
 * author's locale), sometimes a #hashtag, an @mention or a customer's name. The `html` column
 * must be what the API's renderMarkdown makes of the body; rendering 800 000 bodies through
 * markdown-it + sanitize-html would take minutes, so plain paragraphs are rendered directly and a
 * sample is checked against the real renderer (any difference switches to the real one).
 */

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const fastRender = (body) =>
  body
    .split('\n\n')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');

const capitalise = (word) => word.charAt(0).toUpperCase() + word.slice(1);

export const makeWriter = (rng, handles) => {
  const word = (french) => {
    const roll = rng.next();
    if (roll < 0.3) return FILLER[rng.zipf(FILLER.length, 0.8)];
    if (roll < 0.33) return rng.pick(CUSTOMERS);
    const list = rng.chance(french ? 0.8 : 0.15) ? COMMON_FR : COMMON_EN;
    return list[rng.zipf(list.length, 0.9)];
  };
  const sentence = (french, min, max) => {
    const length = min + rng.int(max - min + 1);
    const words = [];
    for (let i = 0; i < length; i += 1) words.push(word(french));
    words[0] = capitalise(words[0]);
    if (rng.chance(0.15)) words.push(`#${HASHTAGS[rng.zipf(HASHTAGS.length, 1)]}`);
    if (rng.chance(0.06)) words.splice(1 + rng.int(words.length - 1), 0, `@${handles[rng.zipf(handles.length, 1.05)]}`);
    const end = rng.next();
    return `${words.join(' ')}${end < 0.75 ? '.' : end < 0.9 ? ' ?' : ' !'}`.replace(' ?', '?').replace(' !', '!');
  };
  const paragraph = (french, sentences, min, max) => Array.from({ length: sentences }, () => sentence(french, min, max)).join(' ');

  const checked = { post: 0, comment: 0 };
  let useRealRenderer = false;
  const render = (body, kind) => {
    if (useRealRenderer) return renderMarkdown(body);
    const html = fastRender(body);
    if (checked[kind] < 1_000) {
      checked[kind] += 1;
      const real = renderMarkdown(body);
      if (real !== html) {
        console.warn(`dataset: fast HTML differs from renderMarkdown (${JSON.stringify(real)}); using the real renderer`);
        useRealRenderer = true;
        return real;
      }
    }
    return html;
  };

  return {
    /** 1–3 paragraphs of 1–3 sentences. */
    post: (french) => {
      const paragraphs = 1 + rng.zipf(3, 1.2);
      const body = Array.from({ length: paragraphs }, () => paragraph(french, 1 + rng.int(3), 5, 16)).join('\n\n');
      return { body, html: render(body, 'post') };
    },
    /** One paragraph of 1–2 short sentences. */
    comment: (french) => {
      const body = paragraph(french, 1 + rng.zipf(2, 1.5), 3, 12);
      return { body, html: render(body, 'comment') };
    },
    get renderer() {
      return useRealRenderer ? 'renderMarkdown' : `direct (checked against renderMarkdown on ${checked.post + checked.comment} bodies)`;
    },
  };
};
