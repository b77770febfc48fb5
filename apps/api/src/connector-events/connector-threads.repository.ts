import type { ProjectUpdateFields, Visibility } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface RoutedSpace {
  id: string;
  visibility: Visibility;
}

export interface ConnectorThread {
  objectKey: string;
  postId: string;
  spaceId: string;
  visibility: Visibility;
  opened: boolean;
  status: string | null;
  statusAt: Date | null;
  title: string;
  url: string | null;
  description: string | null;
}

export type ThreadHeadUpdate = Pick<ConnectorThread, 'opened' | 'status' | 'statusAt' | 'title' | 'url' | 'description'>;

/** The SQL of connector event processing: routes, threads and business project outcomes. */
@Injectable()
export class ConnectorThreadsRepository {
  /**
   * The space an event goes to: the connector's own route for its key first, then the business
   * project whose external key it is, then the connector's catch-all route (`*`). In the same
   * round trip, takes the transaction's lock on the external object, so concurrent workers
   * serialise its events and still build one thread (read the thread only after this returns:
   * a statement's snapshot predates the locks it waits for).
   */
  async routeAndLock(
    tx: EntityManager,
    connectorId: string,
    routingKey: string | null,
    objectKey: string,
  ): Promise<RoutedSpace | undefined> {
    const rows = (await tx.query(
      `SELECT route.id, route.visibility
         FROM (SELECT pg_advisory_xact_lock(hashtextextended($3, 7))) AS object_lock
         LEFT JOIN LATERAL (
           SELECT id, visibility FROM (
             SELECT s.id, s.visibility, 1 AS rank FROM connector_route r JOIN space s ON s.id = r.space_id
              WHERE r.connector_id = $1 AND r.key = $2
             UNION ALL
             SELECT s.id, s.visibility, 2 FROM business_project bp JOIN space s ON s.id = bp.space_id WHERE bp.external_key = $2
             UNION ALL
             SELECT s.id, s.visibility, 3 FROM connector_route r JOIN space s ON s.id = r.space_id
              WHERE r.connector_id = $1 AND r.key = '*'
           ) candidates ORDER BY rank LIMIT 1
         ) route ON true`,
      [connectorId, routingKey, `connector-thread:${connectorId}:${objectKey}`],
    )) as { id: string | null; visibility: Visibility | null }[];
    const route = rows[0];
    return route?.id ? { id: route.id, visibility: route.visibility! } : undefined;
  }

  /** The object's thread, unless its post was deleted (then the next event starts a new one). */
  async thread(tx: EntityManager, connectorId: string, objectKey: string): Promise<ConnectorThread | undefined> {
    const rows = (await tx.query(
      `SELECT t.object_key AS "objectKey", t.post_id AS "postId", p.space_id AS "spaceId", s.visibility, t.opened, t.status,
              t.status_at AS "statusAt", t.title, t.url, t.description
         FROM connector_thread t JOIN post p ON p.id = t.post_id JOIN space s ON s.id = p.space_id
        WHERE t.connector_id = $1 AND t.object_key = $2 AND p.deleted_at IS NULL`,
      [connectorId, objectKey],
    )) as ConnectorThread[];
    return rows[0];
  }

  async saveThread(tx: EntityManager, connectorId: string, objectKey: string, postId: string, head: ThreadHeadUpdate): Promise<void> {
    await tx.query(
      `INSERT INTO connector_thread (connector_id, object_key, post_id, opened, status, status_at, title, url, description)
       VALUES ($9, $1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (connector_id, object_key) DO UPDATE SET post_id = EXCLUDED.post_id, opened = EXCLUDED.opened, status = EXCLUDED.status,
         status_at = EXCLUDED.status_at, title = EXCLUDED.title, url = EXCLUDED.url, description = EXCLUDED.description,
         updated_at = now()`,
      [objectKey, postId, head.opened, head.status, head.statusAt, head.title, head.url, head.description, connectorId],
    );
  }

  async projectOfSpace(tx: EntityManager, spaceId: string): Promise<{ id: string } | undefined> {
    const rows = (await tx.query(`SELECT id FROM business_project WHERE space_id = $1`, [spaceId])) as { id: string }[];
    return rows[0];
  }

  /** Applies the fields sent; the others keep their value. */
  async updateProject(tx: EntityManager, projectId: string, fields: ProjectUpdateFields): Promise<void> {
    await tx.query(
      `UPDATE business_project
          SET status = COALESCE($2, status), outcome_value = COALESCE($3, outcome_value), currency = COALESCE($4, currency),
              start_date = COALESCE($5::date, start_date), end_date = COALESCE($6::date, end_date), updated_at = now()
        WHERE id = $1`,
      [projectId, fields.status, fields.outcomeValue, fields.currency, fields.startDate, fields.endDate],
    );
  }
}
