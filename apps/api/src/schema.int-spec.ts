import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';

import { startTestApp, type TestApp } from '../test/test-app.js';

const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../schema.graphql');

/*
 * apps/api/schema.graphql is the contract clients and codegen read. It is generated from the
 * code-first resolvers; this test fails when they drift. `npm run schema -w @chantier/api` rewrites it.
 */
describe('GraphQL schema file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the schema the resolvers produce', async () => {
    const printed = `${printSchema(t.server.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') await writeFile(SCHEMA_FILE, printed);
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
