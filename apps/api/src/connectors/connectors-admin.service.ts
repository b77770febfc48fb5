import {
  canAdministerConnectors,
  canSeeSpace,
  DomainError,
  isId,
  validateConnectorSecret,
  validateName,
  type Viewer,
} from '@chantier/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { ActivityRecorder } from '../activity/activity.recorder.js';
import { assertAllowed } from '../common/errors/assert-allowed.js';
import { InboxService } from '../inbound/inbox.service.js';
import { SpacesService } from '../spaces/spaces.service.js';
import type { Connector } from './connector.object.js';
import { maskConnectorSettings, validateConnectorSettings } from './connector-settings.js';
import { CONNECTOR_KINDS, type ConnectorRecord, ConnectorsRepository } from './connectors.repository.js';
import { ConnectorsAdminRepository, type RouteRow } from './connectors-admin.repository.js';
import type { ConnectorRouteInput, CreateConnectorInput } from './dto/connector.inputs.js';
import { hookUrlOf } from './hook-url.js';

/** How long a rotated-out secret keeps verifying deliveries, so senders can switch without losing any. */
export const SECRET_GRACE_MS = 24 * 60 * 60 * 1000;
const MAX_ROUTE_KEY = 300;
const MAX_ROUTES_AT_ONCE = 50;

export const CONNECTORS_ADMIN_OPTIONS = Symbol('CONNECTORS_ADMIN_OPTIONS');
export interface ConnectorsAdminOptions {
  /** PUBLIC_URL: where senders reach this server; the request's own origin when unset. */
  publicUrl?: string;
}

const connectorNotFound = () => new DomainError('CONNECTOR_NOT_FOUND', 'No such connector.', { field: 'id' });

export const validateRouteKey = (key: string, field = 'key'): string => {
  const trimmed = key.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_ROUTE_KEY || trimmed.includes('\u0000')) {
    throw new DomainError('INVALID_ROUTE_KEY', `A routing key has 1 to ${MAX_ROUTE_KEY} characters.`, { field, limit: MAX_ROUTE_KEY });
  }
  return trimmed;
};

