import type { TestApp } from './test-app.js';

export interface HookResponse {
  status: number;
  text: string;
  json: Record<string, unknown>;
}

/** Posts raw bytes to `/hooks/:connectorId` over real HTTP, as a webhook sender would. */
export const postHook = async (
  app: TestApp,
  connectorId: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<HookResponse> => {
  const response = await fetch(`${app.url}/hooks/${connectorId}`, { method: 'POST', headers, body });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Left empty: the assertions on `status` and `text` say what came back.
  }
  return { status: response.status, text, json };
};

export interface InboxRow {
  id: string;
  source: string;
  externalId: string;
  headers: Record<string, string>;
  raw: Buffer;
}

export const inboxRows = async (app: TestApp, connectorId: string): Promise<InboxRow[]> =>
  (await app.db.query(
    `SELECT id, source, external_id AS "externalId", headers, raw FROM inbound_event WHERE connector_id = $1 ORDER BY received_at, id`,
    [connectorId],
  )) as InboxRow[];

export const inboxRow = async (app: TestApp, id: string): Promise<InboxRow | undefined> =>
  (
    (await app.db.query(`SELECT id, source, external_id AS "externalId", headers, raw FROM inbound_event WHERE id = $1`, [
      id,
    ])) as InboxRow[]
  )[0];
