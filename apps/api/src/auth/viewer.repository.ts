import type { SpaceRole, UserRole, Viewer } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

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

  /** Records the day's `visit` (ANALYTICS.md §3.3): at most one row per person per day. */
  async recordVisit(userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO activity (actor_id, actor_kind, verb) VALUES ($1, 'human', 'visit')
       ON CONFLICT (actor_id, occurred_on) WHERE verb = 'visit' DO NOTHING`,
      [userId],
    );
  }
}
