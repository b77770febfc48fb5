import {
  canAdministerPeople,
  deriveHandle,
  DomainError,
  isId,
  normaliseEmail,
  pageSize,
  validateLocale,
  validateName,
  validatePassword,
  type Viewer,
} from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';

import { assertAllowed } from '../common/errors/assert-allowed.js';
import { toConnection } from '../common/graphql/connection.js';
import { Cursors } from '../common/graphql/cursor.js';
import type { CreateUserInput, UpdateMeInput } from './dto/people.inputs.js';
import { PeopleRepository } from './people.repository.js';
import type { User } from './user.object.js';

const MAX_QUERY_LENGTH = 200;

@Injectable()
export class PeopleService {
  constructor(
    private readonly people: PeopleRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async user(viewer: Viewer, by: { id?: string | null; handle?: string | null }): Promise<User> {
    const user = by.id
      ? isId(by.id)
        ? await this.people.findById(viewer.id, by.id)
        : undefined
      : by.handle
        ? await this.people.findByHandle(viewer.id, by.handle)
        : undefined;
    if (!user) throw new DomainError('USER_NOT_FOUND', 'No such person.');
    return user;
  }

  async search(viewer: Viewer, query: string | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    const size = pageSize(first);
    const text = query?.trim() || null;
    if (text && text.length > MAX_QUERY_LENGTH) {
      throw new DomainError('QUERY_TOO_LONG', `Search text is limited to ${MAX_QUERY_LENGTH} characters.`, { field: 'query' });
    }
    const key = Cursors.users.decode(after);
    const rows = await this.people.search(viewer.id, text, key, size + 1);
    return toConnection(rows, size, (u) => Cursors.users.encode([u.sortName, u.id]));
  }

  async createUser(viewer: Viewer, input: CreateUserInput): Promise<User> {
    assertAllowed(canAdministerPeople(viewer));
    const email = normaliseEmail(input.email);
    const displayName = validateName(input.displayName, 'displayName');
    validatePassword(input.password);
    const locale = validateLocale(input.locale);
    if (input.departmentId && !(isId(input.departmentId) && (await this.people.departmentExists(input.departmentId)))) {
      throw new DomainError('DEPARTMENT_NOT_FOUND', 'No such department.', { field: 'departmentId' });
    }
    if (await this.people.findCredentials(email)) {
      throw new DomainError('EMAIL_TAKEN', 'Someone already has this e-mail address.', { field: 'email' });
    }
    const passwordHash = await argon2.hash(input.password, { type: argon2.argon2id });
    const id = await this.db.transaction(async (tx) => {
      const taken = await this.people.handlesStartingWith(tx, deriveHandle(email));
      const handle = deriveHandle(email, (candidate) => taken.has(candidate));
      return this.people.insert(tx, {
        email,
        handle,
        displayName,
        passwordHash,
        role: input.role,
        departmentId: input.departmentId ?? null,
        title: input.title?.trim() || null,
        locale,
      });
    });
    return this.user(viewer, { id });
  }

  async updateMe(viewer: Viewer, input: UpdateMeInput): Promise<User> {
    await this.people.update(viewer.id, {
      displayName: input.displayName != null ? validateName(input.displayName, 'displayName') : undefined,
      title: input.title !== undefined ? input.title?.trim() || null : undefined,
      locale: input.locale != null ? validateLocale(input.locale) : undefined,
    });
    return this.user(viewer, { id: viewer.id });
  }

  departments() {
    return this.people.departments();
  }

  async createDepartment(viewer: Viewer, name: string) {
    assertAllowed(canAdministerPeople(viewer));
    const department = await this.people.insertDepartment(validateName(name));
    if (!department) throw new DomainError('DEPARTMENT_EXISTS', 'A department with this name already exists.', { field: 'name' });
    return department;
  }
}
