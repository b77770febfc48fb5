import { fixtureFiles, readFixture, RECEIVED_AT } from './fixtures.spec-helper.js';
import { mapJiraEvent } from './jira.js';
import type { ConnectorMappingResult } from './types.js';

// The exact normalised result for every jira fixture in fixtures/jira.
const EXPECTED: Record<string, ConnectorMappingResult> = {
  'comment_created.json': {
    kind: 'event',
    event: {
      source: 'jira',
      externalId: null,
      objectKey: 'jira:ZUL-1',
      routingKey: 'jira:ZUL',
      title: 'A minor issue',
      url: 'https://zulipintegrations.atlassian.net/browse/ZUL-1',
      occurredAt: '2019-01-07T20:25:51.184Z',
      project: null,
      action: 'COMMENT',
      body: '> Leaving a comment here! :)',
      actor: {
        name: 'Eeshan Garg',
        login: 'admin',
        email: null,
      },
      status: null,
    },
  },
  'created_v2.json': {
    kind: 'event',
    event: {
      source: 'jira',
      externalId: null,
      objectKey: 'jira:BUG-15',
      routingKey: 'jira:BUG',
      title: 'New bug with hook',
      url: 'http://lfranchi.com:8080/browse/BUG-15',
      occurredAt: '2013-03-27T16:53:58.369Z',
      project: null,
      action: 'OPEN',
      body: '> Fix me please',
      actor: {
        name: 'Leo Franchi',
        login: 'lfranchi',
        email: 'othello@zulip.com',
      },
      status: 'Open',
    },
  },
  'example_anomalous_payload.json': {
    kind: 'invalid',
    reason: 'webhookEvent is missing',
  },
  'issue_created.json': {
    kind: 'event',
    event: {
      source: 'jira',
      externalId: null,
      objectKey: 'jira:BUG-15',
      routingKey: 'jira:BUG',
      title: 'New bug with hook',
      url: 'http://lfranchi.com:8080/browse/BUG-15',
      occurredAt: '2013-03-27T16:53:58.369Z',
      project: null,
      action: 'OPEN',
      body: '> Fix me please',
      actor: {
        name: 'Leo Franchi',
        login: 'lfranchi',
        email: 'othello@zulip.com',
      },
      status: 'Open',
    },
  },
  'issue_deleted.json': {
    kind: 'event',
    event: {
      source: 'jira',
      externalId: null,
      objectKey: 'jira:BUG-15',
      routingKey: 'jira:BUG',
      title: 'New bug with hook',
      url: 'http://lfranchi.com:8080/browse/BUG-15',
      occurredAt: '2013-03-27T17:06:09.102Z',
      project: null,
      action: 'CLOSE',
      body: 'Issue deleted in Jira.',
      actor: {
        name: 'Leo Franchi',
        login: 'lfranchi',
        email: 'othello@zulip.com',
      },
      status: 'Deleted',
    },
  },
  'issue_updated__status.json': {
    kind: 'event',
    event: {
      source: 'jira',
      externalId: null,
      objectKey: 'jira:TEST-1',
      routingKey: 'jira:ABC',
      title: 'Fix That',
      url: 'https://zulipp.atlassian.net/browse/TEST-1',
      occurredAt: '2017-01-30T17:32:14.721Z',
      project: null,
      action: 'STATUS_CHANGE',
      body: '- **status**: To Do → In Progress',
      actor: {
        name: 'James Williams',
        login: 'admin',
        email: 'othello@zulip.com',
      },
      status: 'In Progress',
    },
  },
  'reassigned_v2.json': {
    kind: 'event',
    event: {
      source: 'jira',
      externalId: null,
      objectKey: 'jira:BUG-15',
      routingKey: 'jira:BUG',
      title: 'New bug with hook',
      url: 'http://lfranchi.com:8080/browse/BUG-15',
      occurredAt: '2013-03-27T16:57:45.325Z',
      project: null,
      action: 'STATUS_CHANGE',
      body: '- **assignee**: (none) → Leo Franchi',
      actor: {
        name: 'Leo Franchi',
        login: 'lfranchi',
        email: 'othello@zulip.com',
      },
      status: 'Open',
    },
  },
  'updated_priority_v2.json': {
    kind: 'event',
    event: {
      source: 'jira',
      externalId: null,
      objectKey: 'jira:TEST-1',
      routingKey: 'jira:TEST',
      title: 'Fix That',
      url: 'https://zulipp.atlassian.net/browse/TEST-1',
      occurredAt: '2014-02-26T19:57:13.145Z',
      project: null,
      action: 'STATUS_CHANGE',
      body: '- **priority**: Critical → Major',
      actor: {
        name: 'Leonardo Franchi [Administrator]',
        login: 'leo',
        email: 'leo@zulip.com',
      },
      status: 'To Do',
    },
  },
};

describe('mapJiraEvent on the shared fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureFiles('jira'));
  });

  it.each(fixtureFiles('jira'))('%s', (file) => {
    expect(mapJiraEvent({ payload: readFixture('jira', file), receivedAt: RECEIVED_AT })).toEqual(EXPECTED[file]);
  });
});
