import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import {
  type AttributeValue,
  BatchWriteItemCommand,
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  ScanCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { createTableInput, tableDesign } from '../../shared/data/table-design';
import { LOCAL_TABLE_NAME } from './local-platform';
import { type DynamoJson, isMain, itemFromDynamoJson, type ManifestFile, type ManifestSummary, md5Base64Of, tableLocation } from './table-export';

/**
 * `npm run table:import`: a NEW table made from an export (DynamoDB's own export to S3 in DYNAMODB_JSON, or
 * `npm run table:export`'s, which writes the same), the way DynamoDB's ImportTable makes one:
 * 1. refuse if the table exists: a restore never writes into a table that holds data;
 * 2. create it from the platform's table design (shared/data/table-design.ts: keys, both GSIs, on demand),
 *    which the local runtime creates its own table from too, with the TTL attribute on, but without its stream;
 * 3. write every item with BatchWriteItem, 25 at a time, a few batches in flight, retrying what DynamoDB
 *    leaves unprocessed with growing pauses;
 * 4. turn the stream on (NEW_AND_OLD_IMAGES), so it starts after the import: a platform started on the table
 *    finds the outbox's old events as history, not as new records to forward again (ImportTable, too, makes
 *    a table with no stream records of its items);
 * 5. count the table's items and compare with the export's manifest.
 *
 *   npm run table:import -- --in .scratch/table-export --data-dir .scratch/data-restored   # DynamoDB Local on a new data folder; then npm start -- --data-dir .scratch/data-restored
 *   npm run table:import -- --in .scratch/table-export --endpoint http://127.0.0.1:8000 --table paas-platform-restored
 *   options: --table NAME (default paas-platform-local, the local runtime's), --concurrency N (default 4)
 */

export interface ImportTableOptions {
  client: DynamoDBClient;
  tableName: string;
  /** An export's folder: manifest-files.json and data/, or just data files (`*.json`, `*.json.gz`). */
  inDir: string;
  /** BatchWriteItem requests in flight at once. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface ImportTableResult {
  tableName: string;
  itemCount: number;
  files: number;
  /** BatchWriteItem calls that were sent again for what DynamoDB left unprocessed. */
  retries: number;
  /** The items the new table holds at the end, counted by a scan. */
  counted: number;
}

const maxAttempts = 12;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The data files of an export, with what its manifest says of each (when there is one). */
export const dataFilesOf = (inDir: string): Array<{ path: string; expected?: ManifestFile }> => {
  const manifest = join(inDir, 'manifest-files.json');
  if (existsSync(manifest)) {
    return readFileSync(manifest, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const entry = JSON.parse(line) as ManifestFile;
        // Ours are relative to the folder; DynamoDB's are S3 keys (AWSDynamoDB/<export id>/data/<file>), downloaded as the folder.
        const candidates = [join(inDir, entry.dataFileS3Key), join(inDir, 'data', basename(entry.dataFileS3Key))];
        const path = candidates.find((candidate) => existsSync(candidate));
        if (!path) throw new Error(`The manifest names ${entry.dataFileS3Key}, which is not in ${inDir}.`);
        return { path, expected: entry };
      });
  }
  const folder = existsSync(join(inDir, 'data')) ? join(inDir, 'data') : inDir;
  const files = readdirSync(folder)
    .filter((name) => /\.json(\.gz)?$/.test(name) && !name.startsWith('manifest-'))
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .sort();
  if (files.length === 0) throw new Error(`${inDir} holds no export: no manifest-files.json and no data files.`);
  return files.map((path) => ({ path }));
};

/** The items of one data file, one `{"Item":{...}}` line each. */
async function* itemsOf(path: string): AsyncGenerator<Record<string, AttributeValue>> {
  const raw = createReadStream(path);
  const lines = createInterface({ input: path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (!line.trim()) continue;
    let parsed: { Item?: Record<string, DynamoJson> };
    try {
      parsed = JSON.parse(line) as typeof parsed;
    } catch {
      throw new Error(`${path}:${number} is not JSON.`);
    }
    if (!parsed.Item || typeof parsed.Item !== 'object') throw new Error(`${path}:${number} has no "Item": not DynamoDB JSON (the ION format is not read here).`);
    yield itemFromDynamoJson(parsed.Item);
  }
}

const waitUntilActive = async (client: DynamoDBClient, tableName: string, timeoutMs = 20 * 60_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesReady = (Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesReady) return;
    if (Date.now() > deadline) throw new Error(`${tableName} is still ${Table?.TableStatus} after ${timeoutMs / 60_000} minutes.`);
    await sleep(1000);
  }
};

const tableExists = async (client: DynamoDBClient, tableName: string) => {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
};

const countItems = async (client: DynamoDBClient, tableName: string) => {
  let count = 0;
  let exclusiveStartKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT', ConsistentRead: true, ExclusiveStartKey: exclusiveStartKey }));
    count += page.Count ?? 0;
    exclusiveStartKey = page.LastEvaluatedKey;
  } while (exclusiveStartKey);
  return count;
};

