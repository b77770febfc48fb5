import { describe, expect, it } from '@jest/globals';

import { hookUrlOf } from './hook-url.js';

const ID = '5f0c7a3e-1b2d-4c5e-8f9a-0b1c2d3e4f50';

describe('hookUrlOf', () => {
  it('uses PUBLIC_URL when it is set, whatever the request origin', () => {
    expect(hookUrlOf({ id: ID, kind: 'GITHUB' }, 'https://chantier.example.com', 'http://10.0.0.5:3000')).toBe(
      `https://chantier.example.com/hooks/${ID}`,
    );
  });

  it('drops trailing slashes of PUBLIC_URL', () => {
    expect(hookUrlOf({ id: ID, kind: 'GENERIC' }, 'https://chantier.example.com/app//', 'http://x')).toBe(
      `https://chantier.example.com/app/hooks/${ID}`,
    );
  });

  it('falls back to the request origin', () => {
    expect(hookUrlOf({ id: ID, kind: 'JIRA' }, undefined, 'http://localhost:3000')).toBe(`http://localhost:3000/hooks/${ID}`);
  });

  it('gives an IMAP connector no hook URL', () => {
    expect(hookUrlOf({ id: ID, kind: 'IMAP' }, 'https://chantier.example.com', 'http://x')).toBeNull();
  });
});
