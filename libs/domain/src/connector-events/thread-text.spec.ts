import { describe, expect, it } from '@jest/globals';

import { composeThreadComment, composeThreadPost, describeProjectChanges } from './thread-text.js';
import type { NormalisedConnectorEvent } from './types.js';

const event = (overrides: Partial<NormalisedConnectorEvent> = {}): NormalisedConnectorEvent => ({
  source: 'github',
  externalId: null,
  objectKey: 'github:acme/app#issue/1',
  routingKey: 'github:acme/app',
  action: 'COMMENT',
  title: 'Crash on save',
  body: '> It crashes',
  actor: { name: null, login: 'octocat', email: null },
  url: 'https://github.com/acme/app/issues/1#issuecomment-1',
  occurredAt: '2026-01-01T00:00:00.000Z',
  status: null,
  project: null,
  ...overrides,
});

describe('composeThreadPost', () => {
  it('puts the title, a status line linking back to the source, then the description', () => {
    expect(
      composeThreadPost('github', {
        title: 'Crash on save',
        status: 'open',
        url: 'https://github.com/acme/app/issues/1',
        description: '> It crashes',
      }),
    ).toBe('**Crash on save**\n\nGitHub · status: **open** · [open in GitHub](https://github.com/acme/app/issues/1)\n\n> It crashes');
  });

  it('escapes markdown in third-party titles and statuses and refuses links that are not http(s)', () => {
    const text = composeThreadPost('jira', {
      title: '*[x](javascript:alert(1))*',
      status: 'In <b>Progress</b>',
      url: 'javascript:alert(1)',
      description: null,
    });
    expect(text).toBe('**\\*\\[x\\](javascript:alert(1))\\***\n\nJira · status: **In \\<b\\>Progress\\</b\\>**');
  });

  it('keeps a head post within the 20 000-character post limit', () => {
    const text = composeThreadPost('front', { title: 'Long', status: null, url: null, description: 'x'.repeat(30_000) });
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(text.endsWith('*(truncated)*')).toBe(true);
  });
});

describe('composeThreadComment', () => {
  it('says who did what, links to the event, then quotes what they wrote', () => {
    expect(composeThreadComment(event())).toBe(
      '**octocat** commented · [GitHub](https://github.com/acme/app/issues/1#issuecomment-1)\n\n> It crashes',
    );
  });

  it('tells a status change and a close with the new status', () => {
    expect(composeThreadComment(event({ action: 'STATUS_CHANGE', status: 'In Progress', body: '', url: null }))).toBe(
      '**octocat** changed the status to **In Progress**',
    );
    expect(composeThreadComment(event({ action: 'CLOSE', status: 'closed', body: '', url: null, actor: null }))).toBe(
      'closed (**closed**)',
    );
  });

  it('lists the fields of a project update before any note', () => {
    const project = { status: 'WON', outcomeValue: 120000, currency: 'EUR', startDate: null, endDate: '2026-11-30' };
    expect(composeThreadComment(event({ action: 'PROJECT_UPDATE', project, body: '> Signed', url: null, actor: null }))).toBe(
      'updated the project\n\n- status: **WON**\n- outcome value: **120000 EUR**\n- end date: 2026-11-30\n\n> Signed',
    );
  });
});

describe('describeProjectChanges', () => {
  it('names a currency alone when no value is sent', () => {
    expect(describeProjectChanges({ status: null, outcomeValue: null, currency: 'USD', startDate: '2026-01-01', endDate: null })).toBe(
      '- currency: **USD**\n- start date: 2026-01-01',
    );
  });
});
