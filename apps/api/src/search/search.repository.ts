import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { queryPrepared } from '../database/prepared-query.js';
import { toUser, USER_COLUMNS, USER_FROM, type UserRow } from '../people/people.repository.js';
import type { User } from '../people/user.object.js';
import { COMMENT_SELECT, POST_SELECT } from '../posts/content.sql.js';
import type { Comment, Post } from '../posts/post.object.js';
import type { Space } from '../spaces/space.object.js';
import { SPACE_SELECT } from '../spaces/spaces.repository.js';
import {
  buildQueriesSql,
  buildSearchSql,
  type SearchKind,
  type SearchQueries,
  type SearchSqlInput,
  type SearchTextInput,
} from './search.sql.js';

/** One ranked match, before its node is loaded. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  score: number;
  /** ts_headline output with marker characters, not yet safe HTML. */
  headline: string | null;
}

/*
 * The only SQL of search: one statement turns the text into tsqueries, one ranks a page of
 * matches (search.sql.ts), then each kind
 * present on the page is loaded by id with the SELECT shapes every other read path uses, so
 * search nodes have exactly the fields feeds, spaces and people lists give.
 */
@Injectable()
export class SearchRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async queries(input: SearchTextInput): Promise<SearchQueries> {
    const { text, values } = buildQueriesSql(input);
    return ((await this.db.query(text, values)) as SearchQueries[])[0]!;
  }

  async hits(input: SearchSqlInput): Promise<SearchHit[]> {
    const { text, values } = buildSearchSql(input);
    return (await this.db.query(text, values)) as SearchHit[];
  }

  async posts(viewerId: string, ids: string[]): Promise<Post[]> {
    return queryPrepared<Post>(this.db, `${POST_SELECT} WHERE p.id = ANY($2::uuid[]) AND p.deleted_at IS NULL`, [viewerId, ids]);
  }

  async comments(viewerId: string, ids: string[]): Promise<Comment[]> {
    return queryPrepared<Comment>(
      this.db,
      `${COMMENT_SELECT} WHERE c.id = ANY($2::uuid[]) AND c.deleted_at IS NULL AND p.deleted_at IS NULL`,
      [viewerId, ids],
    );
  }

  async spaces(viewerId: string, ids: string[]): Promise<Space[]> {
    return (await this.db.query(`${SPACE_SELECT} WHERE s.id = ANY($2::uuid[])`, [viewerId, ids])) as Space[];
  }

  async users(viewerId: string, ids: string[]): Promise<User[]> {
    const rows = (await this.db.query(`SELECT ${USER_COLUMNS} FROM ${USER_FROM} WHERE u.id = ANY($2::uuid[]) AND u.active`, [
      viewerId,
      ids,
    ])) as UserRow[];
    return rows.map(toUser);
  }
}
