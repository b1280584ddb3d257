import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRequestCollection, COLLECTION_DIR } from '../../clients/http/scripts/request-collection';
import { routes } from '../../functions/routes';
import { isDocumented } from '../../shared/http/route';

const directory = fileURLToPath(COLLECTION_DIR);

describe('the .http request collection', () => {
  it('is what the route table generates (run `npm run generate:requests` when this fails)', () => {
    const generated = buildRequestCollection();
    const onDisk = readdirSync(directory).filter((name) => name.endsWith('.http'));
    expect(onDisk.sort()).toEqual([...generated.keys()].sort());
    for (const [name, text] of generated) expect(readFileSync(`${directory}${name}`, 'utf8'), name).toBe(text);
  });

  it('has every route of the API contract, once, and not the docs page', () => {
    const all = [...buildRequestCollection().values()].join('\n');
    for (const route of routes.filter((r) => !isDocumented(r))) expect(all, route.operationId).not.toContain(`# @name ${route.operationId}\n`);
    for (const route of routes.filter(isDocumented)) expect(all.match(new RegExp(`^# @name ${route.operationId}$`, 'gm')), route.operationId).toHaveLength(1);
  });
});
