import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../errors/index.js';
import { deriveHandle, normaliseEmail, slugify, validateLocale, validatePassword } from './people.js';

/** The DomainError `run` throws; fails the test if it throws nothing or something else. */
const domainErrorFrom = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
};

describe('normaliseEmail', () => {
  it.each([
    ['jean.dupont@acme.fr', 'jean.dupont@acme.fr'],
    ['  Jean.Dupont@ACME.fr \n', 'jean.dupont@acme.fr'],
    ['MARIE+news@Sub.Acme.CO.UK', 'marie+news@sub.acme.co.uk'],
  ])('normalises %p to %p', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'jean',
    'jean@acme',
    'jean@@acme.fr',
    '@acme.fr',
    'jean@.fr',
    'jean@acme.',
    'jean dupont@acme.fr',
    'jean@acme.fr, marie@acme.fr',
    `${'a'.repeat(250)}@acme.fr`,
  ])('rejects %p with INVALID_EMAIL', (input) => {
    expect(domainErrorFrom(() => normaliseEmail(input))).toMatchObject({
      reason: 'INVALID_EMAIL',
      category: 'BAD_USER_INPUT',
      details: { field: 'email' },
    });
  });
});

describe('validatePassword', () => {
  it('accepts 10 characters', () => {
    expect(() => validatePassword('0123456789')).not.toThrow();
  });

  it('rejects 9 characters with PASSWORD_TOO_SHORT and the limit', () => {
    expect(domainErrorFrom(() => validatePassword('012345678'))).toMatchObject({
      reason: 'PASSWORD_TOO_SHORT',
      details: { field: 'password', limit: 10 },
    });
  });
});

describe('validateLocale', () => {
  it.each(['en', 'fr'])('accepts %p', (locale) => {
    expect(validateLocale(locale)).toBe(locale);
  });

  it.each(['', 'de', 'EN', 'fr-FR', ' fr'])('rejects %p with INVALID_LOCALE', (locale) => {
    expect(domainErrorFrom(() => validateLocale(locale))).toMatchObject({ reason: 'INVALID_LOCALE', details: { field: 'locale' } });
  });
});

describe('deriveHandle', () => {
  it.each([
    { name: 'lower-cases', email: 'Jean.Dupont@acme.fr', handle: 'jean.dupont' },
    { name: 'strips accents', email: 'élodie.dupré@x', handle: 'elodie.dupre' },
    { name: 'strips accents from capitals', email: 'ÉLODIE.DUPRÉ@x', handle: 'elodie.dupre' },
    { name: 'spells out French ligatures', email: 'Zoë.Lœuvre@x', handle: 'zoe.loeuvre' },
    { name: 'drops a +tag', email: 'marc+newsletter@acme.fr', handle: 'marc' },
    { name: 'keeps dashes and underscores', email: 'françois-xavier_m@acme.fr', handle: 'francois-xavier_m' },
    { name: 'drops apostrophes', email: "o'brien@acme.com", handle: 'obrien' },
    { name: 'drops other symbols', email: 'a!b#c$d%e&f*g=h?i^j{k}l~m@x', handle: 'abcdefghijklm' },
    { name: 'drops leading and trailing separators', email: '._jean.-@x', handle: 'jean' },
    { name: 'falls back to user for a +tag-only local part', email: '+tag@x', handle: 'user' },
    { name: 'falls back to user for a non-Latin local part', email: '李华@acme.cn', handle: 'user' },
    { name: 'falls back to user without a local part', email: '@acme.fr', handle: 'user' },
  ])('$name: $email → $handle', ({ email, handle }) => {
    expect(deriveHandle(email)).toBe(handle);
  });

  it('caps the handle at 30 characters', () => {
    expect(deriveHandle(`${'a'.repeat(40)}@x`)).toBe('a'.repeat(30));
  });

  it('never ends with a separator after being capped', () => {
    expect(deriveHandle(`${'a'.repeat(29)}.dupont@x`)).toBe('a'.repeat(29));
  });

  it('keeps the base handle when it is free', () => {
    expect(deriveHandle('marie@acme.fr', (candidate) => candidate === 'marie2')).toBe('marie');
  });

  it.each([
    { taken: ['marie'], handle: 'marie2' },
    { taken: ['marie', 'marie2'], handle: 'marie3' },
    { taken: ['marie', 'marie2', 'marie3', 'marie4'], handle: 'marie5' },
  ])('adds the first free numeric suffix when $taken are taken', ({ taken, handle }) => {
    expect(deriveHandle('Marie@acme.fr', (candidate) => taken.includes(candidate))).toBe(handle);
  });
});

describe('slugify', () => {
  it.each([
    ['Marketing', 'marketing'],
    ['Équipe Commerciale Île-de-France', 'equipe-commerciale-ile-de-france'],
    ['Ça va, à l’été ?', 'ca-va-a-l-ete'],
    ['R&D — Lyon / Grenoble', 'r-d-lyon-grenoble'],
    ['  Projet   2025 !!! ', 'projet-2025'],
    ['Cœur de métier', 'coeur-de-metier'],
    ['Ex Æquo', 'ex-aequo'],
    ['Noël 🎄 party', 'noel-party'],
  ])('turns %p into %p', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it.each(['', '   ', '---', '!!!', '🚀🚀', '東京'])('falls back to "space" for %p', (name) => {
    expect(slugify(name)).toBe('space');
  });

  it('caps the slug at 60 characters', () => {
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });

  it('never ends with a dash after being capped', () => {
    expect(slugify(`${'a'.repeat(59)} suite`)).toBe('a'.repeat(59));
  });
});
