import type { Visibility } from '@chantier/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface MailSender {
  id: string;
  active: boolean;
  kind: 'employee' | 'guest' | 'service';
}

export interface SpaceAddressRow {
  id: string;
  slug: string;
  visibility: Visibility;
}

export interface ThreadedPost {
  postId: string;
  spaceId: string | null;
  visibility: Visibility | null;
}

export interface NewAttachment {
  postId: string;
  commentId: string | null;
  inboundEventId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

export interface AttachmentRow {
  id: string;
  postId: string;
  commentId: string | null;
  filename: string;
  contentType: string;
  size: number;
}

export interface DownloadRow extends AttachmentRow {
  storageKey: string;
  spaceId: string | null;
  visibility: Visibility | null;
}

/** The only SQL of inbound mail: senders, space addresses, mail threading and attachments. */
@Injectable()
export class MailInRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The person an address belongs to (addresses are stored lower-cased). */
  async userByEmail(email: string, tx: EntityManager = this.db.manager): Promise<MailSender | undefined> {
    const rows = (await tx.query(`SELECT id, active, kind FROM app_user WHERE email = lower($1)`, [email])) as MailSender[];
    return rows[0];
  }

  /** Existence and visibility only, for mail with no sender to ask the access policy about (bounces). */
  async spaceBySlug(slug: string): Promise<SpaceAddressRow | undefined> {
    const rows = (await this.db.query(`SELECT id, slug, visibility FROM space WHERE slug = lower($1)`, [slug])) as SpaceAddressRow[];
    return rows[0];
  }

  /** The live post one of these Message-IDs became (or was commented with), the most recent reference first. */
  async threadFor(tx: EntityManager, messageIds: string[]): Promise<ThreadedPost | undefined> {
    if (messageIds.length === 0) return undefined;
    const rows = (await tx.query(
      `SELECT p.id AS "postId", p.space_id AS "spaceId", s.visibility
         FROM unnest($1::text[]) WITH ORDINALITY AS ref (message_id, n)
         JOIN mail_message mm ON mm.message_id = ref.message_id
         JOIN post p ON p.id = mm.post_id AND p.deleted_at IS NULL
         LEFT JOIN space s ON s.id = p.space_id
        ORDER BY ref.n LIMIT 1`,
      [messageIds],
    )) as ThreadedPost[];
    return rows[0];
  }

  /** One savepoint around a mail's writes, so a refused mail can be undone inside the queue's transaction. */
  async savepoint(tx: EntityManager, step: 'begin' | 'release' | 'rollback'): Promise<void> {
    const statement = { begin: 'SAVEPOINT mail_in', release: 'RELEASE SAVEPOINT mail_in', rollback: 'ROLLBACK TO SAVEPOINT mail_in' }[step];
    await tx.query(statement);
  }

  async spaceOfPost(tx: EntityManager, postId: string): Promise<string | null> {
    const rows = (await tx.query(`SELECT space_id AS "spaceId" FROM post WHERE id = $1`, [postId])) as { spaceId: string | null }[];
    return rows[0]?.spaceId ?? null;
  }

  /** Serialises, until commit, the transactions writing the same Message-ID. */
  async lockMessageId(tx: EntityManager, messageId: string): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('mail-message'), hashtext($1))`, [messageId]);
  }

  /** A message delivered to several spaces threads onto the first post it made. */
  async recordMessage(tx: EntityManager, messageId: string, postId: string, commentId: string | null): Promise<void> {
    await tx.query(`INSERT INTO mail_message (message_id, post_id, comment_id) VALUES ($1, $2, $3) ON CONFLICT (message_id) DO NOTHING`, [
      messageId,
      postId,
      commentId,
    ]);
  }

  async insertAttachment(tx: EntityManager, a: NewAttachment): Promise<string> {
    const [row] = (await tx.query(
      // clock_timestamp, not the transaction's now(): files list in the order the message had them.
      `INSERT INTO attachment (post_id, comment_id, inbound_event_id, filename, content_type, size_bytes, sha256, storage_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp()) RETURNING id`,
      [a.postId, a.commentId, a.inboundEventId, a.filename, a.contentType, a.size, a.sha256, a.storageKey],
    )) as { id: string }[];
    return row!.id;
  }

  /** Attachments of several posts (not of their comments) in one query, oldest first. */
  async attachmentsOfPosts(postIds: readonly string[]): Promise<AttachmentRow[]> {
    return (await this.db.query(
      `SELECT id, post_id AS "postId", comment_id AS "commentId", filename, content_type AS "contentType", size_bytes AS size
         FROM attachment WHERE post_id = ANY($1::uuid[]) AND comment_id IS NULL ORDER BY created_at, id`,
      [postIds],
    )) as AttachmentRow[];
  }

  /** Attachments of several comments in one query, oldest first; their posts' ids let it use the post index. */
  async attachmentsOfComments(comments: readonly { id: string; postId: string }[]): Promise<AttachmentRow[]> {
    return (await this.db.query(
      `SELECT id, post_id AS "postId", comment_id AS "commentId", filename, content_type AS "contentType", size_bytes AS size
         FROM attachment WHERE post_id = ANY($1::uuid[]) AND comment_id = ANY($2::uuid[]) ORDER BY created_at, id`,
      [[...new Set(comments.map((c) => c.postId))], comments.map((c) => c.id)],
    )) as AttachmentRow[];
  }

  /** An attachment with where its post lives; none when the post or comment is deleted. */
  async forDownload(id: string): Promise<DownloadRow | undefined> {
    const rows = (await this.db.query(
      `SELECT a.id, a.post_id AS "postId", a.comment_id AS "commentId", a.filename, a.content_type AS "contentType", a.size_bytes AS size,
              a.storage_key AS "storageKey", p.space_id AS "spaceId", s.visibility
         FROM attachment a
         JOIN post p ON p.id = a.post_id AND p.deleted_at IS NULL
         LEFT JOIN comment c ON c.id = a.comment_id
         LEFT JOIN space s ON s.id = p.space_id
        WHERE a.id = $1 AND (a.comment_id IS NULL OR c.deleted_at IS NULL)`,
      [id],
    )) as DownloadRow[];
    return rows[0];
  }
}
