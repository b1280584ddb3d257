import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSchemaSource, SCHEMA_FILE } from './schema-source';

writeFileSync(SCHEMA_FILE, await generateSchemaSource());
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
