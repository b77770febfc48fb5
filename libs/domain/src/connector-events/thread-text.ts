import type { ConnectorSource, NormalisedConnectorEvent, ProjectUpdateFields } from './types.js';

const SOURCE_NAMES: Readonly<Record<ConnectorSource, string>> = {
  github: 'GitHub',
  jira: 'Jira',
  freshdesk: 'Freshdesk',
  front: 'Front',
  intercom: 'Intercom',
  cloudevents: 'Connector',
};

const MAX_BODY = 20_000;

/** Markdown-escapes text that comes from a third party and is shown inline. */
const inline = (text: string): string =>
  text
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/\s+/g, ' ')
    .trim();

const actorName = (event: NormalisedConnectorEvent): string | null => {
  const { actor } = event;
  if (!actor) return null;
  const name = actor.name ?? actor.login ?? actor.email;
  return name ? inline(name) : null;
};

/** A web link only: third-party URLs are shown, never trusted with another scheme. */
const safeUrl = (url: string | null): string | null => (url && /^https?:\/\/[^\s<>()]+$/i.test(url) ? url : null);

const fit = (markdown: string): string =>
  markdown.length <= MAX_BODY ? markdown : `${markdown.slice(0, MAX_BODY - 40).trimEnd()}\n\n*(truncated)*`;

export interface ThreadHead {
  title: string;
  status: string | null;
  url: string | null;
  /** The object's own description, once its "opened" event is known. */
  description: string | null;
}

/**
 * The thread post of an external object: its title, a status line with a link back to the
 * source, then its description. Rewritten when the status changes or the opening event arrives
 * after later ones.
 */
export function composeThreadPost(source: ConnectorSource, head: ThreadHead): string {
  const link = safeUrl(head.url);
  const statusLine = [
    `${SOURCE_NAMES[source]}`,
    head.status ? `status: **${inline(head.status)}**` : null,
    link ? `[${source === 'cloudevents' ? 'open' : `open in ${SOURCE_NAMES[source]}`}](${link})` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const parts = [`**${inline(head.title) || 'Untitled'}**`, statusLine];
  if (head.description?.trim()) parts.push(head.description.trim());
  return fit(parts.join('\n\n'));
}

/** The comment a later event adds to its thread: who did what, then what they wrote. */
export function composeThreadComment(event: NormalisedConnectorEvent): string {
  const who = actorName(event);
  const what: Record<NormalisedConnectorEvent['action'], string> = {
    OPEN: 'opened',
    COMMENT: 'commented',
    STATUS_CHANGE: event.status ? `changed the status to **${inline(event.status)}**` : 'updated',
    CLOSE: event.status ? `closed (**${inline(event.status)}**)` : 'closed',
    PROJECT_UPDATE: 'updated the project',
  };
  const link = safeUrl(event.url);
  const changes = event.project ? describeProjectChanges(event.project) : '';
  const text = [changes, event.body.trim()].filter(Boolean).join('\n\n');
  const headline = `${who ? `**${who}** ` : ''}${what[event.action]}${link ? ` · [${SOURCE_NAMES[event.source]}](${link})` : ''}`;
  return fit(text ? `${headline}\n\n${text}` : headline);
}

/** The fields a project update sets, one per line. */
export function describeProjectChanges(project: ProjectUpdateFields): string {
  const lines: string[] = [];
  if (project.status) lines.push(`- status: **${project.status}**`);
  if (project.outcomeValue !== null)
    lines.push(`- outcome value: **${project.outcomeValue}${project.currency ? ` ${project.currency}` : ''}**`);
  else if (project.currency) lines.push(`- currency: **${project.currency}**`);
  if (project.startDate) lines.push(`- start date: ${project.startDate}`);
  if (project.endDate) lines.push(`- end date: ${project.endDate}`);
  return lines.join('\n');
}
