import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ConnectorsRepository } from '../connectors/connectors.repository.js';
import { InboxService } from '../inbound/inbox.service.js';

/*
 * The demo's integrations: a CRM wired in through the generic (CloudEvents) connector, and a few
 * deliveries accepted into its inbox as a real sender's would be. The queue then processes them
 * like any other — a thread in the Vellard renewal space, a lost tender's outcome, one event
 * waiting for a route and one nobody maps — so the Integrations screens show every status.
 */

const event = (id: string, type: string, subject: string, time: Date, data: Record<string, unknown>) => ({
  specversion: '1.0',
  id,
  source: 'https://crm.demo.chantier.test',
  type,
  subject,
  time: time.toISOString(),
  datacontenttype: 'application/json',
  data,
});

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000);

const demoEvents = (now: Date) => [
  event('demo-1', 'chantier.thread.opened', 'crm:OPP-1042', hoursBefore(now, 30), {
    objectKey: 'crm:OPP-1042/case-3107',
    title: 'Escalade client : factures de septembre non reçues',
    body: 'Le service comptable de Groupe Vellard signale trois factures absentes de leur portail fournisseur.',
    status: 'Ouvert',
    url: 'https://crm.demo.chantier.test/cases/3107',
    actor: { name: 'Portail CRM', login: 'crm-bot' },
  }),
  event('demo-2', 'chantier.thread.commented', 'crm:OPP-1042', hoursBefore(now, 26), {
    objectKey: 'crm:OPP-1042/case-3107',
    body: 'Les trois factures ont été renvoyées par e-mail ; le client confirme la réception de deux d’entre elles.',
    actor: { name: 'Agent support niveau 1' },
  }),
  event('demo-3', 'chantier.thread.status_changed', 'crm:OPP-1042', hoursBefore(now, 20), {
    objectKey: 'crm:OPP-1042/case-3107',
    status: 'En attente client',
    actor: { name: 'Agent support niveau 1' },
  }),
  event('demo-4', 'chantier.project.updated', 'crm:OPP-1187', hoursBefore(now, 48), {
    title: 'Kerval: tender result received',
    body: 'The fleet tender went to a competitor on price; debrief scheduled with the buyer.',
    status: 'LOST',
    outcomeValue: 0,
    currency: 'EUR',
  }),
  event('demo-5', 'chantier.thread.opened', 'crm:OPP-2044', hoursBefore(now, 6), {
    objectKey: 'crm:OPP-2044/case-3150',
    title: 'New opportunity without a project space yet',
    body: 'Waits UNROUTED until IT adds a route or a project space takes the key crm:OPP-2044.',
  }),
  event('demo-6', 'com.example.crm.contact.merged', 'crm:OPP-1042', hoursBefore(now, 2), { contacts: 2 }),
];

/** Creates the demo CRM connector and hands its deliveries to the inbox; the workers process them after start. */
export const seedDemoConnectors = async (app: INestApplicationContext, now = new Date()): Promise<void> => {
  const db = app.get(DataSource);
  const [admin] = (await db.query(`SELECT id FROM app_user WHERE email = 'admin@demo.chantier.test'`)) as { id: string }[];
  const connector = await db.transaction((tx) =>
    app.get(ConnectorsRepository).create(tx, { kind: 'GENERIC', name: 'CRM (démo)', settings: {}, createdBy: admin?.id ?? null }),
  );
  await app.get(InboxService).accept(
    demoEvents(now).map((ce) => ({
      connectorId: connector.id,
      source: 'GENERIC' as const,
      externalId: `ce:${ce.source}:${ce.id}`,
      headers: { 'content-type': 'application/cloudevents+json' },
      raw: Buffer.from(JSON.stringify(ce)),
    })),
  );
};
