import { type ListableScope, type ReadableScope, SEARCH_RANKING, SNIPPET_START, SNIPPET_STOP } from '@chantier/domain';

import { readableFilter } from '../posts/content.sql.js';

/*
 * The search statement, built from the parts a request uses (docs/adr/0007-search-ranking.md).
 * Snapshotted in search.queries.sql, so any change to it shows in review.
 *
 * Index-friendly by construction:
 * - each kind's branch filters by `search_vector @@ <tsquery>` first (GIN), the tsquery being a
 *   parameter computed by a first statement, so the planner sees a constant and estimates from
 *   the column statistics whether to read the GIN matches (rare words) or walk the newest rows
 *   until enough match (common words);
 * - the access filter is applied inside the branch, BEFORE the candidate bound, so unreadable
 *   matches can neither appear nor crowd readable ones out (no side channel through ranks or
 *   page sizes);
 * - posts and comments keep at most SEARCH_RANKING.candidates newest matches each, and only
 *   those are ranked (a phrase: its matches among the newest SEARCH_RANKING.phraseScope rows
 *   holding its words, found window by window); spaces and people are few and ranked whole;
 * - ts_headline, the costly part, runs only on the page's rows.
 */

export const SEARCH_KINDS = ['POST', 'COMMENT', 'SPACE', 'USER'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What the person typed, as the domain split it (see parseSearchQuery). */
export interface SearchTextInput {
  readonly text: string;
  readonly prefix: string | null;
  readonly head: string;
  /** The database time an earlier page was ranked at (timestamptz text), null for a first page. */
  readonly asOf: string | null;
}

/** The tsqueries of a search, as PostgreSQL prints them ('' when the text has no searchable word), and its ranking time. */
export interface SearchQueries {
  readonly textQuery: string;
  readonly nameQuery: string;
  readonly asOf: string;
}

/** What the ranking statement is built from: which branches, which filters. Values travel as parameters. */
export interface SearchSqlInput extends SearchQueries {
  readonly readable: ReadableScope;
  readonly listable: ListableScope;
  readonly kinds: readonly SearchKind[];
  readonly spaceId: string | null;
  readonly authorId: string | null;
  readonly from: Date | null;
  readonly to: Date | null;
  readonly after: readonly [score: number, kind: string, id: string] | null;
  readonly limit: number;
}

export interface SearchSql {
  readonly text: string;
  readonly values: unknown[];
}

/** Collects parameter values and names them `$n::type`. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    return `${this.raw(value)}::${type}`;
  }

  raw(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A parameter added on first use only: PostgreSQL refuses a parameter no part of the statement uses. */
  lazy(value: unknown, type?: string): () => string {
    let name: string | undefined;
    return () => (name ??= type ? this.add(value, type) : this.raw(value));
  }
}

// The marker characters, written as chr() calls so the SQL text stays readable.
const START = `chr(${SNIPPET_START.codePointAt(0)})`;
const STOP = `chr(${SNIPPET_STOP.codePointAt(0)})`;

const HEADLINE_OPTIONS = `'StartSel=' || ${START} || ', StopSel=' || ${STOP} || ', MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "'`;
// Long bodies are cut before ts_headline, whose cost grows with the text; matches past the cut just go unmarked.
const HEADLINE_TEXT_LIMIT = 4_000;

/** The members' set and the public/company flags: `readableFilter` for content, its listing twin for spaces. */
const listableFilter = (scope: ListableScope, memberIds: string): string =>
  scope.nonSecret ? `(s.visibility <> 'SECRET' OR s.id = ANY(${memberIds}::uuid[]))` : `s.id = ANY(${memberIds}::uuid[])`;

/**
 * First statement: the tsqueries, built once by PostgreSQL from what was typed, then handed to the
 * ranking statement as constants, so its planner estimates how many rows match.
 * - text (posts, comments): French OR English stems of the words (web-search syntax: quotes,
 *   -exclusion, or; every other sign is just a separator, never an operator or an error);
 * - names (spaces, people): the same, OR the words unstemmed, OR the words before the last one
 *   AND any word starting with the last one, so people and spaces are found while typing.
 *   Content gets no prefix: a prefix makes GIN read the whole posting list of every word it
 *   starts, common ones included (22 ms instead of 1 ms for one term on 200 000 posts).
 */
