import { readFileSync } from 'node:fs';

import { createTestConnector, waitForInbound } from '../../test/factories/connectors.js';
import { postHook } from '../../test/hook-client.js';
import { cloudEvent, signedHeaders } from '../../test/hook-signing.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const fixture = (path: string) => readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

// What /hooks stores is what the processor maps: headers lower-cased, one CloudEvent per row.
describe('deliveries accepted by /hooks are processed from what was stored', () => {
  it('a routed GitHub issue becomes a post in its space', async () => {
    const space = await app.f.space();
    const github = await createTestConnector(app, {
      kind: 'GITHUB',
      routes: [{ key: 'github:Codertocat/Hello-World', spaceId: space.id }],
    });
    const body = fixture('github/issues.opened.json');
    const answer = await postHook(app, github.id, body, signedHeaders('GITHUB', github.secret, body, { event: 'issues' }));
    expect(await waitForInbound(app, answer.json['id'] as string)).toMatchObject({ status: 'PROCESSED', spaceId: space.id });
  });

  it('a Jira body nobody maps is IGNORED with its reason', async () => {
    const jira = await createTestConnector(app, { kind: 'JIRA' });
    const body = fixture('jira/example_anomalous_payload.json');
    const answer = await postHook(app, jira.id, body, signedHeaders('JIRA', jira.secret, body));
    expect(await waitForInbound(app, answer.json['id'] as string)).toMatchObject({ status: 'IGNORED', reason: expect.any(String) });
  });

  it('each CloudEvent of a batch is processed on its own', async () => {
    const generic = await createTestConnector(app, { kind: 'GENERIC' });
    const body = JSON.stringify([
      cloudEvent({ id: 'p-1', type: 'com.example.unknown' }),
      cloudEvent({ id: 'p-2', subject: 'crm:NOWHERE' }),
    ]);
    const ids = (await postHook(app, generic.id, body, signedHeaders('GENERIC', generic.secret, body))).json['ids'] as string[];
    expect(await waitForInbound(app, ids[0]!)).toMatchObject({ status: 'IGNORED' });
    expect(await waitForInbound(app, ids[1]!)).toMatchObject({ status: 'UNROUTED', routingKey: 'crm:NOWHERE' });
  });
});
