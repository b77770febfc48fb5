import type { ListableScope, ProjectFields, SpaceRole, Visibility } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { User } from '../people/user.object.js';
import type { Member, Space, SpaceKind } from './space.object.js';

// $1 is always the viewer's id.
export const SPACE_SELECT = `
  SELECT s.id, s.slug, s.name, lower(s.name) AS "sortName", s.kind, s.visibility, s.description, s.created_at AS "createdAt",
         (SELECT count(*) FROM membership m WHERE m.space_id = s.id)::int AS "memberCount",
         vm.role AS "viewerRole",
         EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = $1 AND f.target_space_id = s.id) AS "viewerFollows",
         CASE WHEN bp.id IS NULL THEN NULL ELSE json_build_object(
           'id', bp.id, 'externalKey', bp.external_key, 'customer', bp.customer, 'status', bp.status, 'goal', bp.goal,
           'targetValue', bp.target_value::float8, 'currency', bp.currency, 'outcomeValue', bp.outcome_value::float8,
           'startDate', bp.start_date::text, 'endDate', bp.end_date::text) END AS project
    FROM space s
    LEFT JOIN membership vm ON vm.space_id = s.id AND vm.user_id = $1
    LEFT JOIN business_project bp ON bp.space_id = s.id`;

export interface SpaceListQuery {
  scope: ListableScope;
  kind: SpaceKind | null;
  text: string | null;
  mineOnly: boolean;
  after: readonly [string, string] | null;
  limit: number;
}

export interface NewSpace {
  slug: string;
  name: string;
  kind: SpaceKind;
  visibility: Visibility;
  description: string;
  createdBy: string;
}

