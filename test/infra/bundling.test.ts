import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFiles } from '../../functions/bundle-files';
import { getDocsAssetRoute } from '../../functions/docs/docs-routes';
import { fallbackHandler, routes } from '../../functions/routes';
import { buildOpenApiDocument } from '../../functions/openapi/build-openapi-document';
import { PlatformFunction } from '../../infra/aws/constructs/platform-function';
import { type HttpFunctionGroup, httpFunctionGroups } from '../../infra/aws/http-function-groups';
import { routeKey } from '../../shared/http/route';
import { routeChunkOf, staticallyRead } from '../../bench/esbuild-bundle';
import { apiEvent } from '../support/api-gateway-events';
import { catalogSeed } from '../../shared/catalog/catalog-seed';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { seedCatalog } from '../../shared/catalog/seed-catalog';
import { useDynamoDbTable } from '../support/dynamodb';
import { templateOf, testApp } from '../support/synth-platform-stack';

// One function bundled for real, with the platform's bundling options: the others differ only in entry.
const app = testApp({ 'aws:cdk:bundling-stacks': ['**'], 'aws:cdk:enable-asset-metadata': true });
const stack = new Stack(app, 'Bundled');
/** A function of the test stack, bundled for real, with the environment the handlers need. */
const addFunction = (id: string, props: { handler: string; routes?: HttpFunctionGroup['routes'] }) =>
  new PlatformFunction(stack, id, {
    ...props,
    environment: { TABLE_NAME: 'table', EVENT_BUS_NAME: 'bus', SERVICE_VERSION: '9.9.9' },
    logRetention: RetentionDays.ONE_DAY,
    logRemovalPolicy: RemovalPolicy.DESTROY,
  });
addFunction('Health', { handler: 'health/get-health' });
// And the docs page's, whose bundle must carry the Swagger UI files it reads at run time.
addFunction('Docs', { handler: 'docs/get-docs' });
// And an HTTP function of several routes as the stack groups them: the public routes that hold no rights.
const publicGroup = httpFunctionGroups(routes, fallbackHandler).find((group) => group.name === 'public-api/no-rights')!;
addFunction('PublicRoutes', { handler: publicGroup.name, routes: publicGroup.routes });
// And a second one of the same caller kind, whose code must be its own (the CDK stages an asset per source folder).
const catalogGroup = httpFunctionGroups(routes, fallbackHandler).find((group) => group.name === 'public-api/reads')!;
addFunction('PublicReads', { handler: catalogGroup.name, routes: catalogGroup.routes });
// And two functions of one folder, each with code of its own (the CDK caches a bundle by source folder and
// options), one of which loads the S3 client only when it first calls S3.
addFunction('ScheduledBackups', { handler: 'backups/run-scheduled-backups' });
addFunction('BackupWorkflows', { handler: 'backups/start-backup-workflows' });
const bundled = Object.values(templateOf(stack).findResources('AWS::Lambda::Function'));
const assetDirOf = (name: string) =>
  join(app.outdir, bundled.find((f) => f.Properties.Description === `functions/${name}` || String(f.Properties.Description).startsWith(`${name}: `))!.Metadata['aws:asset:path']);
const assetDir = assetDirOf('health/get-health');
const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');

describe('the bundle', () => {
  it('is minified ESM with a require() for the CommonJS inside, and a source map beside it', () => {
    expect(bundle.startsWith("import { createRequire as __platformCreateRequire } from 'node:module';")).toBe(true);
    expect(bundle).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
    expect(bundle.split('\n').length).toBeLessThan(bundle.length / 1000);
    expect(JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')).mappings.length).toBeGreaterThan(0);
  });

  it('takes node:http through require() and the AWS credentials from the environment only', () => {
    // An ESM import of node:http would load Node's internal undici at every cold start (function-bundling.ts).
    expect(bundle).not.toMatch(/from\s*["'](node:)?http["']/);
    expect(bundle).toContain("getBuiltinModule('node:http')".replaceAll("'", '"'));
    // The default chain's other providers (SSO, ini files, instance metadata) are not in the bundle.
    expect(bundle).not.toContain('defaultProvider::fromSSO');
    expect(bundle).not.toContain('credential_process');
  });

  it('loads in plain Node and answers a request, as Lambda will run it', () => {
    // A separate Node process: no vitest transform between the bundle and the runtime.
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(assetDir, 'index.mjs')).href)});
      const result = await handler(JSON.parse(process.env.EVENT), { awsRequestId: 'r', functionName: 'f', getRemainingTimeInMillis: () => 1000 });
      process.stdout.write(JSON.stringify(result));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, EVENT: JSON.stringify(apiEvent('GET', '/v1/health')), SERVICE_VERSION: '9.9.9', POWERTOOLS_LOG_LEVEL: 'SILENT' },
      encoding: 'utf8',
    });
    const result = JSON.parse(output) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ status: 'ok', version: '9.9.9' });
  });
});

