import { fixtureFiles, readFixture, RECEIVED_AT } from './fixtures.spec-helper.js';
import { mapFrontEvent } from './front.js';
import type { ConnectorMappingResult } from './types.js';

// The exact normalised result for every front fixture in fixtures/front.
const EXPECTED: Record<string, ConnectorMappingResult> = {
  'comment.json': {
    kind: 'event',
    event: {
      source: 'front',
      externalId: 'evt_28duvr6',
      objectKey: 'front:conversation/cnv_keocka',
      routingKey: 'front:momsbot.com',
      title: 'Re: Being a robot is great, but...',
      url: 'https://app.frontapp.com/open/cnv_keocka',
      occurredAt: '2018-02-11T00:42:29.673Z',
      status: 'assigned',
      project: null,
      action: 'COMMENT',
      body: '> Sure.',
      actor: {
        name: 'Bender Rodriguez',
        login: 'bender',
        email: 'bender@planet-express.com',
      },
    },
  },
  'conversation_archived.json': {
    kind: 'event',
    event: {
      source: 'front',
      externalId: 'evt_28du7y2',
      objectKey: 'front:conversation/cnv_keo696',
      routingKey: 'front:momsbot.com',
      title: 'Your next delivery is on Epsilon 96Z',
      url: 'https://app.frontapp.com/open/cnv_keo696',
      occurredAt: '2018-02-11T00:12:46.678Z',
      status: 'archived',
      project: null,
      action: 'CLOSE',
      body: 'Conversation archived.',
      actor: {
        name: 'Leela Turanga',
        login: 'leela',
        email: 'leela@planet-express.com',
      },
    },
  },
  'conversation_assigned.json': {
    kind: 'event',
    event: {
      source: 'front',
      externalId: 'evt_28duxju',
      objectKey: 'front:conversation/cnv_keocka',
      routingKey: 'front:momsbot.com',
      title: 'Re: Being a robot is great, but...',
      url: 'https://app.frontapp.com/open/cnv_keocka',
      occurredAt: '2018-02-11T00:45:07.474Z',
      status: 'assigned',
      project: null,
      action: 'STATUS_CHANGE',
      body: 'Assigned to bender@planet-express.com.',
      actor: {
        name: 'Leela Turanga',
        login: 'leela',
        email: 'leela@planet-express.com',
      },
    },
  },
  'inbound_message.json': {
    kind: 'event',
    event: {
      source: 'front',
      externalId: 'evt_28duo2q',
      objectKey: 'front:conversation/2x9c5v',
      routingKey: 'front:momsbot.com',
      title: 'Cancellation Request for Subscription #SUB-67890',
      url: 'https://app.frontapp.com/open/2x9c5v',
      occurredAt: '2018-02-11T00:33:20.000Z',
      status: 'unassigned',
      project: null,
      action: 'OPEN',
      body: "> We don't have emotions, and sometimes that makes me very sad.",
      actor: {
        name: null,
        login: null,
        email: 'calculon@momsbot.com',
      },
    },
  },
  'outbound_reply.json': {
    kind: 'event',
    event: {
      source: 'front',
      externalId: 'evt_28duq42',
      objectKey: 'front:conversation/cnv_keocka',
      routingKey: 'front:momsbot.com',
      title: 'Re: Being a robot is great, but...',
      url: 'https://app.frontapp.com/open/cnv_keocka',
      occurredAt: '2018-02-11T00:35:42.896Z',
      status: 'assigned',
      project: null,
      action: 'COMMENT',
      body: '> Emotions are dumb and should be hated.',
      actor: {
        name: 'Leela Turanga',
        login: 'leela',
        email: 'leela@planet-express.com',
      },
    },
  },
};

describe('mapFrontEvent on the shared fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureFiles('front'));
  });

  it.each(fixtureFiles('front'))('%s', (file) => {
    expect(mapFrontEvent({ payload: readFixture('front', file), receivedAt: RECEIVED_AT })).toEqual(EXPECTED[file]);
  });
});