export const buildQueriesSql = (input: SearchTextInput): SearchSql => {
  const p = new Params();
  const parse = (value: string) =>
    `websearch_to_tsquery('chantier_french', ${value}) AS fr, websearch_to_tsquery('chantier_english', ${value}) AS en, ` +
    `websearch_to_tsquery('chantier_simple', ${value}) AS simple`;
  const words = [`SELECT ${parse(p.add(input.text, 'text'))}`];
  const textQuery = 'w.stems';
  let nameQuery = 'w.stems || w.simple';
  if (input.prefix) {
    words.push(`SELECT ${parse(p.add(input.head, 'text'))}`);
    const prefix = `to_tsquery('chantier_simple', quote_literal(${p.add(input.prefix, 'text')}) || ':*')`;
    nameQuery += ` || ((h.stems || h.simple) && ${prefix})`;
  }
  // When both languages give the same lexemes (names, numbers, many words), one copy: the query is evaluated on every candidate.
  const [typed, head] = words.map((select) => `(SELECT CASE WHEN fr = en THEN fr ELSE fr || en END AS stems, simple FROM (${select}) x)`);
  return {
    values: p.values,
    text: `SELECT (${textQuery})::text AS "textQuery", (${nameQuery})::text AS "nameQuery",
       coalesce(${p.add(input.asOf, 'timestamptz')}, now())::text AS "asOf"
  FROM ${typed} w${head ? `, ${head} h` : ''}`,
  };
};

/** Whether a printed tsquery holds a phrase operator (`<->`, `<N>`) outside its quoted lexemes. */
const hasPhrase = (tsquery: string): boolean => /<(?:-|\d+)>/.test(tsquery.replace(/'(?:[^']|'')*'/g, "''"));

/**
 * The AND of a phrase query's words (its phrase operators made `&`), which GIN answers exactly and which every row
 * matching the phrase matches too; null when the query holds no phrase, or a negation inside or over a phrase
 * (`!( 'a' <-> 'b' )`, `'a' <-> !'b'`), where the AND would exclude rows the phrase keeps. A negated word beside a
 * phrase (`"release plan" -draft`) stays as it is.
 */
export const relaxPhrase = (tsquery: string): string | null => {
  const outside = tsquery.replace(/'(?:[^']|'')*'/g, "''");
  if (!hasPhrase(tsquery) || /!\s*\(|!\s*''\s*<(?:-|\d+)>|<(?:-|\d+)>\s*!/.test(outside)) return null;
  return tsquery.replace(/('(?:[^']|'')*')|<(?:-|\d+)>/g, (_operator, quoted: string | undefined) => quoted ?? '&');
};

/*
 * The newest `limit` rows matching a query, window by window: the last 7 days, the last 30, then everything, each
 * read only while the one before held fewer than `limit`. Each is planned on its own with constants (the tsquery,
 * its first day): words common in the window are walked newest first; otherwise the GIN index on (search_vector,
 * UTC day) intersects the words' postings with the window's days, so only the rows matching in the window are read
 * from the heap. Windows are nested: the answer is the widest window that ran, exactly the newest `limit` matches.
 * Used for phrases only: a window costs ~1 ms of planning and reading its days' postings even when nothing matches,
 * which on dataset M made ordinary words slower on average than the planner's single walk or GIN read.
 */
const WINDOW_DAYS = [7, 30] as const;

/** The day expression of post_search_idx and comment_search_idx (migration 1763900700000-SearchDayGin), to the letter. */
const day = (timestamp: string) => `((${timestamp} AT TIME ZONE 'UTC')::date)`;

const newestInWindows = (
  alias: string,
  { upper, from }: { upper: string; from: string | null },
  limit: number,
  select: (window: string) => string,
): string => {
  const at = `${alias}.created_at`;
  const name = (i: number) => `${alias}_window${i}`;
  const first = (days: number) => (from ? `greatest(${day(upper)} - ${days}, ${day(from)})` : `${day(upper)} - ${days}`);
  const bounds = [...WINDOW_DAYS.map((days) => `${day(at)} >= ${first(days)}`), from ? `${day(at)} >= ${day(from)}` : null];
  const short = (i: number) => `(SELECT count(*) FROM ${name(i)}) < ${limit}`;
  // A window runs when every narrower one ran and came up short.
  const ran = (i: number) => Array.from({ length: i }, (_, j) => short(j));
  const windows = bounds.map(
    (bound, i) => `${name(i)} AS MATERIALIZED (${select([...(bound ? [bound] : []), ...ran(i)].join(' AND '))}
           ORDER BY ${at} DESC LIMIT ${limit})`,
  );
  // A window that did not run is empty; one that ran short is superseded by the next.
  const answer = bounds.map((_, i) => `SELECT * FROM ${name(i)}${i < bounds.length - 1 ? ` WHERE NOT ${short(i)}` : ''}`);
  return `(WITH ${windows.join(',\n         ')}
        ${answer.join('\n        UNION ALL ')})`;
};