describe('the bundles of two functions of one folder', () => {
  const scheduledDir = assetDirOf('backups/run-scheduled-backups');
  const workflowsDir = assetDirOf('backups/start-backup-workflows');
  /** The code a cold start reads: the entry and what it imports statically, not what it import()s. */
  const coldStartCode = (dir: string) => [...staticallyRead(join(dir, 'index.mjs'))].map((file) => readFileSync(file, 'utf8')).join('\n');

  it('are each their own', () => {
    expect(scheduledDir).not.toBe(workflowsDir);
    expect(readFileSync(join(scheduledDir, 'index.mjs'), 'utf8')).not.toBe(readFileSync(join(workflowsDir, 'index.mjs'), 'utf8'));
  });

  it('keep a client loaded on first call (S3) in a chunk the cold start does not read', () => {
    const chunks = readdirSync(join(scheduledDir, 'chunks')).map((name) => readFileSync(join(scheduledDir, 'chunks', name), 'utf8'));
    expect(chunks.some((code) => code.includes('PutObject'))).toBe(true);
    expect(coldStartCode(scheduledDir)).not.toContain('PutObject');
  });
});

describe('a bundle that reads files at run time (the docs page)', () => {
  const docsDir = assetDirOf('docs/get-docs');

  it('carries them under node_modules/, beside the code', () => {
    expect(bundleFiles['docs/get-docs']!.length).toBeGreaterThan(0);
    for (const file of bundleFiles['docs/get-docs']!) {
      expect(readFileSync(join(docsDir, 'node_modules', file)).equals(readFileSync(join(process.cwd(), 'node_modules', file))), file).toBe(true);
    }
  });

  it('serves the page and its assets from a copy of the bundle alone, as Lambda will run it', () => {
    // Outside the repository, so Node cannot find the files in the repository's own node_modules instead.
    const copy = mkdtempSync(join(tmpdir(), 'docs-bundle-'));
    try {
      cpSync(docsDir, copy, { recursive: true });
      expect(existsSync(join(copy, 'index.mjs'))).toBe(true);
      const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(copy, 'index.mjs')).href)});
        const context = { awsRequestId: 'r', functionName: 'f', getRemainingTimeInMillis: () => 1000 };
        const page = await handler(JSON.parse(process.env.PAGE), context);
        const file = 'swagger-ui-bundle.' + page.body.split('/docs/assets/swagger-ui-bundle.')[1].split('"')[0];
        const asset = await handler({ ...JSON.parse(process.env.ASSET), pathParameters: { file } }, context);
        process.stdout.write(JSON.stringify({ page: page.statusCode, asset: asset.statusCode, encoding: asset.headers['content-encoding'], bytes: asset.body.length }));`;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: copy,
        env: {
          ...process.env,
          PAGE: JSON.stringify(apiEvent('GET', '/docs')),
          ASSET: JSON.stringify(apiEvent('GET', '/docs/assets/x', { routeKey: routeKey(getDocsAssetRoute), headers: { 'accept-encoding': 'gzip' } })),
          POWERTOOLS_LOG_LEVEL: 'SILENT',
        },
        encoding: 'utf8',
      });
      expect(JSON.parse(output)).toEqual({ page: 200, asset: 200, encoding: 'gzip', bytes: expect.any(Number) });
      expect(JSON.parse(output).bytes).toBeGreaterThan(100_000);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('the bundle of an HTTP function serving several routes', () => {
  const groupDir = assetDirOf(publicGroup.name);

  it('answers each route key with its own module, and a key it does not serve with a 404 problem', () => {
    expect(publicGroup.routes.map((route) => route.handler)).toEqual(expect.arrayContaining(['health/get-health', 'docs/get-docs', fallbackHandler]));
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(groupDir, 'index.mjs')).href)});
      const context = { awsRequestId: 'r', functionName: 'f', getRemainingTimeInMillis: () => 1000 };
      const answers = [];
      for (const event of JSON.parse(process.env.EVENTS)) {
        const { statusCode, headers, body } = await handler(event, context);
        answers.push({ statusCode, type: headers['content-type'], body: body.slice(0, 1000) });
      }
      process.stdout.write(JSON.stringify(answers));`;
    const events = [
      apiEvent('GET', '/v1/health'),
      apiEvent('GET', '/docs'),
      apiEvent('GET', '/v1/no-such-thing', { routeKey: '$default' }),
      // A key API Gateway would never send this function: a customer's route.
      apiEvent('GET', '/v1/subscriptions'),
      // A path of the table with a method it lacks: the fallback's 405 names what the table allows.
      apiEvent('PUT', '/v1/webhooks/01JD7Y7Q00000000000000WHK1', { routeKey: '$default' }),
    ];
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: groupDir,
      env: { ...process.env, EVENTS: JSON.stringify(events), SERVICE_VERSION: '9.9.9', POWERTOOLS_LOG_LEVEL: 'SILENT' },
      encoding: 'utf8',
    });
    const [health, docs, fallback, foreign, wrongMethod] = JSON.parse(output) as Array<{ statusCode: number; type: string; body: string }>;
    expect(JSON.parse(health!.body)).toEqual({ status: 'ok', version: '9.9.9' });
    expect(docs).toMatchObject({ statusCode: 200, type: expect.stringContaining('text/html') });
    expect(fallback).toMatchObject({ statusCode: 404, type: 'application/problem+json' });
    expect(JSON.parse(fallback!.body).detail).toContain('/v1/no-such-thing');
    expect(foreign).toMatchObject({ statusCode: 404, type: 'application/problem+json' });
    expect(JSON.parse(foreign!.body).detail).toBe('No route of this function matches the request.');
    const allowed = routes.filter((route) => route.path === '/v1/webhooks/{id}').map((route) => route.method);
    expect(allowed.length).toBeGreaterThan(1);
    expect(wrongMethod).toMatchObject({ statusCode: 405, type: 'application/problem+json' });
    expect(JSON.parse(wrongMethod!.body).detail).toBe(`PUT is not allowed on /v1/webhooks/01JD7Y7Q00000000000000WHK1; use ${allowed.join(', ')}.`);
  });

  it("matches the fallback's requests against route keys it carried, not the route table: its cold start reads none of the routes' schemas", () => {
    const entry = readFileSync(join(groupDir, 'index.mjs'), 'utf8');
    const fallbackChunk = routeChunkOf(entry, '$default');
    expect(fallbackChunk).toBeDefined();
    const read = [...staticallyRead(join(groupDir, fallbackChunk!), staticallyRead(join(groupDir, 'index.mjs')))].map((file) => readFileSync(file, 'utf8')).join('\n');
    // Every path of the table is there (the carried keys), but no route's summary: the route table was not bundled into it.
    for (const route of routes) expect(read).toContain(route.path);
    const summaries = routes.filter((route) => !publicGroup.routes.some((own) => own.handler === route.handler)).map((route) => route.summary);
    expect(summaries.length).toBeGreaterThan(50);
    for (const summary of summaries) expect(read, summary).not.toContain(summary);
  });

  it('is split per route: a small entry that imports no route, and the routes’ code in chunks beside it', () => {
    const entry = readFileSync(join(groupDir, 'index.mjs'), 'utf8');
    const chunks = readdirSync(join(groupDir, 'chunks')).filter((name) => name.endsWith('.mjs'));
    // Each route's lazy import() is a chunk of its own; what the routes share is in shared chunks.
    expect(chunks.length).toBeGreaterThanOrEqual(publicGroup.routes.length);
    expect(entry.length).toBeLessThan(20_000);
    expect(entry.match(/import\(["'][^"']*chunks\//g)?.length).toBeGreaterThanOrEqual(new Set(publicGroup.routes.map((route) => route.handler)).size);
  });

  it('is its own: another HTTP function of the same caller kind is bundled from its own entry, with its own routes', () => {
    const catalogDir = assetDirOf(catalogGroup.name);
    expect(catalogDir).not.toBe(groupDir);
    const entryOf = (dir: string) => readFileSync(join(dir, 'index.mjs'), 'utf8');
    for (const route of catalogGroup.routes) {
      expect(entryOf(catalogDir), route.key).toContain(route.key);
      expect(entryOf(groupDir), route.key).not.toContain(route.key);
    }
    for (const route of publicGroup.routes) expect(entryOf(groupDir), route.key).toContain(route.key);
  });

  it('serves the OpenAPI document it carried from the bundle, equal to the one the route table builds', () => {
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(groupDir, 'index.mjs')).href)});
      const context = { awsRequestId: 'r', functionName: 'f', getRemainingTimeInMillis: () => 1000 };
      const plain = await handler(JSON.parse(process.env.PLAIN), context);
      const gzipped = await handler(JSON.parse(process.env.GZIPPED), context);
      process.stdout.write(JSON.stringify({ plain: plain.body, gzipped: gzipped.body, encoding: gzipped.headers['content-encoding'] }));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: groupDir,
      env: {
        ...process.env,
        PLAIN: JSON.stringify(apiEvent('GET', '/v1/openapi.json')),
        GZIPPED: JSON.stringify(apiEvent('GET', '/v1/openapi.json', { headers: { 'accept-encoding': 'gzip' } })),
        SERVICE_VERSION: '9.9.9',
        POWERTOOLS_LOG_LEVEL: 'SILENT',
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { plain, gzipped, encoding } = JSON.parse(output) as { plain: string; gzipped: string; encoding: string };
    const built = buildOpenApiDocument('9.9.9');
    expect(JSON.parse(plain)).toEqual(built);
    expect(encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(gzipped, 'base64')).toString('utf8'))).toEqual(built);
    // Carried, not built at the request: a chunk holds the document gzipped at bundle time (base64, so its text is found as is).
    const carried = gzipSync(JSON.stringify(built), { level: 9 }).toString('base64').slice(0, 200);
    expect(readdirSync(join(groupDir, 'chunks')).some((name) => readFileSync(join(groupDir, 'chunks', name), 'utf8').includes(carried))).toBe(true);
    // And only the OpenAPI route loads it: no chunk the entry imports for every route holds it.
    const staticImports = [...readFileSync(join(groupDir, 'index.mjs'), 'utf8').matchAll(/from\s*["']\.\/(chunks\/[^"']+)["']/g)].map((match) => match[1]!);
    expect(staticImports.length).toBeGreaterThan(0);
    for (const chunk of staticImports) expect(readFileSync(join(groupDir, chunk), 'utf8').includes(carried), chunk).toBe(false);
  });

  it('carries the files any of its routes reads at run time (the docs page its Swagger UI)', () => {
    expect(bundleFiles['docs/get-docs']!.length).toBeGreaterThan(0);
    for (const file of bundleFiles['docs/get-docs']!) expect(existsSync(join(groupDir, 'node_modules', file)), file).toBe(true);
  });
});

