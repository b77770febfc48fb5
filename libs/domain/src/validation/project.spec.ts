import { describe, expect, it } from '@jest/globals';

import { DomainError } from '../errors/index.js';
import { type ProjectFields, validateProject } from './project.js';

/** The DomainError `run` throws; fails the test if it throws nothing or something else. */
const domainErrorFrom = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
};

const rejection = (input: ProjectFields) => domainErrorFrom(() => validateProject(input));

describe('validateProject', () => {
  it('normalises an empty project to nulls with status PLANNED', () => {
    expect(validateProject({})).toEqual({
      externalKey: null,
      customer: null,
      status: 'PLANNED',
      goal: null,
      targetValue: null,
      currency: null,
      outcomeValue: null,
      startDate: null,
      endDate: null,
    });
  });

  it('keeps a complete, valid project', () => {
    const project = {
      externalKey: 'crm:OPP-1042',
      customer: 'Transports Mériaux',
      status: 'ACTIVE',
      goal: 'Replace the fleet tracking system',
      targetValue: 250_000,
      currency: 'EUR',
      outcomeValue: 0,
      startDate: '2025-01-06',
      endDate: '2025-06-30',
    } as const;
    expect(validateProject(project)).toEqual(project);
  });

  it.each([undefined, null])('defaults a %p status to PLANNED', (status) => {
    expect(validateProject({ status }).status).toBe('PLANNED');
  });

  it('keeps a given status', () => {
    expect(validateProject({ status: 'WON' }).status).toBe('WON');
  });

  it.each([
    { field: 'externalKey', value: '   ' },
    { field: 'customer', value: '' },
    { field: 'goal', value: '  \n ' },
    { field: 'currency', value: ' ' },
    { field: 'startDate', value: '' },
  ] as const)('turns a blank $field into null', ({ field, value }) => {
    expect(validateProject({ [field]: value })[field]).toBeNull();
  });

  it.each([
    { field: 'customer', value: '  Mériaux  ', expected: 'Mériaux' },
    { field: 'goal', value: ' Win it\n', expected: 'Win it' },
    { field: 'externalKey', value: ' crm:OPP-1042 ', expected: 'crm:OPP-1042' },
  ] as const)('trims $field', ({ field, value, expected }) => {
    expect(validateProject({ [field]: value })[field]).toBe(expected);
  });

  describe('externalKey', () => {
    it.each(['crm:OPP-1042', 'jira:CHAN', 'sap-s4:4711/2025', 'hubspot:deal:98231', `crm:${'K'.repeat(120)}`])(
      'accepts %p',
      (externalKey) => {
        expect(validateProject({ externalKey }).externalKey).toBe(externalKey);
      },
    );

    it.each(['OPP-1042', 'crm:', ':OPP-1042', 'CRM:OPP-1042', '1crm:OPP-1042', 'crm:OPP 1042', 'c rm:OPP-1042', `crm:${'K'.repeat(121)}`])(
      'rejects %p',
      (externalKey) => {
        expect(rejection({ externalKey })).toMatchObject({
          reason: 'INVALID_PROJECT',
          category: 'BAD_USER_INPUT',
          details: { field: 'project.externalKey' },
        });
      },
    );
  });

  describe('currency', () => {
    it.each([
      ['EUR', 'EUR'],
      ['eur', 'EUR'],
      [' usd ', 'USD'],
      ['Chf', 'CHF'],
    ])('normalises %p to %p', (currency, expected) => {
      expect(validateProject({ currency }).currency).toBe(expected);
    });

    it.each(['EU', 'EURO', '€', 'E1R', 'E R', 'US$'])('rejects %p', (currency) => {
      expect(rejection({ currency })).toMatchObject({ reason: 'INVALID_PROJECT', details: { field: 'project.currency' } });
    });
  });

  describe('dates', () => {
    it.each(['2025-01-31', '2024-02-29', '1999-12-31'])('accepts the ISO date %p', (startDate) => {
      expect(validateProject({ startDate }).startDate).toBe(startDate);
    });

    it.each([
      { name: 'a missing zero', value: '2025-1-31' },
      { name: 'a French-style date', value: '31/01/2025' },
      { name: 'a timestamp', value: '2025-01-31T00:00:00Z' },
      { name: 'month 13', value: '2025-13-01' },
      { name: 'day 32', value: '2025-01-32' },
      { name: '30 February', value: '2025-02-30' },
      { name: '29 February outside a leap year', value: '2023-02-29' },
      { name: '31 April', value: '2025-04-31' },
      { name: 'text', value: 'next week' },
    ])('rejects $name ($value)', ({ value }) => {
      expect(rejection({ endDate: value })).toMatchObject({ reason: 'INVALID_PROJECT', details: { field: 'project.endDate' } });
    });

    it('rejects an end before the start', () => {
      expect(rejection({ startDate: '2025-06-30', endDate: '2025-06-29' })).toMatchObject({
        reason: 'INVALID_PROJECT',
        details: { field: 'project.endDate' },
      });
    });

    it('accepts a project that starts and ends the same day', () => {
      expect(validateProject({ startDate: '2025-06-30', endDate: '2025-06-30' }).endDate).toBe('2025-06-30');
    });

    it('accepts an end without a start', () => {
      expect(validateProject({ endDate: '2025-06-30' }).endDate).toBe('2025-06-30');
    });
  });

  describe('amounts', () => {
    it.each(['targetValue', 'outcomeValue'] as const)('accepts zero as %s', (field) => {
      expect(validateProject({ [field]: 0 })[field]).toBe(0);
    });

    it.each(['targetValue', 'outcomeValue'] as const)('rounds %s to the cent', (field) => {
      expect(validateProject({ [field]: 1234.567 })[field]).toBe(1234.57);
    });

    it.each([
      { field: 'targetValue', value: -1 },
      { field: 'targetValue', value: -0.01 },
      { field: 'outcomeValue', value: -250_000 },
      { field: 'targetValue', value: NaN },
      { field: 'outcomeValue', value: Infinity },
      { field: 'targetValue', value: 1e13 + 1 },
    ] as const)('rejects $field = $value', ({ field, value }) => {
      expect(rejection({ [field]: value })).toMatchObject({ reason: 'INVALID_PROJECT', details: { field: `project.${field}` } });
    });
  });
});