/** The only SQL about spaces, memberships, follows and business projects. */
@Injectable()
export class SpacesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(viewerId: string, id: string, tx: EntityManager = this.db.manager): Promise<Space | undefined> {
    return ((await tx.query(`${SPACE_SELECT} WHERE s.id = $2`, [viewerId, id])) as Space[])[0];
  }

  async findBySlug(viewerId: string, slug: string): Promise<Space | undefined> {
    return ((await this.db.query(`${SPACE_SELECT} WHERE s.slug = lower($2)`, [viewerId, slug])) as Space[])[0];
  }

  /** Spaces the scope allows listing, by name; keyset on (lower(name), id). */
  async list(viewerId: string, q: SpaceListQuery): Promise<Space[]> {
    const params: unknown[] = [viewerId, q.scope.memberSpaceIds, q.limit];
    const where = [q.scope.nonSecret ? `(s.visibility <> 'SECRET' OR s.id = ANY($2::uuid[]))` : `s.id = ANY($2::uuid[])`];
    if (q.mineOnly) where.push(`s.id = ANY($2::uuid[])`);
    if (q.kind) {
      params.push(q.kind);
      where.push(`s.kind = $${params.length}`);
    }
    if (q.text) {
      params.push(`%${q.text.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(`(s.name ILIKE $${params.length} OR s.description ILIKE $${params.length} OR bp.customer ILIKE $${params.length})`);
    }
    if (q.after) {
      params.push(q.after[0], q.after[1]);
      where.push(`(lower(s.name), s.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    return (await this.db.query(`${SPACE_SELECT} WHERE ${where.join(' AND ')} ORDER BY lower(s.name), s.id LIMIT $3`, params)) as Space[];
  }

  async slugsStartingWith(tx: EntityManager, base: string): Promise<Set<string>> {
    const rows = (await tx.query(`SELECT slug FROM space WHERE slug LIKE $1`, [`${base}%`])) as { slug: string }[];
    return new Set(rows.map((r) => r.slug));
  }

  async insert(tx: EntityManager, space: NewSpace): Promise<string> {
    const [row] = (await tx.query(
      `INSERT INTO space (slug, name, kind, visibility, description, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [space.slug, space.name, space.kind, space.visibility, space.description, space.createdBy],
    )) as { id: string }[];
    return row!.id;
  }

  async update(tx: EntityManager, id: string, changes: { name?: string; description?: string; visibility?: Visibility }): Promise<void> {
    await tx.query(
      `UPDATE space SET name = coalesce($2, name), description = coalesce($3, description), visibility = coalesce($4, visibility),
              updated_at = now() WHERE id = $1`,
      [id, changes.name ?? null, changes.description ?? null, changes.visibility ?? null],
    );
  }

  async upsertProject(tx: EntityManager, spaceId: string, p: Required<ProjectFields>): Promise<void> {
    await tx.query(
      `INSERT INTO business_project (space_id, external_key, customer, status, goal, target_value, currency, outcome_value, start_date, end_date)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (space_id) DO UPDATE SET external_key = EXCLUDED.external_key, customer = EXCLUDED.customer,
         status = EXCLUDED.status, goal = EXCLUDED.goal, target_value = EXCLUDED.target_value, currency = EXCLUDED.currency,
         outcome_value = EXCLUDED.outcome_value, start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date, updated_at = now()`,
      [spaceId, p.externalKey, p.customer, p.status, p.goal, p.targetValue, p.currency, p.outcomeValue, p.startDate, p.endDate],
    );
  }

  async externalKeyOwner(key: string): Promise<string | undefined> {
    const rows = (await this.db.query(`SELECT space_id AS "spaceId" FROM business_project WHERE external_key = $1`, [key])) as {
      spaceId: string;
    }[];
    return rows[0]?.spaceId;
  }

  async addMember(tx: EntityManager, spaceId: string, userId: string, role: SpaceRole): Promise<void> {
    await tx.query(
      `INSERT INTO membership (space_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (space_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [spaceId, userId, role],
    );
  }

  async removeMember(tx: EntityManager, spaceId: string, userId: string): Promise<boolean> {
    const [, count] = (await tx.query(`DELETE FROM membership WHERE space_id = $1 AND user_id = $2`, [spaceId, userId])) as [
      unknown,
      number,
    ];
    return count > 0;
  }

  async memberRole(tx: EntityManager, spaceId: string, userId: string): Promise<SpaceRole | undefined> {
    const rows = (await tx.query(`SELECT role FROM membership WHERE space_id = $1 AND user_id = $2`, [spaceId, userId])) as {
      role: SpaceRole;
    }[];
    return rows[0]?.role;
  }

  /** Locks the space's owner rows, so two owners leaving at once cannot both succeed. */
  async ownerCount(tx: EntityManager, spaceId: string): Promise<number> {
    const rows = (await tx.query(`SELECT user_id FROM membership WHERE space_id = $1 AND role = 'OWNER' FOR UPDATE`, [
      spaceId,
    ])) as unknown[];
    return rows.length;
  }

  /** Members by role then name; keyset on (role rank, lower(name), id). */
  async members(
    spaceId: string,
    after: readonly [number, string, string] | null,
    limit: number,
  ): Promise<(Member & { rank: number; sortName: string })[]> {
    const rows = (await this.db.query(
      `SELECT * FROM (
         SELECT m.role, m.created_at AS "joinedAt", array_position(ARRAY['OWNER','MODERATOR','MEMBER'], m.role) AS rank,
                lower(u.display_name) AS sort_name, u.id, u.handle, u.email, u.display_name AS "displayName", u.title, u.role AS "userRole",
                u.locale, u.active, d.id AS "departmentId", d.name AS "departmentName"
           FROM membership m JOIN app_user u ON u.id = m.user_id LEFT JOIN department d ON d.id = u.department_id
          WHERE m.space_id = $1) x
        WHERE $2::int IS NULL OR (rank, sort_name, id) > ($2, $3, $4::uuid)
        ORDER BY rank, sort_name, id LIMIT $5`,
      [spaceId, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
    )) as (Record<string, unknown> & { role: SpaceRole; joinedAt: Date; rank: number; sort_name: string; departmentId: string | null })[];
    return rows.map((r) => ({
      role: r.role,
      joinedAt: r.joinedAt,
      rank: r.rank,
      sortName: r.sort_name,
      user: {
        id: r.id,
        handle: r.handle,
        email: r.email,
        displayName: r.displayName,
        title: r.title,
        role: r.userRole,
        locale: r.locale,
        active: r.active,
        viewerFollows: false,
        department: r.departmentId ? { id: r.departmentId, name: r.departmentName } : null,
      } as User,
    }));
  }

  async userExists(userId: string): Promise<boolean> {
    return ((await this.db.query(`SELECT 1 FROM app_user WHERE id = $1 AND active`, [userId])) as unknown[]).length > 0;
  }

  async follow(tx: EntityManager, followerId: string, target: { userId?: string; spaceId?: string }): Promise<boolean> {
    const rows = (await tx.query(
      `INSERT INTO follow (follower_id, target_user_id, target_space_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [followerId, target.userId ?? null, target.spaceId ?? null],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Stops following; says whether a person or a space was unfollowed, or null when nothing was followed. */
  async unfollow(tx: EntityManager, followerId: string, targetId: string): Promise<'person' | 'space' | null> {
    const [rows] = (await tx.query(
      `DELETE FROM follow WHERE follower_id = $1 AND (target_user_id = $2 OR target_space_id = $2)
       RETURNING CASE WHEN target_user_id IS NULL THEN 'space' ELSE 'person' END AS kind`,
      [followerId, targetId],
    )) as [{ kind: 'person' | 'space' }[], number];
    return rows[0]?.kind ?? null;
  }
}
