import { freshdeskVerifier } from './freshdesk.js';
import { frontVerifier } from './front.js';
import { genericVerifier } from './generic.js';
import { githubVerifier } from './github.js';
import { intercomVerifier } from './intercom.js';
import { jiraVerifier } from './jira.js';
import type { WebhookVerifier } from './verifier.js';

/** The connector kinds that receive webhooks (IMAP polls a mailbox instead), each with its scheme. */
export const VERIFIERS = {
  GENERIC: genericVerifier,
  GITHUB: githubVerifier,
  JIRA: jiraVerifier,
  FRESHDESK: freshdeskVerifier,
  FRONT: frontVerifier,
  INTERCOM: intercomVerifier,
} as const satisfies Record<string, WebhookVerifier>;

export type WebhookKind = keyof typeof VERIFIERS;

export const verifierFor = (kind: string): WebhookVerifier | undefined =>
  Object.hasOwn(VERIFIERS, kind) ? VERIFIERS[kind as WebhookKind] : undefined;
