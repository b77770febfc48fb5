import {
  canJoin,
  canManageMembers,
  canReadPlace,
  canSeeSpace,
  canUpdateSpace,
  DomainError,
  isId,
  listableScope,
  pageSize,
  slugify,
  type SpaceRole,
  validateName,
  validateProject,
  type Viewer,
} from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { ActivityRecorder } from '../activity/activity.recorder.js';
import { assertAllowed } from '../common/errors/assert-allowed.js';
import { DomainEvents } from '../common/events/domain-events.js';
import { toConnection } from '../common/graphql/connection.js';
import { Cursors } from '../common/graphql/cursor.js';
import type { CreateSpaceInput, ProjectInput, SpaceFilter, UpdateSpaceInput } from './dto/space.inputs.js';
import type { Space } from './space.object.js';
import { SpacesRepository } from './spaces.repository.js';

const MAX_DESCRIPTION = 2_000;
const notFound = () => new DomainError('SPACE_NOT_FOUND', 'No such space.');

@Injectable()
export class SpacesService {
  constructor(
    private readonly spaces: SpacesRepository,
    private readonly activity: ActivityRecorder,
    private readonly events: DomainEvents,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** A space the viewer may see, or SPACE_NOT_FOUND exactly as if it did not exist. */
  async visibleSpace(viewer: Viewer, by: { id?: string | null; slug?: string | null }, tx?: EntityManager): Promise<Space> {
    const space = by.id
      ? isId(by.id)
        ? await this.spaces.findById(viewer.id, by.id, tx)
        : undefined
      : by.slug
        ? await this.spaces.findBySlug(viewer.id, by.slug)
        : undefined;
    if (!space || !canSeeSpace(viewer, space).allowed) throw notFound();
    return space;
  }

  async list(viewer: Viewer, filter: SpaceFilter | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const key = Cursors.spaces.decode(after);
    const text = filter?.query?.trim() || null;
    if (text && text.length > 200)
      throw new DomainError('QUERY_TOO_LONG', 'Search text is limited to 200 characters.', { field: 'filter.query' });
    const rows = await this.spaces.list(viewer.id, {
      scope: listableScope(viewer),
      kind: filter?.kind ?? null,
      text,
      mineOnly: filter?.mine === true,
      after: key,
      limit: size + 1,
    });
    return toConnection(rows, size, (s) => Cursors.spaces.encode([s.sortName, s.id]));
  }

  async create(viewer: Viewer, input: CreateSpaceInput): Promise<Space> {
    const name = validateName(input.name);
    const description = this.description(input.description);
    if (input.kind === 'PROJECT' && !input.project) {
      throw new DomainError('PROJECT_REQUIRED', 'A PROJECT space needs its business project.', { field: 'project' });
    }
    if (input.kind === 'GROUP' && input.project) {
      throw new DomainError('PROJECT_NOT_ALLOWED', 'Only PROJECT spaces have a business project.', { field: 'project' });
    }
    const project = input.project ? await this.project(input.project) : null;
    const id = await this.db.transaction(async (tx) => {
      const base = slugify(name);
      const taken = await this.spaces.slugsStartingWith(tx, base);
      let slug = base;
      for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
      const spaceId = await this.spaces.insert(tx, {
        slug,
        name,
        kind: input.kind,
        visibility: input.visibility,
        description,
        createdBy: viewer.id,
      });
      if (project) await this.spaces.upsertProject(tx, spaceId, project);
      await this.spaces.addMember(tx, spaceId, viewer.id, 'OWNER');
      await this.activity.record(tx, { actorId: viewer.id, verb: 'create_space', targetType: 'space', targetId: spaceId, spaceId });
      return spaceId;
    });
    this.events.emit({ type: 'membership.changed', spaceId: id, userId: viewer.id });
    if (project) this.events.emit({ type: 'space.updated', spaceId: id });
    return (await this.spaces.findById(viewer.id, id))!;
  }

  async update(viewer: Viewer, id: string, input: UpdateSpaceInput): Promise<Space> {
    const space = await this.visibleSpace(viewer, { id });
    assertAllowed(canUpdateSpace(viewer, space));
    if (input.project && space.kind !== 'PROJECT') {
      throw new DomainError('PROJECT_NOT_ALLOWED', 'Only PROJECT spaces have a business project.', { field: 'project' });
    }
    const project = input.project ? await this.project(input.project, space.id) : null;
    await this.db.transaction(async (tx) => {
      await this.spaces.update(tx, space.id, {
        name: input.name != null ? validateName(input.name) : undefined,
        description: input.description != null ? this.description(input.description) : undefined,
        visibility: input.visibility ?? undefined,
      });
      if (project) {
        await this.spaces.upsertProject(tx, space.id, project);
        await this.activity.record(tx, {
          actorId: viewer.id,
          verb: 'update_project',
          targetType: 'project',
          targetId: space.project?.id ?? space.id,
          spaceId: space.id,
          meta: { status: project.status, outcomeValue: project.outcomeValue },
        });
      }
    });
    this.events.emit({ type: 'space.updated', spaceId: space.id });
    return (await this.spaces.findById(viewer.id, space.id))!;
  }

  async join(viewer: Viewer, spaceId: string): Promise<Space> {
    const space = await this.visibleSpace(viewer, { id: spaceId });
    assertAllowed(canJoin(viewer, space));
    await this.db.transaction(async (tx) => {
      await this.spaces.addMember(tx, space.id, viewer.id, 'MEMBER');
      await this.activity.record(tx, { actorId: viewer.id, verb: 'join', targetType: 'space', targetId: space.id, spaceId: space.id });
    });
    this.events.emit({ type: 'membership.changed', spaceId: space.id, userId: viewer.id });
    return (await this.spaces.findById(viewer.id, space.id))!;
  }

  async leave(viewer: Viewer, spaceId: string): Promise<boolean> {
    const space = await this.visibleSpace(viewer, { id: spaceId });
    if (!space.viewerRole) throw new DomainError('NOT_A_MEMBER', 'You are not a member of this space.');
    await this.db.transaction(async (tx) => this.removeMembership(tx, viewer.id, space.id, viewer.id, 'leave'));
    this.events.emit({ type: 'membership.changed', spaceId: space.id, userId: viewer.id });
    return true;
  }

  async addMember(viewer: Viewer, spaceId: string, userId: string, role: SpaceRole): Promise<Space> {
    const space = await this.visibleSpace(viewer, { id: spaceId });
    assertAllowed(canManageMembers(viewer, space));
    if (!isId(userId) || !(await this.spaces.userExists(userId)))
      throw new DomainError('USER_NOT_FOUND', 'No such person.', { field: 'userId' });
    await this.db.transaction(async (tx) => {
      const previous = await this.spaces.memberRole(tx, space.id, userId);
      if (previous === 'OWNER' && role !== 'OWNER' && (await this.spaces.ownerCount(tx, space.id)) <= 1) {
        throw new DomainError('LAST_OWNER', 'A space keeps at least one owner.');
      }
      await this.spaces.addMember(tx, space.id, userId, role);
      await this.activity.record(tx, {
        actorId: viewer.id,
        verb: 'add_member',
        targetType: 'person',
        targetId: userId,
        targetAuthorId: userId,
        spaceId: space.id,
        meta: { role },
      });
    });
    this.events.emit({ type: 'membership.changed', spaceId: space.id, userId });
    return (await this.spaces.findById(viewer.id, space.id))!;
  }

  async removeMember(viewer: Viewer, spaceId: string, userId: string): Promise<Space> {
    const space = await this.visibleSpace(viewer, { id: spaceId });
    if (userId !== viewer.id) assertAllowed(canManageMembers(viewer, space));
    if (!isId(userId)) throw new DomainError('USER_NOT_FOUND', 'This person is not a member of the space.', { field: 'userId' });
    await this.db.transaction(async (tx) =>
      this.removeMembership(tx, viewer.id, space.id, userId, userId === viewer.id ? 'leave' : 'remove_member'),
    );
    this.events.emit({ type: 'membership.changed', spaceId: space.id, userId });
    return (await this.spaces.findById(viewer.id, space.id))!;
  }

  async members(viewer: Viewer, space: Space, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    if (!canReadPlace(viewer, space).allowed) return toConnection([], size, () => '');
    const key = Cursors.members.decode(after);
    const rows = await this.spaces.members(space.id, key, size + 1);
    return toConnection(rows, size, (m) => Cursors.members.encode([m.rank, m.sortName, m.user.id]));
  }

  private async removeMembership(tx: EntityManager, actorId: string, spaceId: string, userId: string, verb: 'leave' | 'remove_member') {
    const role = await this.spaces.memberRole(tx, spaceId, userId);
    if (!role) throw new DomainError('USER_NOT_FOUND', 'This person is not a member of the space.', { field: 'userId' });
    if (role === 'OWNER' && (await this.spaces.ownerCount(tx, spaceId)) <= 1) {
      throw new DomainError('LAST_OWNER', 'A space keeps at least one owner: name another owner first.');
    }
    await this.spaces.removeMember(tx, spaceId, userId);
    await this.activity.record(tx, { actorId, verb, targetType: 'person', targetId: userId, targetAuthorId: userId, spaceId });
  }

  private description(value: string | null | undefined): string {
    const text = value?.trim() ?? '';
    if (text.length > MAX_DESCRIPTION) {
      throw new DomainError('NAME_TOO_LONG', `The description is longer than ${MAX_DESCRIPTION} characters.`, { field: 'description' });
    }
    return text;
  }

  private async project(input: ProjectInput, spaceId?: string) {
    const project = validateProject(input);
    if (project.externalKey) {
      const owner = await this.spaces.externalKeyOwner(project.externalKey);
      if (owner && owner !== spaceId) {
        throw new DomainError('EXTERNAL_KEY_TAKEN', 'Another project space already uses this external key.', {
          field: 'project.externalKey',
        });
      }
    }
    return project;
  }
}
