import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from '@jest/globals';

import { mapStoredDelivery, type WebhookConnectorKind } from './dispatch.js';
import { fixtureFiles, FIXTURES_DIR, RECEIVED_AT } from './fixtures.spec-helper.js';

const body = (source: string, file: string) => readFileSync(join(FIXTURES_DIR, source, file), 'utf8');
const githubEvents = JSON.parse(body('github', 'INDEX.json')) as { file: string; event: string }[];

describe('mapStoredDelivery', () => {
  it.each(githubEvents)('GitHub $file with X-GitHub-Event $event maps as the GitHub mapper says', ({ file, event }) => {
    const result = mapStoredDelivery({
      kind: 'GITHUB',
      body: body('github', file),
      headers: { 'x-github-event': event },
      receivedAt: RECEIVED_AT,
    });
    expect(['event', 'ignored']).toContain(result.kind);
  });

  it.each([
    ['JIRA', 'jira'],
    ['FRESHDESK', 'freshdesk'],
    ['FRONT', 'front'],
    ['INTERCOM', 'intercom'],
  ] as [WebhookConnectorKind, string][])('dispatches every %s fixture to its mapper, never throwing', (kind, folder) => {
    for (const file of fixtureFiles(folder)) {
      const result = mapStoredDelivery({ kind, body: body(folder, file), headers: {}, receivedAt: RECEIVED_AT });
      expect(['event', 'ignored', 'invalid']).toContain(result.kind);
      if (result.kind === 'event') expect(result.event.source).toBe(folder);
    }
  });

  it('answers invalid, not a throw, for a body that is not JSON or a GitHub delivery without its event header', () => {
    expect(mapStoredDelivery({ kind: 'JIRA', body: '{"oops', headers: {}, receivedAt: RECEIVED_AT })).toEqual({
      kind: 'invalid',
      reason: 'body is not JSON',
    });
    expect(mapStoredDelivery({ kind: 'GITHUB', body: body('github', 'issues.opened.json'), headers: {}, receivedAt: RECEIVED_AT })).toEqual(
      {
        kind: 'invalid',
        reason: 'the X-GitHub-Event header is missing',
      },
    );
  });

  it('maps one stored CloudEvent of the generic connector', () => {
    const ce = {
      specversion: '1.0',
      id: '1',
      source: 'crm',
      type: 'chantier.thread.opened',
      subject: 'crm:OPP-1',
      data: { title: 'Deal' },
    };
    const result = mapStoredDelivery({ kind: 'GENERIC', body: JSON.stringify(ce), headers: {}, receivedAt: RECEIVED_AT });
    expect(result).toMatchObject({ kind: 'event', event: { action: 'OPEN', routingKey: 'crm:OPP-1', title: 'Deal' } });
  });
});
