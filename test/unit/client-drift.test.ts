import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemaSource, SCHEMA_FILE } from '../../clients/typescript/scripts/schema-source';

describe('the typed client', () => {
  it('is generated from the current route table (run `npm run generate:client` when this fails)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await generateSchemaSource());
  });
});
