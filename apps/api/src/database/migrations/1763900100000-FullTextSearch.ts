import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Full-text search over posts, comments, spaces (with their business project) and people
 * (docs/adr/0007-search-ranking.md).
 *
 * - Accents are removed by the text search configurations themselves (`unaccent` in front of
 *   the stemmer), rather than by wrapping the text in an unaccent() function: to_tsvector with
 *   a configuration is immutable, so it can feed generated columns, and ts_headline can then
 *   parse the ORIGINAL text and still mark "déploiement" for the query "deploiement".
 * - Every text is indexed twice, French and English stems, since people write both. Each
 *   language's stop words are also deleted from the other language's half (ts_delete), or every
 *   English "the" would be a French lexeme and "le la les" English ones: huge posting lists and
 *   stop-word-only queries matching everything.
 * - Names (people, spaces, customers, handles) are also indexed unstemmed (`chantier_simple`).
 * - Generated STORED columns: every existing INSERT/UPDATE (API, seed, bench COPY) keeps working
 *   unchanged. GIN indexes are partial on live rows, like the queries that use them.
 */

// PostgreSQL's own Snowball stop-word lists (share/tsearch_data/english.stop and french.stop),
// plus "les", which the French list lacks; frozen here so this migration never changes meaning.
const ENGLISH_STOP_WORDS = `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
  herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being
  have has had having do does did doing a an the and but if or because as until while of at by for with about against between into
  through during before after above below to from up down in out on off over under again further then once here there when where why
  how all any both each few more most other some such no nor not only own same so than too very s t can will just don should now`;
const FRENCH_STOP_WORDS = `au aux avec ce ces dans de des du elle en et eux il je la le les leur lui ma mais me même mes moi mon ne nos
  notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée
  étées étés étant étante étants étantes suis es est sommes êtes sont serai seras sera serons serez seront serais serait serions seriez
  seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois soit soyons soyez soient fusse fusses fût fussions fussiez
  fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions
  auriez auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient eusse eusses eût eussions
  eussiez eussent`;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export class FullTextSearch1763900100000 implements MigrationInterface {
  name = 'FullTextSearch1763900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // Qualified names, so the functions below resolve the same way whatever the search_path (pg_restore empties it).
    const [where] = (await db.query(
      `SELECT current_schema() AS schema, (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
         WHERE e.extname = 'unaccent') AS "unaccentSchema"`,
    )) as { schema: string; unaccentSchema: string }[];
    const schema = ident(where!.schema);
    const unaccent = `${ident(where!.unaccentSchema)}.unaccent`;
    for (const [config, stemmer] of [
      ['chantier_french', 'french_stem'],
      ['chantier_english', 'english_stem'],
      ['chantier_simple', 'simple'],
    ] as const) {
      const copy = stemmer === 'simple' ? 'simple' : stemmer.replace('_stem', '');
      await db.query(`
        CREATE TEXT SEARCH CONFIGURATION ${schema}.${config} (COPY = pg_catalog.${copy});
        ALTER TEXT SEARCH CONFIGURATION ${schema}.${config} ALTER MAPPING FOR hword, hword_part, word WITH ${unaccent}, pg_catalog.${stemmer}`);
    }

    // Both lists as each half sees them: the other language's stop words, and this language's own
    // accented ones, which unaccent turns into lexemes ("à" → "a", "été" → "ete").
    const [stops] = (await db.query(
      `SELECT array(SELECT lexeme FROM unnest(to_tsvector(${literal(`${schema}.chantier_french`)}::regconfig, $1)) ORDER BY 1)::text AS fr,
              array(SELECT lexeme FROM unnest(to_tsvector(${literal(`${schema}.chantier_english`)}::regconfig, $1)) ORDER BY 1)::text AS en`,
      [`${ENGLISH_STOP_WORDS} ${FRENCH_STOP_WORDS}`],
    )) as { fr: string; en: string }[];

    await db.query(`
      CREATE FUNCTION ${schema}.chantier_search_text(body text, weight "char") RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
          SELECT setweight(ts_delete(to_tsvector(${literal(`${schema}.chantier_french`)}::regconfig, coalesce(body, '')),
                                     ${literal(stops!.fr)}::text[]), weight)
              || setweight(ts_delete(to_tsvector(${literal(`${schema}.chantier_english`)}::regconfig, coalesce(body, '')),
                                     ${literal(stops!.en)}::text[]), weight)
        $fn$;
      COMMENT ON FUNCTION ${schema}.chantier_search_text(text, "char") IS
        'French and English stems of a text, accents removed, each language''s stop words removed from both halves.';

      CREATE FUNCTION ${schema}.chantier_search_name(name text, weight "char") RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$
          SELECT setweight(to_tsvector(${literal(`${schema}.chantier_simple`)}::regconfig, coalesce(name, '')), weight)
        $fn$;
      COMMENT ON FUNCTION ${schema}.chantier_search_name(text, "char") IS 'The words of a name, lower-cased, accents removed, unstemmed.';

      ALTER TABLE post ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (${schema}.chantier_search_text(body, 'B')) STORED;
      CREATE INDEX post_search_idx ON post USING gin (search_vector) WHERE deleted_at IS NULL;

      ALTER TABLE comment ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (${schema}.chantier_search_text(body, 'B')) STORED;
      CREATE INDEX comment_search_idx ON comment USING gin (search_vector) WHERE deleted_at IS NULL;
      -- Newest first, like post_recent_idx: a common word is answered by walking this until enough matches are found.
      CREATE INDEX comment_recent_idx ON comment (created_at DESC, id DESC) WHERE deleted_at IS NULL;

      ALTER TABLE space ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (${schema}.chantier_search_name(name, 'A') || ${schema}.chantier_search_text(name, 'A')
                             || ${schema}.chantier_search_text(description, 'C')) STORED;
      CREATE INDEX space_search_idx ON space USING gin (search_vector);

      -- The customer lives here; a space matches when either vector does.
      ALTER TABLE business_project ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (${schema}.chantier_search_name(customer, 'B') || ${schema}.chantier_search_text(customer, 'B')
                             || ${schema}.chantier_search_name(external_key, 'B') || ${schema}.chantier_search_text(goal, 'C')) STORED;
      CREATE INDEX business_project_search_idx ON business_project USING gin (search_vector);

      -- The handle both whole ("jean-marc.dupont") and in words ("jean marc dupont").
      ALTER TABLE app_user ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (${schema}.chantier_search_name(display_name, 'A') || ${schema}.chantier_search_name(handle, 'A')
                             || ${schema}.chantier_search_name(translate(handle, '._-', '   '), 'A')
                             || ${schema}.chantier_search_text(title, 'B')) STORED;
      CREATE INDEX app_user_search_idx ON app_user USING gin (search_vector) WHERE active;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE app_user DROP COLUMN search_vector;
      ALTER TABLE business_project DROP COLUMN search_vector;
      ALTER TABLE space DROP COLUMN search_vector;
      DROP INDEX comment_recent_idx;
      ALTER TABLE comment DROP COLUMN search_vector;
      ALTER TABLE post DROP COLUMN search_vector;
      DROP FUNCTION chantier_search_name(text, "char");
      DROP FUNCTION chantier_search_text(text, "char");
      DROP TEXT SEARCH CONFIGURATION chantier_simple;
      DROP TEXT SEARCH CONFIGURATION chantier_english;
      DROP TEXT SEARCH CONFIGURATION chantier_french;
    `);
  }
}
