import { mapCloudEvent, mapCloudEventBatch } from './cloudevents.js';

const RECEIVED_AT = '2026-01-01T00:00:00.000Z';
const ce = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  specversion: '1.0',
  id: 'evt-1',
  source: 'https://crm.example.com',
  type: 'chantier.project.updated',
  subject: 'crm:OPP-1042',
  time: '2026-02-03T10:00:00+01:00',
  ...overrides,
});
const map = (payload: unknown) => mapCloudEvent({ payload, receivedAt: RECEIVED_AT });

describe('mapCloudEvent', () => {
  it('maps chantier.project.updated to a PROJECT_UPDATE keyed by its subject', () => {
    const data = {
      status: 'won',
      outcomeValue: 125000.5,
      currency: 'eur',
      startDate: '2026-01-05',
      endDate: '2026-06-30',
      body: 'Signed *today*',
    };
    expect(map(ce({ data }))).toEqual({
      kind: 'event',
      event: {
        source: 'cloudevents',
        externalId: 'evt-1',
        objectKey: 'crm:OPP-1042',
        routingKey: 'crm:OPP-1042',
        action: 'PROJECT_UPDATE',
        title: 'Project crm:OPP-1042 updated',
        body: '> Signed *today*',
        actor: null,
        url: null,
        occurredAt: '2026-02-03T09:00:00.000Z',
        status: 'WON',
        project: { status: 'WON', outcomeValue: 125000.5, currency: 'EUR', startDate: '2026-01-05', endDate: '2026-06-30' },
      },
    });
  });

  it('leaves unsent project fields null and falls back to receivedAt without time', () => {
    const result = map(ce({ time: undefined, data: { outcomeValue: 0 } }));
    expect(result).toMatchObject({
      kind: 'event',
      event: {
        occurredAt: RECEIVED_AT,
        status: null,
        project: { status: null, outcomeValue: 0, currency: null, startDate: null, endDate: null },
      },
    });
  });

  it.each([
    ['chantier.thread.opened', 'OPEN'],
    ['chantier.thread.commented', 'COMMENT'],
    ['chantier.thread.status_changed', 'STATUS_CHANGE'],
    ['chantier.thread.closed', 'CLOSE'],
  ])('maps %s to %s on data.objectKey, routed by subject', (type, action) => {
    const data = {
      objectKey: 'crm:TICKET-7',
      title: 'Renewal',
      body: 'line 1\n# not a heading',
      status: 'open',
      url: 'https://crm.example.com/t/7',
      actor: { name: 'Ana', email: 'ana@example.com' },
    };
    expect(map(ce({ type, data }))).toEqual({
      kind: 'event',
      event: {
        source: 'cloudevents',
        externalId: 'evt-1',
        objectKey: 'crm:TICKET-7',
        routingKey: 'crm:OPP-1042',
        action,
        title: 'Renewal',
        body: '> line 1\n> # not a heading',
        actor: { name: 'Ana', login: null, email: 'ana@example.com' },
        url: 'https://crm.example.com/t/7',
        occurredAt: '2026-02-03T09:00:00.000Z',
        status: 'open',
        project: null,
      },
    });
  });

  it('routes by source when there is no subject', () => {
    const result = map(ce({ type: 'chantier.thread.commented', subject: undefined, data: { objectKey: 'crm:T-1', body: 'hi' } }));
    expect(result).toMatchObject({ kind: 'event', event: { routingKey: 'https://crm.example.com', title: 'crm:T-1' } });
  });

  it('ignores unknown types with the reason', () => {
    expect(map(ce({ type: 'com.example.other' }))).toEqual({
      kind: 'ignored',
      reason: 'CloudEvents type "com.example.other" is not mapped',
    });
  });

  it.each<[string, unknown, string]>([
    ['a string', 'hello', 'event is not a JSON object'],
    ['null', null, 'event is not a JSON object'],
    ['an array', [], 'event is not a JSON object'],
    ['another specversion', ce({ specversion: '0.3' }), 'specversion must be "1.0"'],
    ['no id', ce({ id: undefined }), 'id, source and type are required'],
    ['an empty source', ce({ source: ' ' }), 'id, source and type are required'],
    ['no type', ce({ type: 42 }), 'id, source and type are required'],
    ['a bad time', ce({ time: 'yesterday' }), 'time is not an RFC 3339 timestamp'],
    ['non-object data', ce({ data: 'x' }), 'data must be a JSON object'],
    [
      'a project update without subject',
      ce({ subject: undefined, data: { status: 'WON' } }),
      'chantier.project.updated needs the project external key as subject',
    ],
    [
      'an unknown project status',
      ce({ data: { status: 'DONE' } }),
      'status must be one of PLANNED, ACTIVE, WON, LOST, DELIVERED, CANCELLED',
    ],
    ['a negative outcome', ce({ data: { outcomeValue: -1 } }), 'outcomeValue must be a positive number'],
    ['a string outcome', ce({ data: { outcomeValue: '12' } }), 'outcomeValue must be a positive number'],
    ['a bad currency', ce({ data: { currency: 'EURO' } }), 'currency must be a 3-letter ISO code'],
    ['an impossible date', ce({ data: { startDate: '2026-02-30' } }), 'startDate must be a date as YYYY-MM-DD'],
    ['end before start', ce({ data: { startDate: '2026-03-01', endDate: '2026-02-01' } }), 'endDate cannot be before startDate'],
    ['no project field', ce({ data: { body: 'x' } }), 'chantier.project.updated carries no project field'],
    [
      'a thread event without object',
      ce({ type: 'chantier.thread.closed', subject: undefined, data: {} }),
      'data.objectKey or subject is required',
    ],
    ['an open without title', ce({ type: 'chantier.thread.opened', data: {} }), 'data.title is required to open a thread'],
  ])('answers invalid for %s', (_label, payload, reason) => {
    expect(map(payload)).toEqual({ kind: 'invalid', reason });
  });
});

describe('mapCloudEventBatch', () => {
  it('maps each entry of a batch independently', () => {
    const result = mapCloudEventBatch({
      payload: [ce({ data: { status: 'ACTIVE' } }), ce({ type: 'x.y' }), 'junk'],
      receivedAt: RECEIVED_AT,
    });
    expect(result.kind === 'batch' && result.results.map((r) => r.kind)).toEqual(['event', 'ignored', 'invalid']);
  });

  it('accepts an empty batch', () => {
    expect(mapCloudEventBatch({ payload: [], receivedAt: RECEIVED_AT })).toEqual({ kind: 'batch', results: [] });
  });

  it.each([{}, 'x', null, 3])('answers invalid when the batch is %p', (payload) => {
    expect(mapCloudEventBatch({ payload, receivedAt: RECEIVED_AT })).toEqual({ kind: 'invalid', reason: 'batch is not a JSON array' });
  });
});
