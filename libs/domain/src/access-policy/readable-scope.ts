import type { Viewer } from './types.js';

/**
 * The set of places whose content the viewer may read, in the form SQL read paths filter by:
 * the company-wide stream, every PUBLIC space, and the spaces listed in `memberSpaceIds`.
 * SQL must express exactly `canReadPlace`:
 *   space_id IS NULL OR visibility = 'PUBLIC' OR space_id = ANY(memberSpaceIds)
 */
export interface ReadableScope {
  readonly companyStream: boolean;
  readonly publicSpaces: boolean;
  readonly memberSpaceIds: readonly string[];
}

/** The readable-space set for SQL filters, derived from the same facts as `canReadPlace`. */
export const readableScope = (viewer: Viewer): ReadableScope =>
  viewer.active
    ? { companyStream: true, publicSpaces: true, memberSpaceIds: [...viewer.memberships.keys()] }
    : { companyStream: false, publicSpaces: false, memberSpaceIds: [] };

/**
 * The set of spaces the viewer may see listed: every PUBLIC and PRIVATE space, and the SECRET
 * spaces they belong to. SQL: visibility <> 'SECRET' OR id = ANY(memberSpaceIds).
 */
export interface ListableScope {
  readonly nonSecret: boolean;
  readonly memberSpaceIds: readonly string[];
}

/** The listable-space set for SQL filters, derived from the same facts as `canSeeSpace`. */
export const listableScope = (viewer: Viewer): ListableScope =>
  viewer.active ? { nonSecret: true, memberSpaceIds: [...viewer.memberships.keys()] } : { nonSecret: false, memberSpaceIds: [] };
