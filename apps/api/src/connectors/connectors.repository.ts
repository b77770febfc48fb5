import { randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export const CONNECTOR_KINDS = ['GENERIC', 'GITHUB', 'JIRA', 'FRESHDESK', 'FRONT', 'INTERCOM', 'IMAP'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export interface ConnectorRecord {
  id: string;
  kind: ConnectorKind;
  name: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  settings: Record<string, unknown>;
  botUserId: string;
  active: boolean;
  createdAt: Date;
}

export interface ConnectorRouteRecord {
  key: string;
  spaceId: string;
}

const COLUMNS = `id, kind, name, secret, previous_secret AS "previousSecret",
  previous_secret_expires_at AS "previousSecretExpiresAt", settings, bot_user_id AS "botUserId", active,
  created_at AS "createdAt"`;

/**
 * A new signing secret. GENERIC follows Standard Webhooks (`whsec_` + base64 of the key bytes);
 * the third-party schemes take the secret as an opaque string, so hex avoids characters that some
 * of their admin screens reject.
 */
export const newConnectorSecret = (kind: ConnectorKind): string =>
  kind === 'GENERIC' ? `whsec_${randomBytes(32).toString('base64')}` : randomBytes(32).toString('hex');

/** The secrets a delivery may be signed with at `now`: the current one, and the previous one during its grace period. */
export const verificationSecrets = (connector: ConnectorRecord, now: Date): string[] =>
  connector.previousSecret && connector.previousSecretExpiresAt && connector.previousSecretExpiresAt > now
    ? [connector.secret, connector.previousSecret]
    : [connector.secret];

/**
 * How long a connector read for a webhook delivery is reused. Every delivery needs its secret
 * before anything else; one read per second per connector instead of one per delivery. A rotation
 * in this process is seen at once; in another, within this delay (the previous secret keeps
 * working meanwhile), and so is a deactivation.
 */
const DELIVERY_CACHE_MS = 1_000;
const DELIVERY_CACHE_MAX = 1_000;

/** The only SQL about connectors, their service accounts and their routes. */
@Injectable()
export class ConnectorsRepository {
  private readonly forDeliveries = new Map<string, { record: ConnectorRecord; until: number }>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The connector a webhook delivery names, from a short-lived cache (see DELIVERY_CACHE_MS). */
  async findForDelivery(id: string, now = Date.now()): Promise<ConnectorRecord | undefined> {
    const cached = this.forDeliveries.get(id);
    if (cached && cached.until > now) return cached.record;
    const record = await this.findById(id);
    if (this.forDeliveries.size >= DELIVERY_CACHE_MAX) this.forDeliveries.clear();
    if (record) this.forDeliveries.set(id, { record, until: now + DELIVERY_CACHE_MS });
    else this.forDeliveries.delete(id);
    return record;
  }

  async findById(id: string, tx: EntityManager | DataSource = this.db): Promise<ConnectorRecord | undefined> {
    const rows = (await tx.query(`SELECT ${COLUMNS} FROM connector WHERE id = $1`, [id])) as ConnectorRecord[];
    return rows[0];
  }

  /**
   * Drops a cached read, once a change to the connector has COMMITTED: dropped earlier, a delivery or
   * the queue worker reading meanwhile would cache the old row again for DELIVERY_CACHE_MS.
   */
  forgetForDeliveries(id: string): void {
    this.forDeliveries.delete(id);
  }

  verificationSecrets(connector: ConnectorRecord, now: Date): string[] {
    return verificationSecrets(connector, now);
  }

  async list(): Promise<ConnectorRecord[]> {
    return (await this.db.query(`SELECT ${COLUMNS} FROM connector ORDER BY created_at, id`)) as ConnectorRecord[];
  }

  /** Creates the connector with its service account (never able to log in: no usable password). */
  async create(
    tx: EntityManager,
    input: { kind: ConnectorKind; name: string; settings: Record<string, unknown>; createdBy: string | null; secret?: string },
  ): Promise<ConnectorRecord> {
    const tag = randomBytes(6).toString('hex');
    const [bot] = (await tx.query(
      `INSERT INTO app_user (email, handle, display_name, kind, password_hash, title)
       VALUES ($1, $2, $3, 'service', '!', $4) RETURNING id`,
      [`connector-${tag}@connectors.invalid`, `bot-${tag}`, input.name, `${input.kind} connector`],
    )) as { id: string }[];
    const rows = (await tx.query(
      `INSERT INTO connector (kind, name, secret, settings, bot_user_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [input.kind, input.name, input.secret ?? newConnectorSecret(input.kind), input.settings, bot!.id, input.createdBy],
    )) as ConnectorRecord[];
    return rows[0]!;
  }

  /** Replaces the secret (with `secret`, or a new random one); the old one stays valid until `graceUntil`. */
  async rotateSecret(tx: EntityManager, id: string, graceUntil: Date, secret?: string): Promise<ConnectorRecord | undefined> {
    const current = await this.findById(id, tx);
    if (!current) return undefined;
    // TypeORM answers UPDATE … RETURNING with [rows, count].
    const [rows] = (await tx.query(
      `UPDATE connector SET previous_secret = secret, previous_secret_expires_at = $2, secret = $3, updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, graceUntil, secret ?? newConnectorSecret(current.kind)],
    )) as [ConnectorRecord[], number];
    return rows[0];
  }

  async routeFor(connectorId: string, key: string, tx: EntityManager | DataSource = this.db): Promise<string | undefined> {
    const rows = (await tx.query(`SELECT space_id AS "spaceId" FROM connector_route WHERE connector_id = $1 AND key = $2`, [
      connectorId,
      key,
    ])) as { spaceId: string }[];
    return rows[0]?.spaceId;
  }

  async routes(connectorId: string): Promise<ConnectorRouteRecord[]> {
    return (await this.db.query(`SELECT key, space_id AS "spaceId" FROM connector_route WHERE connector_id = $1 ORDER BY key`, [
      connectorId,
    ])) as ConnectorRouteRecord[];
  }

  /** Adds or re-points a route. */
  async addRoute(tx: EntityManager, connectorId: string, key: string, spaceId: string): Promise<void> {
    await tx.query(
      `INSERT INTO connector_route (connector_id, key, space_id) VALUES ($1, $2, $3)
       ON CONFLICT (connector_id, key) DO UPDATE SET space_id = EXCLUDED.space_id`,
      [connectorId, key, spaceId],
    );
  }

  async removeRoute(tx: EntityManager, connectorId: string, key: string): Promise<boolean> {
    const [, count] = (await tx.query(`DELETE FROM connector_route WHERE connector_id = $1 AND key = $2`, [connectorId, key])) as [
      unknown,
      number,
    ];
    return count > 0;
  }
}
