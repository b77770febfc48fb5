import type { PostKind, ReactionType, SpaceRole, UserRole, Visibility } from '@chantier/domain';
import { renderMarkdown } from '@chantier/domain';
import type { DataSource } from 'typeorm';

import type { TokenService } from '../../src/auth/token.service.js';

// argon2id hash of TEST_PASSWORD, computed once so factories stay fast.
export const TEST_PASSWORD = 'correct horse battery';
const TEST_PASSWORD_HASH = '$argon2id$v=19$m=65536,p=4,t=3$B+hWpjVIyrphk5yHHOpTlA$rbwRy+F6bv8fTnl8yEFXAAZ0Gxr6QhAth8mJ4Er96AE';

export interface TestUser {
  id: string;
  email: string;
  handle: string;
  token: string;
}

export interface TestSpace {
  id: string;
  slug: string;
}

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter += 1)}`;

/** Builds test data straight in the database, with valid defaults you override. */
export class Factories {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async user(
    overrides: { role?: UserRole; displayName?: string; email?: string; active?: boolean; departmentId?: string } = {},
  ): Promise<TestUser> {
    const n = next();
    const email = overrides.email ?? `user${n}@example.test`;
    const handle = email
      .split('@')[0]!
      .toLowerCase()
      .replace(/[^a-z0-9._-]/g, '');
    const [row] = (await this.db.query(
      `INSERT INTO app_user (email, handle, display_name, password_hash, role, active, department_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        email,
        handle,
        overrides.displayName ?? `User ${n}`,
        TEST_PASSWORD_HASH,
        overrides.role ?? 'MEMBER',
        overrides.active ?? true,
        overrides.departmentId ?? null,
      ],
    )) as { id: string }[];
    return { id: row!.id, email, handle, token: this.tokens.sign(row!.id) };
  }

  async space(
    overrides: {
      visibility?: Visibility;
      kind?: 'GROUP' | 'PROJECT';
      name?: string;
      description?: string;
      members?: { user: TestUser; role?: SpaceRole }[];
      /** PROJECT only: the business project's external key (e.g. `crm:OPP-1042`). */
      externalKey?: string;
    } = {},
  ): Promise<TestSpace> {
    const n = next();
    const name = overrides.name ?? `Space ${n}`;
    const slug = `space-${n}`;
    const [row] = (await this.db.query(
      `INSERT INTO space (slug, name, kind, visibility, description) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [slug, name, overrides.kind ?? 'GROUP', overrides.visibility ?? 'PUBLIC', overrides.description ?? ''],
    )) as { id: string }[];
    if (overrides.kind === 'PROJECT')
      await this.db.query(`INSERT INTO business_project (space_id, status, external_key) VALUES ($1, 'ACTIVE', $2)`, [
        row!.id,
        overrides.externalKey ?? null,
      ]);
    for (const member of overrides.members ?? []) await this.member(row!.id, member.user, member.role);
    return { id: row!.id, slug };
  }

  async member(spaceId: string, user: TestUser, role: SpaceRole = 'MEMBER'): Promise<void> {
    await this.db.query(
      `INSERT INTO membership (space_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT (space_id, user_id) DO UPDATE SET role = $3`,
      [spaceId, user.id, role],
    );
  }

  async post(overrides: {
    author: TestUser;
    space?: TestSpace | null;
    body?: string;
    kind?: PostKind;
    createdAt?: Date;
    pinned?: boolean;
  }): Promise<{ id: string; body: string }> {
    const body = overrides.body ?? `A post ${next()}`;
    const [row] = (await this.db.query(
      `INSERT INTO post (space_id, author_id, kind, body, html, created_at, pinned) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        overrides.space?.id ?? null,
        overrides.author.id,
        overrides.kind ?? 'STATUS',
        body,
        renderMarkdown(body),
        overrides.createdAt ?? new Date(),
        overrides.pinned ?? false,
      ],
    )) as { id: string }[];
    return { id: row!.id, body };
  }

  async comment(overrides: { author: TestUser; postId: string; body?: string; parentId?: string }): Promise<{ id: string; body: string }> {
    const body = overrides.body ?? `A comment ${next()}`;
    const [row] = (await this.db.query(
      `INSERT INTO comment (post_id, parent_id, author_id, body, html) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [overrides.postId, overrides.parentId ?? null, overrides.author.id, body, renderMarkdown(body)],
    )) as { id: string }[];
    await this.db.query(`UPDATE post SET comment_count = comment_count + 1 WHERE id = $1`, [overrides.postId]);
    return { id: row!.id, body };
  }

  async department(name = `Department ${next()}`): Promise<{ id: string; name: string }> {
    const [row] = (await this.db.query(`INSERT INTO department (name) VALUES ($1) RETURNING id`, [name])) as { id: string }[];
    return { id: row!.id, name };
  }

  /** `follower` follows a person or a space. */
  async follow(follower: TestUser, target: { user: TestUser } | { space: TestSpace }): Promise<void> {
    await this.db.query(`INSERT INTO follow (follower_id, target_user_id, target_space_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      follower.id,
      'user' in target ? target.user.id : null,
      'space' in target ? target.space.id : null,
    ]);
  }

  async reaction(overrides: { user: TestUser; targetId: string; targetType?: 'POST' | 'COMMENT'; type?: ReactionType }): Promise<void> {
    await this.db.query(`INSERT INTO reaction (user_id, target_type, target_id, type) VALUES ($1, $2, $3, $4)`, [
      overrides.user.id,
      overrides.targetType ?? 'POST',
      overrides.targetId,
      overrides.type ?? 'LIKE',
    ]);
  }
}
