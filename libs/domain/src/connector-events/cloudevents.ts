import type { ProjectStatus } from '../validation/project.js';
import { PROJECT_STATUSES } from '../validation/project.js';
import type { ConnectorAction, ConnectorBatchResult, ConnectorMappingResult, ProjectUpdateFields } from './types.js';
import type { Json } from './util.js';
import { actor, ignored, invalid, isObject, isoFromString, mapped, nonEmpty, obj, quote, str } from './util.js';

export interface CloudEventMapInput {
  payload: unknown;
  receivedAt: string;
}

/** Event types the generic connector understands; anything else is stored IGNORED. */
export const CLOUDEVENT_TYPES: Readonly<Record<string, ConnectorAction>> = {
  'chantier.thread.opened': 'OPEN',
  'chantier.thread.commented': 'COMMENT',
  'chantier.thread.status_changed': 'STATUS_CHANGE',
  'chantier.thread.closed': 'CLOSE',
  'chantier.project.updated': 'PROJECT_UPDATE',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Maps one CloudEvents 1.0 event in structured JSON mode. The routing key is `subject` as sent
 * (e.g. `crm:OPP-1042`), else `source`; the thread's object is `data.objectKey`, else the subject.
 */
export function mapCloudEvent(input: CloudEventMapInput): ConnectorMappingResult {
  const ce = input.payload;
  if (!isObject(ce)) return invalid('event is not a JSON object');
  if (str(ce, 'specversion') !== '1.0') return invalid('specversion must be "1.0"');
  // Context attributes are strings by the spec; `str` would also accept numbers.
  const attr = (key: string): string | null => (typeof ce[key] === 'string' ? nonEmpty(ce[key]) : null);
  const id = attr('id');
  const source = attr('source');
  const type = attr('type');
  if (id === null || source === null || type === null) return invalid('id, source and type are required');
  const rawTime = str(ce, 'time');
  const time = isoFromString(rawTime);
  if (rawTime !== null && time === null) return invalid('time is not an RFC 3339 timestamp');
  const action = CLOUDEVENT_TYPES[type];
  if (action === undefined) return ignored(`CloudEvents type "${type}" is not mapped`);
  const subject = attr('subject');
  const data = ce['data'] === undefined || ce['data'] === null ? {} : ce['data'];
  if (!isObject(data)) return invalid('data must be a JSON object');
  const who = obj(data, 'actor');
  const common = {
    source: 'cloudevents' as const,
    externalId: id,
    routingKey: subject ?? source,
    actor: actor(str(who, 'name'), str(who, 'login'), str(who, 'email')),
    url: str(data, 'url'),
    occurredAt: time ?? input.receivedAt,
  };

  if (action === 'PROJECT_UPDATE') {
    if (subject === null) return invalid('chantier.project.updated needs the project external key as subject');
    const project = projectFields(data);
    if (typeof project === 'string') return invalid(project);
    return mapped({
      ...common,
      objectKey: subject,
      action,
      title: str(data, 'title') ?? `Project ${subject} updated`,
      body: quote(str(data, 'body')),
      status: project.status,
      project,
    });
  }
  const objectKey = nonEmpty(str(data, 'objectKey')) ?? subject;
  const title = nonEmpty(str(data, 'title'));
  if (objectKey === null) return invalid('data.objectKey or subject is required');
  if (title === null && action === 'OPEN') return invalid('data.title is required to open a thread');
  return mapped({
    ...common,
    objectKey,
    action,
    title: title ?? objectKey,
    body: quote(str(data, 'body')),
    status: str(data, 'status'),
    project: null,
  });
}

/** Batch mode (`application/cloudevents-batch+json`): a JSON array, one result per event. */
export function mapCloudEventBatch(input: CloudEventMapInput): ConnectorBatchResult {
  if (!Array.isArray(input.payload)) return { kind: 'invalid', reason: 'batch is not a JSON array' };
  return { kind: 'batch', results: input.payload.map((payload: unknown) => mapCloudEvent({ payload, receivedAt: input.receivedAt })) };
}

/** The project fields of a `chantier.project.updated`, or the reason they are unusable. */
function projectFields(data: Json): ProjectUpdateFields | string {
  const rawStatus = data['status'];
  let status: ProjectStatus | null = null;
  if (rawStatus !== undefined && rawStatus !== null) {
    const upper = typeof rawStatus === 'string' ? rawStatus.trim().toUpperCase() : '';
    if (!(PROJECT_STATUSES as readonly string[]).includes(upper)) return `status must be one of ${PROJECT_STATUSES.join(', ')}`;
    status = upper as ProjectStatus;
  }
  const rawValue = data['outcomeValue'];
  if (rawValue !== undefined && rawValue !== null && (typeof rawValue !== 'number' || !Number.isFinite(rawValue) || rawValue < 0)) {
    return 'outcomeValue must be a positive number';
  }
  const currency = str(data, 'currency');
  if (currency !== null && !/^[A-Za-z]{3}$/.test(currency)) return 'currency must be a 3-letter ISO code';
  const startDate = str(data, 'startDate');
  const endDate = str(data, 'endDate');
  for (const [name, d] of [
    ['startDate', startDate],
    ['endDate', endDate],
  ] as const) {
    if (d !== null && !isCalendarDate(d)) return `${name} must be a date as YYYY-MM-DD`;
  }
  if (startDate !== null && endDate !== null && endDate < startDate) return 'endDate cannot be before startDate';
  const outcomeValue = typeof rawValue === 'number' ? rawValue : null;
  if (status === null && outcomeValue === null && currency === null && startDate === null && endDate === null) {
    return 'chantier.project.updated carries no project field';
  }
  return { status, outcomeValue, currency: currency?.toUpperCase() ?? null, startDate, endDate };
}

function isCalendarDate(value: string): boolean {
  const t = Date.parse(`${value}T00:00:00Z`);
  return ISO_DATE.test(value) && !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}