/** Imports an export into a new table (see the top of this file). */
export const importTable = async (options: ImportTableOptions): Promise<ImportTableResult> => {
  const { client, tableName } = options;
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? 4;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error(`--concurrency must be a whole number from 1 to 64 (got ${concurrency}).`);
  const inDir = resolve(options.inDir);
  const summaryPath = join(inDir, 'manifest-summary.json');
  const summary = existsSync(summaryPath) ? (JSON.parse(readFileSync(summaryPath, 'utf8')) as Partial<ManifestSummary>) : undefined;
  if (summary?.outputFormat && summary.outputFormat !== 'DYNAMODB_JSON') throw new Error(`The export is ${summary.outputFormat}; only DYNAMODB_JSON is read.`);
  const files = dataFilesOf(inDir);
  // Every file is checked before the table is made: a damaged export makes no table at all.
  for (const { path, expected } of files) {
    if (expected?.md5Checksum && (await md5Base64Of(path)) !== expected.md5Checksum) throw new Error(`${path} does not match its checksum in manifest-files.json: the export is damaged.`);
  }
  if (await tableExists(client, tableName)) throw new Error(`Table ${tableName} exists: an import makes a new table, it never writes into one. Name another (--table) or use another data folder.`);

  const { StreamSpecification, ...withoutStream } = createTableInput(tableName);
  await client.send(new CreateTableCommand(withoutStream));
  await waitUntilActive(client, tableName);
  await client.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: tableDesign.timeToLiveAttribute, Enabled: true } }));
  log(`created ${tableName} (keys ${tableDesign.partitionKey}/${tableDesign.sortKey}, ${tableDesign.globalIndexes.map(({ indexName }) => indexName).join(', ')}, TTL ${tableDesign.timeToLiveAttribute})`);

  let retries = 0;
  const writeBatch = async (requests: WriteRequest[]) => {
    let pending = requests;
    for (let attempt = 1; pending.length > 0; attempt++) {
      if (attempt > maxAttempts) throw new Error(`${pending.length} items were still unprocessed after ${maxAttempts} attempts.`);
      if (attempt > 1) {
        retries++;
        await sleep(Math.min(5000, 50 * 2 ** attempt) * (0.5 + Math.random() / 2));
      }
      const answer = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
      pending = answer.UnprocessedItems?.[tableName] ?? [];
    }
  };

  let itemCount = 0;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  const send = async (requests: WriteRequest[]) => {
    const write = writeBatch(requests).catch((error: unknown) => {
      failure ??= error;
    });
    const tracked = write.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };
  for (const { path, expected } of files) {
    let inFile = 0;
    let batch: WriteRequest[] = [];
    for await (const item of itemsOf(path)) {
      if (failure) break;
      batch.push({ PutRequest: { Item: item } });
      inFile++;
      if (batch.length === 25) {
        await send(batch);
        batch = [];
      }
    }
    if (batch.length > 0 && !failure) await send(batch);
    if (failure) break;
    if (expected && expected.itemCount !== inFile) throw new Error(`${path} holds ${inFile} items, its manifest says ${expected.itemCount}: the export is damaged.`);
    itemCount += inFile;
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  if (summary?.itemCount !== undefined && summary.itemCount !== itemCount) throw new Error(`The data files hold ${itemCount} items, manifest-summary.json says ${summary.itemCount}.`);

  await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification }));
  await waitUntilActive(client, tableName);
  const counted = await countItems(client, tableName);
  if (counted !== itemCount) throw new Error(`${tableName} holds ${counted} items after writing ${itemCount}.`);
  log(`wrote ${itemCount} items from ${files.length} files (${retries} retries of unprocessed items); stream ${StreamSpecification.StreamViewType} on`);
  return { tableName, itemCount, files: files.length, retries, counted };
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      in: { type: 'string' },
      endpoint: { type: 'string' },
      'data-dir': { type: 'string' },
      table: { type: 'string', default: LOCAL_TABLE_NAME },
      concurrency: { type: 'string', default: '4' },
    },
  });
  if (!values.in) {
    console.error('Usage: npm run table:import -- --in DIR (--data-dir DIR | --endpoint URL) [--table NAME] [--concurrency 4]');
    process.exit(2);
  }
  const location = await tableLocation(values);
  try {
    const started = Date.now();
    const result = await importTable({
      client: location.client,
      tableName: values.table,
      inDir: values.in,
      concurrency: Number(values.concurrency),
      log: (line) => console.log(`[table:import] ${line}`),
    });
    console.log(`Imported ${result.itemCount} items into the new table ${result.tableName} (${location.where}) in ${((Date.now() - started) / 1000).toFixed(1)} s; it holds ${result.counted}.`);
  } finally {
    await location.stop();
  }
};

if (isMain(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(`table:import failed: ${error.message}`);
    process.exit(1);
  });
}
