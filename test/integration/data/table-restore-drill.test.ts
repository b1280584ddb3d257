import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalPlatform } from '../../../infra/local/local-platform';
import { localIdentity } from '../../../infra/local/local-identity';
import { createTableInput } from '../../../shared/data/table-design';
import { apiClient } from '../../support/api-client';
import { ctrlC, type NpmRun, npmRuns, type NpmStarted } from '../../support/npm-runs';
import { dynamoDbLocalPidsIn } from '../../support/processes';
import { registerWorker, settledInstance } from '../../support/provisioning';

/**
 * docs/runbook.md "Restore drill: the platform's table", walked on this machine with the commands it gives:
 * `npm start`, data made over HTTP, `npm run table:export` from the running platform, `npm run table:import`
 * as a new table (beside the live one to check it, then into a new data folder), `npm start` on that folder,
 * and the same data found over HTTP.
 *
 * Both platforms run as `npm start` processes, not in this one: a platform's handlers make their SDK clients
 * once per process (shared/aws/clients.ts) and read TABLE_NAME and the endpoints from process.env, so a second
 * platform on another DynamoDB Local cannot share a process with the first.
 */

const scratch = mkdtempSync(join(tmpdir(), 'paas-restore-drill-'));
const originalDir = join(scratch, 'original');
const restoredDir = join(scratch, 'restored');
const exportDir = join(scratch, 'table-export');
const original = npmRuns(originalDir);
const restored = npmRuns(restoredDir);

afterAll(async () => {
  // A test that failed half-way must not leave a platform (and its Java) running.
  await original.stopAll();
  await restored.stopAll();
  rmSync(scratch, { recursive: true, force: true });
});

/** An npm command run to its end, with its exit code and what it printed. */
const finished = async (run: NpmRun) => {
  const code = await new Promise<number | null>((resolve) => run.child.once('close', resolve));
  return { code, output: run.output() };
};

/**
 * The HTTP client of test/support, on a platform started by `npm start`: its URL, admin tokens from its data
 * folder, and its mail folder there (a registration's verification link is read from it).
 */
const clientOf = (started: NpmStarted, dataDir: string) =>
  apiClient(() => ({ url: started.api, mintAdminToken: localIdentity(join(dataDir, 'keys')).mintAdminToken, mailDir: join(dataDir, 'mail') }) as unknown as LocalPlatform);

const localDynamo = (endpoint: string) => new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/** Every record a table's stream holds, from the oldest. */
const streamRecords = async (endpoint: string, tableName: string) => {
  const dynamo = localDynamo(endpoint);
  const streams = new DynamoDBStreamsClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: Table!.LatestStreamArn! }));
    let records = 0;
    for (const shard of StreamDescription?.Shards ?? []) {
      const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: Table!.LatestStreamArn!, ShardId: shard.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }));
      records += (await streams.send(new GetRecordsCommand({ ShardIterator }))).Records?.length ?? 0;
    }
    return { table: Table!, records };
  } finally {
    dynamo.destroy();
    streams.destroy();
  }
};