/** Second statement: one page of ranked matches with their headlines. Kinds whose query is empty are left out. */
export const buildSearchSql = (input: SearchSqlInput): SearchSql => {
  const p = new Params();
  // One member list serves both scopes (derived from the same memberships). Read through a sub-select, so the
  // planner takes it as one value instead of estimating each of a hundred ids again in every window it plans.
  const memberIdsParam = p.lazy(input.readable.memberSpaceIds);
  const memberIds = () => `(SELECT ${memberIdsParam()}::uuid[])`;
  const asOf = p.add(input.asOf, 'timestamptz');
  const textQueryParam = p.lazy(input.textQuery, 'tsquery');
  const nameQueryParam = p.lazy(input.nameQuery, 'tsquery');

  const { halfLifeDays, floor, normalization, candidates, phraseScope } = SEARCH_RANKING;
  // floor + (1 − floor) × 2^(−age / half-life), in float8 (numeric power is several times slower), age in seconds.
  const decayPerSecond = -Math.LN2 / (86_400 * halfLifeDays);
  const freshness = (createdAt: string) =>
    `(${floor}::float8 + ${1 - floor}::float8 * exp(${decayPerSecond}::float8 * greatest(extract(epoch FROM ${asOf} - ${createdAt})::float8, 0)))`;

  // Filters that only content has: when any is set, spaces and people are left out (see SearchFilter).
  const contentFilters: string[] = [];
  if (input.spaceId) contentFilters.push(`p.space_id = ${p.add(input.spaceId, 'uuid')}`);
  const author = input.authorId ? p.add(input.authorId, 'uuid') : null;
  const from = input.from ? p.add(input.from, 'timestamptz') : null;
  const to = input.to ? p.add(input.to, 'timestamptz') : null;
  const dated = (alias: string) => [
    ...(author ? [`${alias}.author_id = ${author}`] : []),
    ...(from ? [`${alias}.created_at >= ${from}`] : []),
    ...(to ? [`${alias}.created_at < ${to}`] : []),
  ];

  // The newest `candidates` matches of a branch. A word or words: one statement the planner answers from constants,
  // walking the newest rows (common words) or reading the GIN matches (rare ones). A phrase: GIN keeps no positions,
  // so every row holding its words must be read to check it; it is looked for among the newest `phraseScope` such
  // rows, found window by window (newestInWindows), instead of walking or sorting all of them.
  const relaxed = relaxPhrase(input.textQuery);
  const relaxedParam = relaxed ? p.lazy(relaxed, 'tsquery') : null;
  const upper = to ? `least(${asOf}, ${to})` : asOf;
  const newestMatches = (alias: string, select: (where: string) => string) => {
    if (!relaxedParam) {
      return `(${select(`${alias}.search_vector @@ ${textQueryParam()}`)}
           ORDER BY ${alias}.created_at DESC LIMIT ${candidates})`;
    }
    const holdingWords = newestInWindows(alias, { upper, from }, phraseScope, (window) =>
      select(`${alias}.search_vector @@ ${relaxedParam()} AND ${window}`),
    );
    return `(SELECT * FROM ${holdingWords} m WHERE m.v @@ ${textQueryParam()} ORDER BY m.created_at DESC LIMIT ${candidates})`;
  };

  const branches: string[] = [];
  if (input.textQuery && input.kinds.includes('POST')) {
    const textQuery = textQueryParam();
    branches.push(`
  SELECT 'POST' AS kind, c.id, ts_rank_cd(c.v, ${textQuery}, ${normalization}) * ${freshness('c.created_at')} AS score
    FROM ${newestMatches(
      'p',
      (where) => `SELECT p.id, p.created_at, p.search_vector AS v
            FROM post p LEFT JOIN space s ON s.id = p.space_id
           WHERE ${where} AND p.deleted_at IS NULL AND p.created_at <= ${asOf}
             AND ${[readableFilter(input.readable, memberIds()), ...contentFilters, ...dated('p')].join(' AND ')}`,
    )} c`);
  }
  if (input.textQuery && input.kinds.includes('COMMENT')) {
    const textQuery = textQueryParam();
    branches.push(`
  SELECT 'COMMENT' AS kind, c.id, ts_rank_cd(c.v, ${textQuery}, ${normalization}) * ${freshness('c.created_at')} AS score
    FROM ${newestMatches(
      'cm',
      (where) => `SELECT cm.id, cm.created_at, cm.search_vector AS v
            FROM comment cm JOIN post p ON p.id = cm.post_id LEFT JOIN space s ON s.id = p.space_id
           WHERE ${where} AND cm.deleted_at IS NULL AND p.deleted_at IS NULL AND cm.created_at <= ${asOf}
             AND ${[readableFilter(input.readable, memberIds()), ...contentFilters, ...dated('cm')].join(' AND ')}`,
    )} c`);
  }
  if (input.kinds.includes('SPACE')) {
    const nameQuery = nameQueryParam();
    branches.push(`
  SELECT 'SPACE' AS kind, s.id, ts_rank_cd(s.search_vector || coalesce(bp.search_vector, ''), ${nameQuery}, ${normalization}) AS score
    FROM space s LEFT JOIN business_project bp ON bp.space_id = s.id
   WHERE s.id IN (SELECT id FROM space WHERE search_vector @@ ${nameQuery}
                  UNION ALL SELECT space_id FROM business_project WHERE search_vector @@ ${nameQuery})
     AND s.created_at <= ${asOf} AND ${listableFilter(input.listable, memberIds())}`);
  }
  if (input.kinds.includes('USER')) {
    const nameQuery = nameQueryParam();
    branches.push(`
  SELECT 'USER' AS kind, u.id, ts_rank_cd(u.search_vector, ${nameQuery}, ${normalization}) AS score
    FROM app_user u
   WHERE u.search_vector @@ ${nameQuery} AND u.active AND u.created_at <= ${asOf}`);
  }
  if (branches.length === 0) throw new Error('buildSearchSql: no branch to search; the caller answers an empty page instead');

  const keyset = input.after
    ? `WHERE (score, kind, id) < (${p.add(input.after[0], 'float8')}, ${p.add(input.after[1], 'text')}, ${p.add(input.after[2], 'uuid')})`
    : '';
  const limit = p.add(input.limit, 'int');
  // The headline text of each kind; marker characters are removed so only ts_headline places them.
  const document = `translate(left(coalesce(
      (SELECT hp.body FROM post hp WHERE page.kind = 'POST' AND hp.id = page.id),
      (SELECT hc.body FROM comment hc WHERE page.kind = 'COMMENT' AND hc.id = page.id),
      (SELECT concat_ws(' · ', hs.name, nullif(hs.description, ''), hb.customer) FROM space hs
         LEFT JOIN business_project hb ON hb.space_id = hs.id WHERE page.kind = 'SPACE' AND hs.id = page.id),
      (SELECT concat_ws(' · ', hu.display_name, '@' || hu.handle, hu.title) FROM app_user hu WHERE page.kind = 'USER' AND hu.id = page.id)
    ), ${HEADLINE_TEXT_LIMIT}), ${START} || ${STOP}, '')`;
  // The headline in the first configuration that marks a match (names match only unstemmed).
  const headline = (config: string) => `ts_headline('${config}', d.text, ${nameQueryParam()}, ${HEADLINE_OPTIONS})`;
  const marked = (value: string) => `strpos(${value}, ${START}) > 0`;

  return {
    values: p.values,
    text: `WITH hits AS (${branches.join('\n  UNION ALL')}
), page AS (
  SELECT kind, id, score FROM hits ${keyset}
   ORDER BY score DESC, kind DESC, id DESC LIMIT ${limit}
), docs AS MATERIALIZED (
  SELECT page.*, ${document} AS text FROM page
)
SELECT d.kind, d.id, d.score,
       CASE WHEN ${marked('fr.h')} THEN fr.h WHEN ${marked('en.h')} THEN en.h ELSE ${headline('chantier_simple')} END AS headline
  FROM docs d
 CROSS JOIN LATERAL (SELECT ${headline('chantier_french')} AS h) fr
 CROSS JOIN LATERAL (SELECT CASE WHEN ${marked('fr.h')} THEN NULL ELSE ${headline('chantier_english')} END AS h) en
 ORDER BY d.score DESC, d.kind DESC, d.id DESC`,
  };
};
