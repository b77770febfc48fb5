import type { UserRole } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import type { Department, User } from './user.object.js';

export interface UserRow extends Omit<User, 'department'> {
  departmentId: string | null;
  departmentName: string | null;
}

// $1 is always the viewer's id, for viewerFollows.
export const USER_COLUMNS = `
  u.id, u.handle, u.email, u.display_name AS "displayName", u.title, u.role, u.locale, u.active,
  d.id AS "departmentId", d.name AS "departmentName",
  EXISTS (SELECT 1 FROM follow f WHERE f.follower_id = $1 AND f.target_user_id = u.id) AS "viewerFollows"`;
export const USER_FROM = `app_user u LEFT JOIN department d ON d.id = u.department_id`;

export const toUser = ({ departmentId, departmentName, ...row }: UserRow): User => ({
  ...row,
  department: departmentId && departmentName ? { id: departmentId, name: departmentName } : null,
});

export interface NewUser {
  email: string;
  handle: string;
  displayName: string;
  passwordHash: string;
  role: UserRole;
  departmentId: string | null;
  title: string | null;
  locale: string;
}

/** The only SQL about people and departments. */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findById(viewerId: string, id: string): Promise<User | undefined> {
    const rows = (await this.db.query(`SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.id = $2`, [viewerId, id])) as UserRow[];
    return rows[0] && toUser(rows[0]);
  }

  async findByHandle(viewerId: string, handle: string): Promise<User | undefined> {
    const rows = (await this.db.query(`SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.handle = lower($2)`, [
      viewerId,
      handle,
    ])) as UserRow[];
    return rows[0] && toUser(rows[0]);
  }

  async findCredentials(email: string): Promise<{ id: string; passwordHash: string; active: boolean } | undefined> {
    const rows = (await this.db.query(
      `SELECT id, password_hash AS "passwordHash", active FROM app_user WHERE email = $1 AND kind <> 'service'`,
      [email],
    )) as {
      id: string;
      passwordHash: string;
      active: boolean;
    }[];
    return rows[0];
  }

  /**
   * Active people ordered by name, matching `query` on name, handle, email or title; keyset on
   * (lower(name), id). `sortName` is the name as the database lower-cases it, for the cursor.
   */
  async search(
    viewerId: string,
    query: string | null,
    after: readonly [string, string] | null,
    limit: number,
  ): Promise<(User & { sortName: string })[]> {
    const params: unknown[] = [viewerId, limit];
    const where = ['u.active'];
    if (query) {
      params.push(`%${query.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(
        `(u.display_name ILIKE $${params.length} OR u.handle ILIKE $${params.length} OR u.email ILIKE $${params.length} OR u.title ILIKE $${params.length})`,
      );
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(lower(u.display_name), u.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    const rows = (await this.db.query(
      `SELECT ${USER_COLUMNS}, lower(u.display_name) AS "sortName" FROM ${USER_FROM} WHERE ${where.join(' AND ')} ORDER BY lower(u.display_name), u.id LIMIT $2`,
      params,
    )) as (UserRow & { sortName: string })[];
    return rows.map(({ sortName, ...row }) => ({ ...toUser(row), sortName }));
  }

  async handlesStartingWith(tx: EntityManager, base: string): Promise<Set<string>> {
    const rows = (await tx.query(`SELECT handle FROM app_user WHERE handle LIKE $1`, [`${base.replace(/[\\%_]/g, '\\$&')}%`])) as {
      handle: string;
    }[];
    return new Set(rows.map((r) => r.handle));
  }

  async insert(tx: EntityManager, user: NewUser): Promise<string> {
    const [row] = (await tx.query(
      `INSERT INTO app_user (email, handle, display_name, password_hash, role, department_id, title, locale)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [user.email, user.handle, user.displayName, user.passwordHash, user.role, user.departmentId, user.title, user.locale],
    )) as { id: string }[];
    return row!.id;
  }

  async update(id: string, changes: { displayName?: string; title?: string | null; locale?: string }): Promise<void> {
    await this.db.query(
      `UPDATE app_user SET display_name = coalesce($2, display_name), title = CASE WHEN $3::boolean THEN $4 ELSE title END,
              locale = coalesce($5, locale) WHERE id = $1`,
      [id, changes.displayName ?? null, changes.title !== undefined, changes.title ?? null, changes.locale ?? null],
    );
  }

  async departments(): Promise<Department[]> {
    return (await this.db.query(
      `SELECT d.id, d.name, (SELECT count(*) FROM app_user u WHERE u.department_id = d.id AND u.active)::int AS "memberCount"
         FROM department d ORDER BY lower(d.name)`,
    )) as Department[];
  }

  async departmentExists(id: string): Promise<boolean> {
    return ((await this.db.query(`SELECT 1 FROM department WHERE id = $1`, [id])) as unknown[]).length > 0;
  }

  async insertDepartment(name: string): Promise<Department | undefined> {
    const rows = (await this.db.query(
      `INSERT INTO department (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id, name, 0 AS "memberCount"`,
      [name],
    )) as Department[];
    return rows[0];
  }
}
