import { fixtureFiles, readFixture, RECEIVED_AT } from './fixtures.spec-helper.js';
import { mapFreshdeskEvent } from './freshdesk.js';
import type { ConnectorMappingResult } from './types.js';

// The exact normalised result for every freshdesk fixture in fixtures/freshdesk.
const EXPECTED: Record<string, ConnectorMappingResult> = {
  'inline_images.json': {
    kind: 'event',
    event: {
      source: 'freshdesk',
      externalId: null,
      objectKey: 'freshdesk:test1234zzz.freshdesk.com#ticket/12',
      routingKey: 'freshdesk:example.com',
      title: 'Not enough ☃ guinea pigs',
      actor: {
        name: 'Requester ☃ Bob',
        login: null,
        email: 'requester-bob@example.com',
      },
      url: 'http://test1234zzz.freshdesk.com/helpdesk/tickets/12',
      occurredAt: '2026-01-01T00:00:00.000Z',
      status: 'Open',
      project: null,
      action: 'OPEN',
      body: '> <div>There are too many cat pictures on the internet ☃. We need more guinea pigs. Exhibit 1:</div>\n> <div><br></div>\n> <div></div>\n> <div><img src="http://cdn.freshdesk.com/data/helpdesk/attachments/production/12744808/original/guinea_pig.png?1383958880" class="inline-image" data-id="12744808" style=""></div>\n> <br>',
    },
  },
  'priority_changed.json': {
    kind: 'event',
    event: {
      source: 'freshdesk',
      externalId: null,
      objectKey: 'freshdesk:test1234zzz.freshdesk.com#ticket/11',
      routingKey: 'freshdesk:example.com',
      title: 'Test ticket subject',
      actor: null,
      url: 'http://test1234zzz.freshdesk.com/helpdesk/tickets/11',
      occurredAt: '2026-01-01T00:00:00.000Z',
      status: 'Resolved',
      project: null,
      action: 'STATUS_CHANGE',
      body: '- **priority**: High → Low',
    },
  },
  'public_note.json': {
    kind: 'event',
    event: {
      source: 'freshdesk',
      externalId: null,
      objectKey: 'freshdesk:test1234zzz.freshdesk.com#ticket/11',
      routingKey: 'freshdesk:example.com',
      title: 'Test ticket subject',
      actor: null,
      url: 'http://test1234zzz.freshdesk.com/helpdesk/tickets/11',
      occurredAt: '2026-01-01T00:00:00.000Z',
      status: 'Open',
      project: null,
      action: 'COMMENT',
      body: 'A public note was added to the ticket.',
    },
  },
  'status_changed.json': {
    kind: 'event',
    event: {
      source: 'freshdesk',
      externalId: null,
      objectKey: 'freshdesk:test1234zzz.freshdesk.com#ticket/11',
      routingKey: 'freshdesk:example.com',
      title: 'Test ticket subject ☃',
      actor: null,
      url: 'http://test1234zzz.freshdesk.com/helpdesk/tickets/11',
      occurredAt: '2026-01-01T00:00:00.000Z',
      status: 'Waiting on Customer',
      project: null,
      action: 'STATUS_CHANGE',
      body: '- **status**: Resolved → Waiting on Customer',
    },
  },
  'ticket_created.json': {
    kind: 'event',
    event: {
      source: 'freshdesk',
      externalId: null,
      objectKey: 'freshdesk:test1234zzz.freshdesk.com#ticket/11',
      routingKey: 'freshdesk:example.com',
      title: 'Test ticket subject ☃',
      actor: {
        name: 'Requester ☃ Bob',
        login: null,
        email: 'requester-bob@example.com',
      },
      url: 'http://test1234zzz.freshdesk.com/helpdesk/tickets/11',
      occurredAt: '2026-01-01T00:00:00.000Z',
      status: 'Pending',
      project: null,
      action: 'OPEN',
      body: '> <div>Test ticket description ☃.</div>',
    },
  },
};

describe('mapFreshdeskEvent on the shared fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureFiles('freshdesk'));
  });

  it.each(fixtureFiles('freshdesk'))('%s', (file) => {
    expect(mapFreshdeskEvent({ payload: readFixture('freshdesk', file), receivedAt: RECEIVED_AT })).toEqual(EXPECTED[file]);
  });
});
