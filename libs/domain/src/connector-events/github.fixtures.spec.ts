import { fixtureFiles, readFixture, RECEIVED_AT } from './fixtures.spec-helper.js';
import { mapGithubEvent } from './github.js';
import type { ConnectorMappingResult } from './types.js';

// The exact normalised result for every github fixture in fixtures/github.
const EXPECTED: Record<string, ConnectorMappingResult> = {
  'push.json': {
    kind: 'ignored',
    reason: 'GitHub event "push" is not mapped',
  },
  'pull_request.opened.json': {
    kind: 'event',
    event: {
      source: 'github',
      externalId: null,
      objectKey: 'github:Codertocat/Hello-World#pull/2',
      routingKey: 'github:Codertocat/Hello-World',
      title: 'Update the README with new information.',
      actor: {
        name: null,
        login: 'Codertocat',
        email: null,
      },
      project: null,
      url: 'https://github.com/Codertocat/Hello-World/pull/2',
      action: 'OPEN',
      body: '> This is a pretty simple change that we need to pull into master.',
      occurredAt: '2019-05-15T15:20:33.000Z',
      status: 'open',
    },
  },
  'pull_request.closed.json': {
    kind: 'event',
    event: {
      source: 'github',
      externalId: null,
      objectKey: 'github:robvanderleek/create-issue-branch#pull/117',
      routingKey: 'github:robvanderleek/create-issue-branch',
      title: 'Revert "Update README.md"',
      actor: {
        name: null,
        login: 'robvanderleek',
        email: null,
      },
      project: null,
      url: 'https://github.com/robvanderleek/create-issue-branch/pull/117',
      action: 'CLOSE',
      body: 'Merged by @robvanderleek.',
      occurredAt: '2020-03-23T06:46:56.000Z',
      status: 'merged',
    },
  },
  'issues.opened.json': {
    kind: 'event',
    event: {
      source: 'github',
      externalId: null,
      objectKey: 'github:Codertocat/Hello-World#issue/1',
      routingKey: 'github:Codertocat/Hello-World',
      title: 'Spelling error in the README file',
      actor: {
        name: null,
        login: 'Codertocat',
        email: null,
      },
      project: null,
      url: 'https://github.com/Codertocat/Hello-World/issues/1',
      action: 'OPEN',
      body: "> It looks like you accidently spelled 'commit' with two 't's.",
      occurredAt: '2019-05-15T15:20:18.000Z',
      status: 'open',
    },
  },
  'issues.closed.json': {
    kind: 'event',
    event: {
      source: 'github',
      externalId: null,
      objectKey: 'github:Pritesh-30/test-repo#issue/8',
      routingKey: 'github:Pritesh-30/test-repo',
      title: 'Bug related to the bot',
      actor: {
        name: null,
        login: 'Pritesh-30',
        email: null,
      },
      project: null,
      url: 'https://github.com/Pritesh-30/test-repo/issues/8',
      action: 'CLOSE',
      body: 'Closed (completed).',
      occurredAt: '2026-01-31T08:11:37.000Z',
      status: 'closed',
    },
  },
  'issue_comment.created.json': {
    kind: 'event',
    event: {
      source: 'github',
      externalId: null,
      objectKey: 'github:Codertocat/Hello-World#issue/1',
      routingKey: 'github:Codertocat/Hello-World',
      title: 'Spelling error in the README file',
      actor: {
        name: null,
        login: 'Codertocat',
        email: null,
      },
      project: null,
      action: 'COMMENT',
      body: "> You are totally right! I'll get this fixed right away.",
      url: 'https://github.com/Codertocat/Hello-World/issues/1#issuecomment-492700400',
      occurredAt: '2019-05-15T15:20:21.000Z',
      status: null,
    },
  },
  'release.published.json': {
    kind: 'ignored',
    reason: 'GitHub event "release" is not mapped',
  },
};

interface IndexEntry {
  file: string;
  event: string;
  action: string | null;
}
const INDEX = readFixture('github', 'INDEX.json') as IndexEntry[];

describe('mapGithubEvent on the shared fixtures', () => {
  it('has an expectation for every fixture file and every INDEX entry', () => {
    expect(INDEX.map((e) => e.file).sort()).toEqual(fixtureFiles('github'));
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureFiles('github'));
  });

  it.each(INDEX)('$file sent as X-GitHub-Event: $event', ({ file, event }) => {
    expect(mapGithubEvent({ event, payload: readFixture('github', file), receivedAt: RECEIVED_AT })).toEqual(EXPECTED[file]);
  });

  it('carries the X-GitHub-Delivery id as externalId', () => {
    const result = mapGithubEvent({
      event: 'issues',
      payload: readFixture('github', 'issues.opened.json'),
      deliveryId: 'd-1',
      receivedAt: RECEIVED_AT,
    });
    expect(result.kind === 'event' && result.event.externalId).toBe('d-1');
  });
});
