import { DomainError } from '../errors/index.js';

export const PROJECT_STATUSES = ['PLANNED', 'ACTIVE', 'WON', 'LOST', 'DELIVERED', 'CANCELLED'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The business project a PROJECT space is attached to, as a client sends it. */
export interface ProjectFields {
  externalKey?: string | null;
  customer?: string | null;
  status?: ProjectStatus | null;
  goal?: string | null;
  targetValue?: number | null;
  currency?: string | null;
  outcomeValue?: number | null;
  startDate?: string | null;
  endDate?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EXTERNAL_KEY = /^[a-z][a-z0-9-]*:[^\s]{1,120}$/;

const invalid = (field: string, message: string) => new DomainError('INVALID_PROJECT', message, { field: `project.${field}` });

/** Whether `value` is YYYY-MM-DD naming a real day: Date.parse rolls 2025-02-30 over to 1 March, Postgres refuses it. */
const isCalendarDate = (value: string): boolean => {
  const time = Date.parse(`${value}T00:00:00Z`);
  return ISO_DATE.test(value) && !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
};

const date = (value: string | null | undefined, field: string): string | null => {
  if (value == null || value === '') return null;
  if (!isCalendarDate(value)) throw invalid(field, `${field} must be a date as YYYY-MM-DD.`);
  return value;
};

const amount = (value: number | null | undefined, field: string): number | null => {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0 || value > 1e13) throw invalid(field, `${field} must be a positive amount.`);
  return Math.round(value * 100) / 100;
};

/** Normalises a business project (external key like `crm:OPP-1042`, ISO currency and dates). */
export const validateProject = (input: ProjectFields): Required<ProjectFields> & { status: ProjectStatus } => {
  const externalKey = input.externalKey?.trim() || null;
  if (externalKey && !EXTERNAL_KEY.test(externalKey)) {
    throw invalid('externalKey', 'externalKey must look like system:KEY, e.g. crm:OPP-1042 or jira:CHAN.');
  }
  const currency = input.currency?.trim().toUpperCase() || null;
  if (currency && !/^[A-Z]{3}$/.test(currency)) throw invalid('currency', 'currency must be a 3-letter ISO code such as EUR.');
  const startDate = date(input.startDate, 'startDate');
  const endDate = date(input.endDate, 'endDate');
  if (startDate && endDate && endDate < startDate) throw invalid('endDate', 'endDate cannot be before startDate.');
  return {
    externalKey,
    customer: input.customer?.trim() || null,
    status: input.status ?? 'PLANNED',
    goal: input.goal?.trim() || null,
    targetValue: amount(input.targetValue, 'targetValue'),
    currency,
    outcomeValue: amount(input.outcomeValue, 'outcomeValue'),
    startDate,
    endDate,
  };
};
