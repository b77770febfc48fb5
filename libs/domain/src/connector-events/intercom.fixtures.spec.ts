import { fixtureFiles, readFixture, RECEIVED_AT } from './fixtures.spec-helper.js';
import { mapIntercomEvent } from './intercom.js';
import type { ConnectorMappingResult } from './types.js';

// The exact normalised result for every intercom fixture in fixtures/intercom.
const EXPECTED: Record<string, ConnectorMappingResult> = {
  'company_created.json': {
    kind: 'ignored',
    reason: 'Intercom topic "company.created" is not mapped',
  },
  'contact_created.json': {
    kind: 'ignored',
    reason: 'Intercom topic "contact.created" is not mapped',
  },
  'conversation_admin_replied.json': {
    kind: 'event',
    event: {
      source: 'intercom',
      externalId: 'notif_44d1f763-d3ad-4927-8e5c-da6cd6ca78d2',
      project: null,
      objectKey: 'intercom:conversation/21322009097',
      routingKey: 'intercom:gmail.com',
      title: 'Intercom conversation 21322009097',
      url: 'https://app.intercom.io/a/apps/i6wc9ipe/conversations/21322009097',
      status: 'open',
      action: 'COMMENT',
      body: '> <p>Hey Eeshan! How can I help?</p>',
      actor: {
        name: 'Eeshan Garg',
        login: null,
        email: null,
      },
      occurredAt: '2019-03-22T21:45:11.000Z',
    },
  },
  'conversation_user_created.json': {
    kind: 'event',
    event: {
      source: 'intercom',
      externalId: 'notif_3ac27816-d27c-45fd-a65a-bbaf021cf780',
      project: null,
      objectKey: 'intercom:conversation/21321941764',
      routingKey: null,
      title: 'Intercom conversation 21321941764',
      url: 'https://app.intercom.io/a/apps/i6wc9ipe/conversations/21321941764',
      status: 'open',
      action: 'OPEN',
      body: '> <p>Hello everyone!</p>',
      actor: {
        name: "Rose Poodle from St. John's",
        login: null,
        email: null,
      },
      occurredAt: '2019-03-22T21:29:58.000Z',
    },
  },
  'ticket_created.json': {
    kind: 'event',
    event: {
      source: 'intercom',
      externalId: 'notif_381b4609-2b35-4720-8389-605f220e402a',
      project: null,
      objectKey: 'intercom:ticket/215472629311235',
      routingKey: null,
      action: 'OPEN',
      title: "Unclear user message 'erf' with pending email response",
      body: "> User sent an unclear message 'erf' and was informed that replies will be sent here and to admin@example.com; awaiting further clarification or response.",
      actor: null,
      url: null,
      occurredAt: '2026-01-11T06:44:28.000Z',
      status: 'Submitted',
    },
  },
};

describe('mapIntercomEvent on the shared fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureFiles('intercom'));
  });

  it.each(fixtureFiles('intercom'))('%s', (file) => {
    expect(mapIntercomEvent({ payload: readFixture('intercom', file), receivedAt: RECEIVED_AT })).toEqual(EXPECTED[file]);
  });
});