/** IT's side of connectors: creating them, their secrets and their routes. ADMIN only. */
@Injectable()
export class ConnectorsAdminService {
  constructor(
    private readonly connectors: ConnectorsRepository,
    private readonly admin: ConnectorsAdminRepository,
    private readonly spaces: SpacesService,
    private readonly inbox: InboxService,
    private readonly activity: ActivityRecorder,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CONNECTORS_ADMIN_OPTIONS) private readonly options: ConnectorsAdminOptions,
  ) {}

  async list(viewer: Viewer, origin: string): Promise<Connector[]> {
    assertAllowed(canAdministerConnectors(viewer));
    const records = await this.connectors.list();
    return this.views(viewer, records, origin);
  }

  async get(viewer: Viewer, id: string, origin: string): Promise<Connector> {
    assertAllowed(canAdministerConnectors(viewer));
    return this.view(viewer, await this.find(id), origin);
  }

  async create(viewer: Viewer, input: CreateConnectorInput, origin: string): Promise<Connector> {
    assertAllowed(canAdministerConnectors(viewer));
    if (!CONNECTOR_KINDS.includes(input.kind)) {
      throw new DomainError('INVALID_CONNECTOR_SETTINGS', 'Unknown connector kind.', { field: 'kind' });
    }
    const name = validateName(input.name);
    const settings = validateConnectorSettings(input.kind, input.settings);
    const secret = input.secret != null ? validateConnectorSecret(input.kind, input.secret) : undefined;
    const routes = await this.checkRoutes(viewer, input.routes ?? []);
    const record = await this.db.transaction(async (tx) => {
      const created = await this.connectors.create(tx, { kind: input.kind, name, settings, createdBy: viewer.id, secret });
      for (const route of routes) await this.connectors.addRoute(tx, created.id, route.key, route.spaceId);
      await this.record(tx, viewer, created.id, 'create', { kind: input.kind, routes: routes.length });
      return created;
    });
    return { ...(await this.view(viewer, record, origin)), secret: record.secret };
  }

  async rotateSecret(viewer: Viewer, id: string, origin: string, secret: string | null = null, now = new Date()): Promise<Connector> {
    assertAllowed(canAdministerConnectors(viewer));
    const current = await this.find(id);
    const given = secret !== null ? validateConnectorSecret(current.kind, secret) : undefined;
    const record = await this.db.transaction(async (tx) => {
      const rotated = await this.connectors.rotateSecret(tx, current.id, new Date(now.getTime() + SECRET_GRACE_MS), given);
      if (!rotated) throw connectorNotFound();
      await this.record(tx, viewer, rotated.id, 'rotate_secret', { issuedBySender: given !== undefined });
      return rotated;
    });
    // The new secret must verify the very next delivery.
    this.connectors.forgetForDeliveries(record.id);
    return { ...(await this.view(viewer, record, origin)), secret: record.secret };
  }

  /** Adds (or re-points) a route, then replays the connector's events that were waiting for this key. */
  async addRoute(viewer: Viewer, connectorId: string, rawKey: string, spaceId: string, origin: string): Promise<Connector> {
    assertAllowed(canAdministerConnectors(viewer));
    const connector = await this.find(connectorId, 'connectorId');
    const [route] = await this.checkRoutes(viewer, [{ key: rawKey, spaceId }], (field) => field);
    await this.db.transaction(async (tx) => {
      await this.connectors.addRoute(tx, connector.id, route!.key, route!.spaceId);
      await this.record(tx, viewer, connector.id, 'add_route', { key: route!.key, spaceId: route!.spaceId });
    });
    // After commit: the worker must see the route when it re-processes the events.
    await this.inbox.replayUnrouted(connector.id, route!.key);
    return this.view(viewer, connector, origin);
  }

  async removeRoute(viewer: Viewer, connectorId: string, rawKey: string, origin: string): Promise<Connector> {
    assertAllowed(canAdministerConnectors(viewer));
    const connector = await this.find(connectorId, 'connectorId');
    const key = validateRouteKey(rawKey);
    await this.db.transaction(async (tx) => {
      if (!(await this.connectors.removeRoute(tx, connector.id, key))) {
        throw new DomainError('ROUTE_NOT_FOUND', 'This connector has no route with that key.', { field: 'key' });
      }
      await this.record(tx, viewer, connector.id, 'remove_route', { key });
    });
    return this.view(viewer, connector, origin);
  }

  private async find(id: string, field = 'id'): Promise<ConnectorRecord> {
    const record = isId(id) ? await this.connectors.findById(id) : undefined;
    if (!record) throw new DomainError('CONNECTOR_NOT_FOUND', 'No such connector.', { field });
    return record;
  }

  /** Valid, distinct keys whose spaces exist and are visible to the viewer (a SECRET space only to its members). */
  private async checkRoutes(
    viewer: Viewer,
    routes: readonly ConnectorRouteInput[],
    fieldOf: (field: string, index: number) => string = (field, index) => `routes.${index}.${field}`,
  ): Promise<ConnectorRouteInput[]> {
    if (routes.length > MAX_ROUTES_AT_ONCE) {
      throw new DomainError('TOO_MANY_ROUTES', `At most ${MAX_ROUTES_AT_ONCE} routes at once.`, {
        field: 'routes',
        limit: MAX_ROUTES_AT_ONCE,
      });
    }
    const seen = new Set<string>();
    const checked: ConnectorRouteInput[] = [];
    for (const [index, route] of routes.entries()) {
      const key = validateRouteKey(route.key, fieldOf('key', index));
      if (seen.has(key))
        throw new DomainError('DUPLICATE_ROUTE_KEY', `The routing key "${key}" is listed twice.`, { field: fieldOf('key', index) });
      seen.add(key);
      const space = await this.spaces.visibleSpace(viewer, { id: route.spaceId }).catch((error: unknown) => {
        if (error instanceof DomainError && error.reason === 'SPACE_NOT_FOUND') {
          throw new DomainError('ROUTE_SPACE_NOT_FOUND', 'No such space for this route.', { field: fieldOf('spaceId', index) });
        }
        throw error;
      });
      checked.push({ key, spaceId: space.id });
    }
    return checked;
  }

  private async view(viewer: Viewer, record: ConnectorRecord, origin: string): Promise<Connector> {
    return (await this.views(viewer, [record], origin))[0]!;
  }

  private async views(viewer: Viewer, records: readonly ConnectorRecord[], origin: string): Promise<Connector[]> {
    const [routes, mailboxes] = await Promise.all([
      this.admin.routesOf(records.map((r) => r.id)),
      this.admin.mailboxStatesOf(records.filter((r) => r.kind === 'IMAP').map((r) => r.id)),
    ]);
    const mailboxBy = new Map(mailboxes.map(({ connectorId, ...status }) => [connectorId, status]));
    const routesBy = new Map<string, RouteRow[]>();
    for (const route of routes) routesBy.set(route.connectorId, [...(routesBy.get(route.connectorId) ?? []), route]);
    const now = new Date();
    return records.map((record) => ({
      id: record.id,
      kind: record.kind,
      name: record.name,
      hookUrl: hookUrlOf(record, this.options.publicUrl, origin),
      secret: null,
      previousSecretExpiresAt:
        record.previousSecretExpiresAt && record.previousSecretExpiresAt > now ? record.previousSecretExpiresAt : null,
      settings: maskConnectorSettings(record.settings),
      routes: (routesBy.get(record.id) ?? []).map(({ key, space }) => ({ key, space: canSeeSpace(viewer, space).allowed ? space : null })),
      mailbox: mailboxBy.get(record.id) ?? null,
      active: record.active,
      createdAt: record.createdAt,
    }));
  }

  private record(
    tx: EntityManager,
    viewer: Viewer,
    connectorId: string,
    action: string,
    meta: Record<string, unknown> = {},
  ): Promise<void> {
    // No spaceId column: configuring a route is not activity in that space (space metrics read that column).
    return this.activity.record(tx, { actorId: viewer.id, verb: 'configure_connector', meta: { action, connectorId, ...meta } });
  }
}
