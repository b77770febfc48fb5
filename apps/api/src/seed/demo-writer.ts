import { renderMarkdown } from '@chantier/domain';
import type { EntityManager } from 'typeorm';

import type { DemoPlan } from './demo-plan.js';
import { insertRows } from './demo-sql.js';
import { writeConversationEffects } from './demo-writer-conversations.js';

/** Writes the plan with the transaction's manager; the caller owns the transaction. */
export const writeDemoPlan = async (tx: EntityManager, plan: DemoPlan, passwordHash: string): Promise<void> => {
  const { org } = plan;

  await insertRows(
    tx,
    'department',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['created_at', 'timestamptz'],
    ],
    org.departments.map((d) => [d.id, d.name, d.createdAt]),
  );

  await insertRows(
    tx,
    'app_user',
    [
      ['id', 'uuid'],
      ['email', 'text'],
      ['handle', 'text'],
      ['display_name', 'text'],
      ['title', 'text'],
      ['department_id', 'uuid'],
      ['locale', 'text'],
      ['role', 'text'],
      ['kind', 'text'],
      ['password_hash', 'text'],
      ['active', 'boolean'],
      ['activated_at', 'timestamptz'],
      ['deactivated_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
    ],
    org.people.map((p) => [
      p.id,
      p.email,
      p.handle,
      p.spec.name,
      p.spec.title,
      p.departmentId,
      p.spec.locale,
      p.spec.role ?? 'MEMBER',
      'employee',
      passwordHash,
      p.deactivatedAt === null,
      p.activatedAt,
      p.deactivatedAt,
      p.activatedAt,
    ]),
  );

  await insertRows(
    tx,
    'space',
    [
      ['id', 'uuid'],
      ['slug', 'text'],
      ['name', 'text'],
      ['kind', 'text'],
      ['visibility', 'text'],
      ['description', 'text'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    org.spaces.map((s) => [s.id, s.slug, s.spec.name, s.spec.kind, s.visibility, s.spec.description, s.owner.id, s.createdAt, s.createdAt]),
  );

  await insertRows(
    tx,
    'business_project',
    [
      ['id', 'uuid'],
      ['space_id', 'uuid'],
      ['external_key', 'text'],
      ['customer', 'text'],
      ['status', 'text'],
      ['goal', 'text'],
      ['target_value', 'numeric'],
      ['currency', 'text'],
      ['outcome_value', 'numeric'],
      ['start_date', 'date'],
      ['end_date', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    plan.projects.map((p) => [
      p.id,
      p.spaceId,
      p.spec.externalKey,
      p.spec.customer,
      p.spec.status,
      p.spec.goal,
      p.spec.targetValue,
      p.spec.currency,
      p.spec.outcomeValue,
      p.startDate,
      p.endDate,
      p.createdAt,
      p.updatedAt,
    ]),
  );

  await insertRows(
    tx,
    'membership',
    [
      ['space_id', 'uuid'],
      ['user_id', 'uuid'],
      ['role', 'text'],
      ['created_at', 'timestamptz'],
    ],
    org.spaces.flatMap((s) => [...s.members.values()].map((m) => [s.id, m.person.id, m.role, m.since])),
  );

  await insertRows(
    tx,
    'follow',
    [
      ['follower_id', 'uuid'],
      ['target_user_id', 'uuid'],
      ['target_space_id', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    org.follows.map((f) => [f.follower.id, f.targetUser?.id ?? null, f.targetSpace?.id ?? null, f.at]),
  );

  await insertRows(
    tx,
    'post',
    [
      ['id', 'uuid'],
      ['space_id', 'uuid'],
      ['author_id', 'uuid'],
      ['kind', 'text'],
      ['body', 'text'],
      ['html', 'text'],
      ['pinned', 'boolean'],
      ['comment_count', 'int4'],
      ['created_at', 'timestamptz'],
    ],
    plan.posts.map((p) => [p.id, p.space?.id ?? null, p.author.id, p.kind, p.body, renderMarkdown(p.body), p.pinned, p.commentCount, p.at]),
  );

  await insertRows(
    tx,
    'comment',
    [
      ['id', 'uuid'],
      ['post_id', 'uuid'],
      ['parent_id', 'uuid'],
      ['author_id', 'uuid'],
      ['body', 'text'],
      ['html', 'text'],
      ['created_at', 'timestamptz'],
    ],
    plan.comments.map((c) => [c.id, c.post.id, c.parent?.id ?? null, c.author.id, c.body, renderMarkdown(c.body), c.at]),
  );

  await insertRows(
    tx,
    'reaction',
    [
      ['user_id', 'uuid'],
      ['target_type', 'text'],
      ['target_id', 'uuid'],
      ['type', 'text'],
      ['created_at', 'timestamptz'],
    ],
    plan.reactions.map((r) => [r.user.id, r.targetType, r.targetId, r.type, r.at]),
  );

  // occurred_on is the Paris date of occurred_at, as ActivityRecorder computes it; rows keep their order so ids grow with time.
  const rows = plan.activity;
  await tx.query(
    `INSERT INTO activity (occurred_at, occurred_on, actor_id, actor_kind, verb, target_type, target_id, thread_id, target_author_id, space_id, meta)
     SELECT u.at, (u.at AT TIME ZONE 'Europe/Paris')::date, u.actor, 'human', u.verb, u.target_type, u.target_id, u.thread_id, u.target_author, u.space_id, u.meta
       FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::uuid[], $8::uuid[], $9::jsonb[])
            WITH ORDINALITY AS u(at, actor, verb, target_type, target_id, thread_id, target_author, space_id, meta, n)
      ORDER BY u.n`,
    [
      rows.map((r) => r.at),
      rows.map((r) => r.actorId),
      rows.map((r) => r.verb),
      rows.map((r) => r.targetType),
      rows.map((r) => r.targetId),
      rows.map((r) => r.threadId),
      rows.map((r) => r.targetAuthorId),
      rows.map((r) => r.spaceId),
      rows.map((r) => JSON.stringify(r.meta)),
    ],
  );

  await writeConversationEffects(tx, plan);
};
