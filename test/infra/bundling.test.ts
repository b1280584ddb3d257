import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { describe, expect, it } from 'vitest';
import { PlatformFunction } from '../../infra/aws/constructs/platform-function';
import { apiEvent } from '../support/api-gateway-events';
import { templateOf, testApp } from '../support/synth-platform-stack';

// One function bundled for real, with the platform's bundling options: the others differ only in entry.
const app = testApp({ 'aws:cdk:bundling-stacks': ['**'], 'aws:cdk:enable-asset-metadata': true });
const stack = new Stack(app, 'Bundled');
new PlatformFunction(stack, 'Health', {
  handler: 'health/get-health',
  environment: { TABLE_NAME: 'table', EVENT_BUS_NAME: 'bus', SERVICE_VERSION: '9.9.9' },
  logRetention: RetentionDays.ONE_DAY,
  logRemovalPolicy: RemovalPolicy.DESTROY,
});
const [fn] = Object.values(templateOf(stack).findResources('AWS::Lambda::Function'));
const assetDir = join(app.outdir, fn!.Metadata['aws:asset:path']);
const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');

describe('the bundle', () => {
  it('is minified ESM with a require() for the CommonJS inside, and a source map beside it', () => {
    expect(bundle.startsWith("import { createRequire as __platformCreateRequire } from 'node:module';")).toBe(true);
    expect(bundle).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
    expect(bundle.split('\n').length).toBeLessThan(bundle.length / 1000);
    expect(JSON.parse(readFileSync(join(assetDir, 'index.mjs.map'), 'utf8')).mappings.length).toBeGreaterThan(0);
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
