import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRequestCollection, COLLECTION_DIR } from './request-collection';

const directory = fileURLToPath(COLLECTION_DIR);
for (const stale of readdirSync(directory).filter((name) => name.endsWith('.http'))) rmSync(`${directory}${stale}`);
for (const [name, text] of buildRequestCollection()) writeFileSync(`${directory}${name}`, text);
console.log(`wrote ${buildRequestCollection().size} request files to ${directory}`);