describe("the restore drill of the platform's table (docs/runbook.md), on DynamoDB Local", () => {
  it('a table exported from a running platform and imported as a new table serves the same customer, password, session, subscription and webhook to a platform started on it', async () => {
    // 1. The platform, with a customer who has a running subscription and a webhook endpoint, made over HTTP.
    const first = await original.start();
    const before = clientOf(first, originalDir);
    await registerWorker(before, 'drill-node', { heartbeats: true });
    const password = 'correct horse battery staple, restored';
    const ada = await before.register({ email: 'ada.restore@example.com', password, name: 'Ada' });
    const webhook = await before.call('POST', '/v1/webhooks', { token: ada.accessToken, body: { url: 'http://127.0.0.1:9/drill', eventTypes: ['instance.running', 'subscription.cancelled'], description: 'drill' } });
    expect(webhook.status, webhook.text).toBe(201);
    const created = await before.call('POST', '/v1/subscriptions', { token: ada.accessToken, body: { serviceSlug: 'n8n', planId: 'starter' } });
    expect(created.status, created.text).toBe(202);
    const subscriptionId = created.json.subscription.id as string;
    expect((await settledInstance(before, ada.accessToken, subscriptionId)).status).toBe('RUNNING');
    const seen = {
      me: (await before.call('GET', '/v1/auth/me', { token: ada.accessToken })).json,
      subscriptions: (await before.call('GET', '/v1/subscriptions', { token: ada.accessToken })).json,
      instance: (await before.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token: ada.accessToken })).json,
      webhooks: (await before.call('GET', '/v1/webhooks', { token: ada.accessToken })).json,
    };
    expect(seen.subscriptions.items).toEqual([expect.objectContaining({ id: subscriptionId, status: 'ACTIVE', serviceSlug: 'n8n' })]);
    expect(seen.webhooks.items).toEqual([webhook.json.webhook]);

    // 2. Export the live table (the endpoint npm start printed), as DynamoDB's export to S3 writes it.
    const exported = await finished(original.run(['run', 'table:export', '--', '--endpoint', first.dynamo, '--out', exportDir, '--gzip']));
    expect(exported.code, exported.output).toBe(0);
    const itemCount = Number(/Exported (\d+) items of paas-platform-local/.exec(exported.output)?.[1]);
    expect(itemCount).toBeGreaterThan(10);
    const summary = JSON.parse(readFileSync(join(exportDir, 'manifest-summary.json'), 'utf8'));
    expect(summary).toMatchObject({ outputFormat: 'DYNAMODB_JSON', tableName: 'paas-platform-local', itemCount });

    // 3. Check it: import it as a new table beside the live one. Same keys, indexes and stream as the platform's
    //    table; every item; and the stream starts after the import, so no old event is published again.
    const beside = await finished(original.run(['run', 'table:import', '--', '--in', exportDir, '--endpoint', first.dynamo, '--table', 'paas-platform-drill']));
    expect(beside.code, beside.output).toBe(0);
    expect(beside.output).toMatch(new RegExp(`Imported ${itemCount} items into the new table paas-platform-drill .*; it holds ${itemCount}\\.`));
    const { table, records } = await streamRecords(first.dynamo, 'paas-platform-drill');
    const design = createTableInput('paas-platform-drill');
    expect(table.KeySchema).toEqual(design.KeySchema);
    expect(table.GlobalSecondaryIndexes?.map((index) => ({ IndexName: index.IndexName, KeySchema: index.KeySchema })).sort((a, b) => a.IndexName!.localeCompare(b.IndexName!))).toEqual(
      design.GlobalSecondaryIndexes.map(({ IndexName, KeySchema }) => ({ IndexName, KeySchema })),
    );
    expect(table.StreamSpecification).toEqual(design.StreamSpecification);
    expect(records).toBe(0);
    // A restore never writes into a table that exists.
    const again = await finished(original.run(['run', 'table:import', '--', '--in', exportDir, '--endpoint', first.dynamo, '--table', 'paas-platform-drill']));
    expect(again.code).toBe(1);
    expect(again.output).toContain('Table paas-platform-drill exists');

    // 4. The original is gone: its platform stopped and its data folder deleted.
    await ctrlC(first, () => dynamoDbLocalPidsIn(originalDir).length === 0, 60_000);
    expect(dynamoDbLocalPidsIn(originalDir)).toEqual([]);
    rmSync(originalDir, { recursive: true, force: true });

    // 5. Import it as the table of a new data folder, and start the platform there.
    const imported = await finished(restored.run(['run', 'table:import', '--', '--in', exportDir, '--data-dir', restoredDir]));
    expect(imported.code, imported.output).toBe(0);
    expect(imported.output).toContain(`Imported ${itemCount} items into the new table paas-platform-local`);
    const second = await restored.start();
    const after = clientOf(second, restoredDir);

    // 6. The same data, over HTTP: the password signs in, the session made before still refreshes, and the
    //    subscription, its instance and the webhook endpoint are listed as they were.
    const login = await after.login('ada.restore@example.com', password);
    expect(login.status, login.text).toBe(200);
    const token = login.json.accessToken as string;
    expect((await after.refresh(ada.refreshToken)).status).toBe(200);
    expect((await after.login('ada.restore@example.com', 'not the password at all')).status).toBe(401);
    expect((await after.call('GET', '/v1/auth/me', { token })).json).toEqual(seen.me);
    expect((await after.call('GET', '/v1/subscriptions', { token })).json).toEqual(seen.subscriptions);
    expect((await after.call('GET', `/v1/subscriptions/${subscriptionId}/instance`, { token })).json).toEqual(seen.instance);
    expect((await after.call('GET', '/v1/webhooks', { token })).json).toEqual(seen.webhooks);
    // The access token signed before is not: the local signing key lives in the data folder, not in the table.
    expect((await after.call('GET', '/v1/auth/me', { token: ada.accessToken })).status).toBe(401);
    // An administrator finds the customer too.
    const users = await after.call('GET', '/v1/admin/users', { token: await after.adminToken() });
    expect(users.json.items.map((user: { email: string }) => user.email)).toContain('ada.restore@example.com');

    await ctrlC(second, () => dynamoDbLocalPidsIn(restoredDir).length === 0, 60_000);
    expect(dynamoDbLocalPidsIn(restoredDir)).toEqual([]);
  }, 360_000);
});
