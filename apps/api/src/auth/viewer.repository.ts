import type { SpaceRole, UserRole, Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

interface ViewerRow {
  id: string;
  role: UserRole;
  active: boolean;
  memberships: [string, SpaceRole][];
}

/** Loads the facts access decisions need about the signed-in user, in one query. */
@Injectable()
export class ViewerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(userId: string): Promise<Viewer | undefined> {
    const [row] = (await this.db.query(
      `SELECT u.id, u.role, u.active,
              coalesce((SELECT json_agg(json_build_array(m.space_id, m.role)) FROM membership m WHERE m.user_id = u.id), '[]') AS memberships
         FROM app_user u WHERE u.id = $1`,
      [userId],
    )) as ViewerRow[];
    return row && { id: row.id, role: row.role, active: row.active, memberships: new Map(row.memberships) };
  }

  /**
   * Loads several people's facts in one query (mentioned people, notification recipients).
   * With `membershipsIn`, only memberships of those spaces are loaded: enough, and far cheaper
   * for a space's thousand followers, when the decision is about those places only. Pass the
   * transaction's EntityManager when called inside one, so it does not wait for a second connection.
   */
  async loadMany(userIds: readonly string[], options: { membershipsIn?: readonly string[]; tx?: EntityManager } = {}): Promise<Viewer[]> {
    if (userIds.length === 0) return [];
    const rows = (await (options.tx ?? this.db).query(
      `SELECT u.id, u.role, u.active,
              coalesce((SELECT json_agg(json_build_array(m.space_id, m.role)) FROM membership m
                         WHERE m.user_id = u.id AND ($2::uuid[] IS NULL OR m.space_id = ANY($2::uuid[]))), '[]') AS memberships
         FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [userIds, options.membershipsIn ?? null],
    )) as ViewerRow[];
    return rows.map((row) => ({ id: row.id, role: row.role, active: row.active, memberships: new Map(row.memberships) }));
  }

  /** Records the day's `visit` (ANALYTICS.md §3.3): at most one row per person per day. */
  async recordVisit(userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO activity (actor_id, actor_kind, verb) VALUES ($1, 'human', 'visit')
       ON CONFLICT (actor_id, occurred_on) WHERE verb = 'visit' DO NOTHING`,
      [userId],
    );
  }
}