describe('the bundle of an HTTP function that reads the table', () => {
  // The platform's own DynamoDB client (shared/aws/dynamodb) as bundled: its node:http is the CommonJS one the
  // bundling aliases, which an import() would have handed back as `default` (the bench found that, not a test).
  const table = useDynamoDbTable('bundled-reads');
  beforeAll(async () => {
    await seedCatalog({ services: dynamoServiceStore(table().doc, table().tableName), now: () => new Date() } as never);
  });

  it('answers GET /v1/services from DynamoDB Local with the seeded catalog, signing with the environment’s credentials', () => {
    const catalogDir = assetDirOf(catalogGroup.name);
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(catalogDir, 'index.mjs')).href)});
      const context = { awsRequestId: 'r', functionName: 'f', getRemainingTimeInMillis: () => 1000 };
      const { statusCode, body } = await handler(JSON.parse(process.env.EVENT), context);
      process.stdout.write(JSON.stringify({ statusCode, body }));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: catalogDir,
      env: {
        PATH: process.env.PATH,
        EVENT: JSON.stringify(apiEvent('GET', '/v1/services', { routeKey: 'GET /v1/services' })),
        TABLE_NAME: table().tableName,
        EVENT_BUS_NAME: 'bus',
        SERVICE_VERSION: '9.9.9',
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_DYNAMODB: table().endpoint,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        POWERTOOLS_LOG_LEVEL: 'SILENT',
      },
      encoding: 'utf8',
    });
    const { statusCode, body } = JSON.parse(output) as { statusCode: number; body: string };
    expect(statusCode).toBe(200);
    const slugs = (JSON.parse(body) as { items: { slug: string }[] }).items.map((service) => service.slug);
    expect(slugs.sort()).toEqual(catalogSeed.map((service) => service.slug).sort());
  });
});
