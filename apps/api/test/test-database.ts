import pg from 'pg';

/*
 * Test files share one PostgreSQL server (embedded, or DATABASE_URL) and each gets its own
 * database, copied from a template that global-setup migrated once.
 */

export const TEMPLATE_DATABASE = 'chantier_test_template';
export const SERVER_URL_VARIABLE = 'CHANTIER_TEST_SERVER_URL';

export const serverUrl = (): string => {
  const url = process.env[SERVER_URL_VARIABLE];
  if (!url) throw new Error(`${SERVER_URL_VARIABLE} is unset: run the tests through jest so global-setup starts PostgreSQL.`);
  return url;
};

/** The URL of `database` on the test server. */
export const databaseUrl = (database: string, base = serverUrl()): string => {
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
};

export const withAdminClient = async <T>(run: (client: pg.Client) => Promise<T>, base = serverUrl()): Promise<T> => {
  const client = new pg.Client({ connectionString: databaseUrl('postgres', base) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

export const createDatabaseFromTemplate = async (name: string): Promise<string> => {
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE ${TEMPLATE_DATABASE}`));
  return databaseUrl(name);
};

export const dropDatabase = async (name: string): Promise<void> => {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
};
