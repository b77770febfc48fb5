import { cloudEvent } from '../../../test/hook-signing.js';
import { cloudEventKey, genericVerifier } from './generic.js';
import { jsonArraySlices } from './json-array-slices.js';
import type { HookRequest } from './verifier.js';

const req = (raw: string, contentType = 'application/cloudevents+json'): HookRequest => ({
  headers: { 'content-type': contentType },
  raw: Buffer.from(raw),
});
const items = (raw: string, contentType?: string) => genericVerifier.items(req(raw, contentType), JSON.parse(raw));

describe('CloudEvents in the generic connector', () => {
  it('stores a single event whole, keyed ce:<source>:<id>, as application/cloudevents+json', () => {
    const raw = JSON.stringify(cloudEvent({ id: 'e-1', source: 'https://crm.example.com' }));
    expect(items(raw, 'application/json')).toEqual({
      batch: false,
      items: [{ externalId: 'ce:https://crm.example.com:e-1', raw: Buffer.from(raw), contentType: 'application/cloudevents+json' }],
    });
  });

  it('splits a batch into one item per event, each with its exact bytes', () => {
    const raw = `[ ${JSON.stringify(cloudEvent({ id: 'a' }))},\n  {"specversion":"1.0","id":"b","source":"s","type":"t","data":{"n":12345678901234567890}} ]`;
    const result = items(raw, 'application/cloudevents-batch+json');
    expect(result).toMatchObject({ batch: true, items: [{ externalId: 'ce:https://crm.example.com:a' }, { externalId: 'ce:s:b' }] });
    const second = 'items' in result ? result.items[1]!.raw.toString() : '';
    // Re-serialising would have rounded the number; the slice keeps what was sent.
    expect(second).toBe('{"specversion":"1.0","id":"b","source":"s","type":"t","data":{"n":12345678901234567890}}');
  });

  it('takes a JSON array as a batch whatever the content type says', () => {
    expect(items(JSON.stringify([cloudEvent()]), 'application/json')).toMatchObject({ batch: true });
  });

  it('accepts an empty batch (nothing to store)', () => {
    expect(items('[]', 'application/cloudevents-batch+json')).toEqual({ batch: true, items: [] });
  });

  it('refuses a batch content type on a single object', () => {
    expect(items(JSON.stringify(cloudEvent()), 'application/cloudevents-batch+json')).toMatchObject({
      status: 400,
      code: 'CLOUDEVENT_INVALID',
    });
  });

  it.each([
    ['specversion', { specversion: undefined }],
    ['specversion', { specversion: '0.3' }],
    ['id', { id: undefined }],
    ['id', { id: '' }],
    ['source', { source: 42 }],
    ['type', { type: null }],
  ])('refuses an event whose %s is missing or wrong, naming the field', (field, overrides) => {
    const event = JSON.parse(JSON.stringify(cloudEvent(overrides)));
    expect(items(JSON.stringify(event))).toMatchObject({ status: 400, code: 'CLOUDEVENT_INVALID', field });
  });

  it('refuses the whole batch when one event is invalid, saying which', () => {
    const raw = JSON.stringify([cloudEvent(), cloudEvent({ type: undefined })]);
    const result = items(raw);
    expect(result).toMatchObject({ status: 400, code: 'CLOUDEVENT_INVALID', field: 'type' });
    expect('message' in result && result.message).toContain('#2');
  });

  it.each([['"just a string"'], ['42'], ['[1]']])('refuses %s as not a CloudEvent', (raw) => {
    expect(items(raw)).toMatchObject({ status: 400, code: 'CLOUDEVENT_INVALID' });
  });

  it('keys an event whose source and id would overflow the inbox key by their digest', () => {
    const key = cloudEventKey('s'.repeat(600), 'x');
    expect(key).toMatch(/^ce-sha256:[0-9a-f]{64}$/);
    expect(cloudEventKey('s'.repeat(600), 'y')).not.toBe(key);
  });
});

describe('jsonArraySlices', () => {
  it.each([
    ['[]'],
    ['[1, -2.5e3, true, false, null]'],
    ['  [ "a,b]", "q\\"}", "\\\\", {"x":[1,{"y":"]"}]} , [[]] ]  '],
    ['["héllo ☃", {"é":"✓"}]'],
  ])('gives each element of %s as its exact bytes', (raw) => {
    const slices = jsonArraySlices(Buffer.from(raw));
    const parsed = JSON.parse(raw) as unknown[];
    expect(slices.map((slice) => JSON.parse(slice.toString()) as unknown)).toEqual(parsed);
    for (const slice of slices) expect(raw).toContain(slice.toString());
  });
});
