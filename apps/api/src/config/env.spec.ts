import { availableParallelism } from 'node:os';

import { describe, expect, it } from '@jest/globals';

import { EnvError, parseEnv } from './env.schema.js';

describe('parseEnv', () => {
  it('applies the documented defaults to an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      SMTP_PORT: 2525,
      DATABASE_POOL_SIZE: 20,
      SEARCH_CONCURRENCY: Math.max(2, availableParallelism()),
      MAIL_MAX_BYTES: 10 * 1024 * 1024,
      DATA_DIR: '.data',
      LOG_LEVEL: 'info',
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('accepts real values', () => {
    const env = parseEnv({ DATABASE_URL: 'postgres://u:p@db:5432/chantier', REDIS_URL: 'redis://cache:6379', PORT: '8080' });
    expect(env).toMatchObject({ DATABASE_URL: 'postgres://u:p@db:5432/chantier', PORT: 8080 });
  });

  it.each([
    ['PORT', 'eighty', /PORT="eighty" is invalid/],
    ['PORT', '70000', /PORT="70000" is invalid/],
    ['SMTP_PORT', '-1', /SMTP_PORT="-1" is invalid/],
    ['DATABASE_URL', 'mysql://x/y', /DATABASE_URL=.*expected a postgres or postgresql URL/],
    ['REDIS_URL', 'not a url', /REDIS_URL=.*expected a redis or rediss URL/],
    ['JWT_SECRET', 'short', /JWT_SECRET=.*at least 32 characters/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL="loud" is invalid/],
    ['MAIL_DOMAIN', 'not a domain', /MAIL_DOMAIN=.*mail domain/],
    ['SEED_DEMO', 'maybe', /SEED_DEMO=.*true or false/],
    ['MAIL_MAX_BYTES', '12', /MAIL_MAX_BYTES="12" is invalid/],
    ['DATABASE_POOL_SIZE', '1', /DATABASE_POOL_SIZE="1" is invalid/],
    ['DATABASE_POOL_SIZE', 'many', /DATABASE_POOL_SIZE="many" is invalid/],
    ['SEARCH_CONCURRENCY', '0', /SEARCH_CONCURRENCY="0" is invalid/],
    ['SEARCH_CONCURRENCY', '2.5', /SEARCH_CONCURRENCY="2.5" is invalid/],
  ])('rejects %s=%s with a message naming it', (name, value, message) => {
    const parse = () => parseEnv({ [name]: value });
    expect(parse).toThrow(EnvError);
    expect(parse).toThrow(message);
  });

  it('lists every bad variable at once', () => {
    try {
      parseEnv({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected an EnvError');
    } catch (error) {
      expect((error as EnvError).problems).toHaveLength(2);
    }
  });
});
