import { copyRows } from './copy.js';
import { ACTIVITY_COLUMNS } from './content.js';
import { isoTime, parisDay } from './plan.js';
import { TAG } from './random.js';

/** Copies the organisation made by org.js: departments, people, spaces, projects, memberships, follows. */

const iso = (ms) => new Date(ms).toISOString();

export const ORG_COLUMNS = {
  department: ['id', 'name', 'created_at'],
  app_user: [
    'id',
    'email',
    'handle',
    'display_name',
    'title',
    'department_id',
    'locale',
    'role',
    'kind',
    'password_hash',
    'active',
    'activated_at',
    'created_at',
  ],
  space: ['id', 'slug', 'name', 'kind', 'visibility', 'description', 'created_by', 'created_at', 'updated_at'],
  business_project: [
    'id',
    'space_id',
    'external_key',
    'customer',
    'status',
    'goal',
    'target_value',
    'currency',
    'outcome_value',
    'start_date',
    'end_date',
    'created_at',
    'updated_at',
  ],
  membership: ['space_id', 'user_id', 'role', 'created_at'],
  follow: ['follower_id', 'target_user_id', 'target_space_id', 'created_at'],
};

export const loadOrg = async ({ org, client, passwordHash, timings }) => {
  const user = (u) => org.users[u].id;
  const tables = {
    department: org.departments.map((d) => [d.id, d.name, iso(d.createdAt)]),
    app_user: org.users.map((u) => [
      u.id,
      u.email,
      u.handle,
      u.displayName,
      u.title,
      org.departments[u.department].id,
      u.locale,
      u.role,
      'employee',
      passwordHash,
      true,
      iso(u.createdAt),
      iso(u.createdAt),
    ]),
    space: org.spaces.map((s) => [
      s.id,
      s.slug,
      s.name,
      s.kind,
      s.visibility,
      s.description,
      user(s.owner),
      iso(s.createdAt),
      iso(s.createdAt),
    ]),
    business_project: org.projects.map((p) => [
      p.id,
      org.spaces[p.space].id,
      p.externalKey,
      p.customer,
      p.status,
      p.goal,
      p.targetValue,
      p.currency,
      p.outcomeValue,
      p.startDate,
      p.endDate,
      iso(p.createdAt),
      iso(p.createdAt),
    ]),
    membership: org.spaces.flatMap((s) => s.memberships.map((m) => [s.id, user(m.user), m.role, iso(m.createdAt)])),
    follow: org.follows.map((f) => [
      user(f.follower),
      f.user === undefined ? null : user(f.user),
      f.space === undefined ? null : org.spaces[f.space].id,
      iso(f.createdAt),
    ]),
  };
  for (const [table, rows] of Object.entries(tables)) {
    const began = performance.now();
    await copyRows(client, table, ORG_COLUMNS[table], rows);
    timings[table] = { rows: rows.length, seconds: (performance.now() - began) / 1000 };
  }

  // What the API logs for these: create_space by the owner, join by the others, follow.
  // Anyone may join a PUBLIC space; PRIVATE and SECRET members (and moderators) are added by the owner.
  let n = 0;
  const log = (ms, actor, verb, targetType, targetId, space, targetAuthor = null, meta = {}) => [
    isoTime(ms, TAG.follow, (n += 1)),
    parisDay(ms),
    user(actor),
    'human',
    verb,
    targetType,
    targetId,
    null,
    targetAuthor,
    space,
    meta,
  ];
  const membershipRow = (s, m) => {
    if (m.role === 'OWNER') return log(s.createdAt, m.user, 'create_space', 'space', s.id, s.id);
    if (s.visibility === 'PUBLIC' && m.role === 'MEMBER') return log(m.createdAt, m.user, 'join', 'space', s.id, s.id);
    return log(m.createdAt, s.owner, 'add_member', 'person', user(m.user), s.id, user(m.user), { role: m.role });
  };
  const rows = [
    ...org.spaces.flatMap((s) => s.memberships.map((m) => membershipRow(s, m))),
    ...org.follows.map((f) =>
      f.user === undefined
        ? log(f.createdAt, f.follower, 'follow', 'space', org.spaces[f.space].id, org.spaces[f.space].id)
        : log(f.createdAt, f.follower, 'follow', 'person', user(f.user), null, user(f.user)),
    ),
  ];
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); // the log is in time order
  await copyRows(client, 'activity', ACTIVITY_COLUMNS, rows);
  return rows.length;
};
