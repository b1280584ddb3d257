import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { type AttributeValue, DescribeTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { emulatorEndpoint } from '../../shared/aws/clients';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local';
import { LOCAL_TABLE_NAME } from './local-platform';

/**
 * `npm run table:export`: the platform's table written out as DynamoDB's own export to S3 writes it
 * (ExportTableToPointInTime, format DYNAMODB_JSON), so the restore drill of docs/runbook.md runs the same on
 * this machine as in AWS:
 *
 *   <out>/manifest-summary.json   what was exported: table, times, item count, format
 *   <out>/manifest-files.json     one JSON line per data file: itemCount, md5Checksum (base64), dataFileS3Key
 *   <out>/data/segment-NNNN.json[.gz]   one `{"Item":{...}}` line per item, in DynamoDB JSON
 *
 * The table is read with a parallel Scan (one segment per file, strongly consistent reads). A scan of a table
 * being written is not a point-in-time copy: an item changed meanwhile is exported as its segment read it.
 * For an exact copy, stop the platform and give --data-dir; DynamoDB's own export (PITR) is exact.
 *
 *   npm run table:export -- --endpoint http://127.0.0.1:8000 --out .scratch/table-export     # a running npm start (its banner names the endpoint)
 *   npm run table:export -- --data-dir .data --out .scratch/table-export                    # the platform stopped: DynamoDB Local is started on the folder
 *   options: --table NAME (default paas-platform-local), --segments N (default 4), --gzip
 */

/** One attribute value in DynamoDB JSON as the export writes it: binary as base64, everything else as the API has it. */
export type DynamoJson = { [type: string]: unknown };

export const toDynamoJson = (value: AttributeValue): DynamoJson => {
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((bytes) => Buffer.from(bytes).toString('base64')) };
  if (value.L !== undefined) return { L: value.L.map(toDynamoJson) };
  if (value.M !== undefined) return { M: itemToDynamoJson(value.M) };
  const [entry] = Object.entries(value).filter(([type, inner]) => type !== '$unknown' && inner !== undefined);
  if (!entry) throw new Error(`An attribute value of no known type: ${JSON.stringify(value)}`);
  return { [entry[0]]: entry[1] };
};

export const itemToDynamoJson = (item: Record<string, AttributeValue>): Record<string, DynamoJson> =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, toDynamoJson(value)]));

export const fromDynamoJson = (json: DynamoJson): AttributeValue => {
  const entries = Object.entries(json);
  if (entries.length !== 1) throw new Error(`An attribute value must have exactly one type: ${JSON.stringify(json)}`);
  const [type, inner] = entries[0]!;
  switch (type) {
    case 'S':
      return { S: String(inner) };
    case 'N':
      return { N: String(inner) };
    case 'BOOL':
      return { BOOL: Boolean(inner) };
    case 'NULL':
      return { NULL: true };
    case 'B':
      return { B: Buffer.from(String(inner), 'base64') };
    case 'SS':
      return { SS: (inner as unknown[]).map(String) };
    case 'NS':
      return { NS: (inner as unknown[]).map(String) };
    case 'BS':
      return { BS: (inner as string[]).map((each) => Buffer.from(each, 'base64')) };
    case 'L':
      return { L: (inner as DynamoJson[]).map(fromDynamoJson) };
    case 'M':
      return { M: itemFromDynamoJson(inner as Record<string, DynamoJson>) };
    default:
      throw new Error(`Unknown DynamoDB JSON type "${type}".`);
  }
};

export const itemFromDynamoJson = (item: Record<string, DynamoJson>): Record<string, AttributeValue> =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, fromDynamoJson(value)]));

export interface ManifestSummary {
  version: '2020-06-30';
  exportedBy: 'infra/local/table-export.ts';
  tableName: string;
  exportType: 'FULL_EXPORT';
  outputFormat: 'DYNAMODB_JSON';
  startTime: string;
  endTime: string;
  /** The time the data is of: for a scan, its start (see the note above on tables being written). */
  exportTime: string;
  itemCount: number;
  manifestFilesS3Key: 'manifest-files.json';
  scan: { segments: number; consistentRead: true };
}

export interface ManifestFile {
  itemCount: number;
  /** Base64 MD5 of the data file's bytes as stored (compressed when it is .gz), as DynamoDB's export gives it. */
  md5Checksum: string;
  /** Relative to the export's folder; DynamoDB's own export gives the S3 key here. */
  dataFileS3Key: string;
}

export const md5Base64Of = async (path: string): Promise<string> => {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('base64');
};

export interface ExportTableOptions {
  client: DynamoDBClient;
  tableName: string;
  /** A folder that does not exist yet, or is empty. */
  outDir: string;
  segments?: number;
  gzip?: boolean;
  now?: () => Date;
}

export interface ExportTableResult {
  outDir: string;
  itemCount: number;
  files: ManifestFile[];
  summary: ManifestSummary;
}

const write = async (stream: Writable, text: string) => {
  if (!stream.write(text)) await once(stream, 'drain');
};

/** Exports the table into `outDir` in DynamoDB's export format (see the top of this file). */
export const exportTable = async (options: ExportTableOptions): Promise<ExportTableResult> => {
  const { client, tableName } = options;
  const segments = options.segments ?? 4;
  if (!Number.isInteger(segments) || segments < 1 || segments > 1000) throw new Error(`--segments must be a whole number from 1 to 1000 (got ${segments}).`);
  const now = options.now ?? (() => new Date());
  const outDir = resolve(options.outDir);
  if (existsSync(outDir) && readdirSync(outDir).length > 0) throw new Error(`${outDir} is not empty: an export goes into a new folder.`);
  // Fails here, before anything is written, when the table is not there.
  await client.send(new DescribeTableCommand({ TableName: tableName }));
  mkdirSync(join(outDir, 'data'), { recursive: true });
  const startTime = now().toISOString();

  const exportSegment = async (segment: number): Promise<ManifestFile> => {
    const key = `data/segment-${String(segment).padStart(4, '0')}.json${options.gzip ? '.gz' : ''}`;
    const path = join(outDir, key);
    const file = createWriteStream(path);
    const gzip = options.gzip ? createGzip() : undefined;
    gzip?.pipe(file);
    const sink: Writable = gzip ?? file;
    let itemCount = 0;
    let exclusiveStartKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: tableName, Segment: segment, TotalSegments: segments, ConsistentRead: true, ExclusiveStartKey: exclusiveStartKey }),
      );
      for (const item of page.Items ?? []) {
        await write(sink, `${JSON.stringify({ Item: itemToDynamoJson(item) })}\n`);
        itemCount++;
      }
      exclusiveStartKey = page.LastEvaluatedKey;
    } while (exclusiveStartKey);
    sink.end();
    await once(file, 'close');
    return { itemCount, md5Checksum: await md5Base64Of(path), dataFileS3Key: key };
  };

  const files = await Promise.all(Array.from({ length: segments }, (_, segment) => exportSegment(segment)));
  const itemCount = files.reduce((sum, file) => sum + file.itemCount, 0);
  writeFileSync(join(outDir, 'manifest-files.json'), files.map((file) => `${JSON.stringify(file)}\n`).join(''));
  const summary: ManifestSummary = {
    version: '2020-06-30',
    exportedBy: 'infra/local/table-export.ts',
    tableName,
    exportType: 'FULL_EXPORT',
    outputFormat: 'DYNAMODB_JSON',
    startTime,
    endTime: now().toISOString(),
    exportTime: startTime,
    itemCount,
    manifestFilesS3Key: 'manifest-files.json',
    scan: { segments, consistentRead: true },
  };
  // Last, so a folder with a summary is a finished export.
  writeFileSync(join(outDir, 'manifest-summary.json'), `${JSON.stringify(summary, undefined, 2)}\n`);
  return { outDir, itemCount, files, summary };
};

/** What the two scripts share: where the table is, as their flags say. */
export interface TableLocation {
  client: DynamoDBClient;
  /** Says where the table is, for the script's last line. */
  where: string;
  stop: () => Promise<void>;
}

const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Java processes of DynamoDB Local keeping their data in this folder (Linux /proc; elsewhere none are found). */
const dynamoDbLocalsIn = (folder: string): number[] => {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return argv.some((arg) => arg.includes('DynamoDBLocal')) && argv.some((arg) => resolve(arg) === folder || arg.startsWith(`${folder}/`));
      } catch {
        return false;
      }
    })
    .map(Number);
};

/**
 * The table's DynamoDB from the flags: `--endpoint` (a running DynamoDB Local, or any endpoint), `--data-dir`
 * (starts DynamoDB Local on <data-dir>/dynamodb, as the local runtime keeps it, and stops it after), or
 * neither: AWS, with the usual credentials, region and AWS_ENDPOINT_URL(_DYNAMODB).
 */
export const tableLocation = async (flags: { endpoint?: string; 'data-dir'?: string }): Promise<TableLocation> => {
  if (flags.endpoint && flags['data-dir']) throw new Error('Give --endpoint or --data-dir, not both.');
  const region = process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  if (flags.endpoint) {
    const client = new DynamoDBClient({ endpoint: flags.endpoint, region, credentials: localCredentials, maxAttempts: 10 });
    return { client, where: flags.endpoint, stop: async () => client.destroy() };
  }
  if (flags['data-dir']) {
    const folder = resolve(flags['data-dir'], 'dynamodb');
    const running = dynamoDbLocalsIn(folder);
    if (running.length > 0) {
      throw new Error(`A DynamoDB Local (pid ${running.join(', ')}) already keeps ${folder}: the platform is running on it. Give its --endpoint (npm start prints it), or stop it first.`);
    }
    const dynamo: DynamoDbLocal = await startDynamoDbLocal({ dataDir: folder });
    const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region, credentials: localCredentials, maxAttempts: 10 });
    return {
      client,
      where: `DynamoDB Local on ${folder}`,
      stop: async () => {
        client.destroy();
        await dynamo.stop();
      },
    };
  }
  const endpoint = emulatorEndpoint('DYNAMODB');
  const client = new DynamoDBClient({ ...(endpoint ? { endpoint } : {}), region, maxAttempts: 10 });
  return { client, where: endpoint ?? `DynamoDB in ${region}`, stop: async () => client.destroy() };
};

/** Runs a script's main when the file is the one node was asked to run, not when it is imported. */
export const isMain = (url: string): boolean => process.argv[1] !== undefined && url === pathToFileURL(resolve(process.argv[1])).href;

const main = async () => {
  const { values } = parseArgs({
    options: {
      endpoint: { type: 'string' },
      'data-dir': { type: 'string' },
      table: { type: 'string', default: LOCAL_TABLE_NAME },
      out: { type: 'string' },
      segments: { type: 'string', default: '4' },
      gzip: { type: 'boolean', default: false },
    },
  });
  if (!values.out) {
    console.error('Usage: npm run table:export -- (--endpoint URL | --data-dir DIR) --out DIR [--table NAME] [--segments 4] [--gzip]');
    process.exit(2);
  }
  const location = await tableLocation(values);
  try {
    const started = Date.now();
    const result = await exportTable({ client: location.client, tableName: values.table, outDir: values.out, segments: Number(values.segments), gzip: values.gzip });
    const fromHere = relative(process.cwd(), result.outDir);
    const where = !fromHere ? '.' : fromHere.startsWith('..') ? result.outDir : fromHere;
    console.log(`Exported ${result.itemCount} items of ${values.table} (${location.where}) into ${where}: ${result.files.length} data files, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await location.stop();
  }
};

if (isMain(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(`table:export failed: ${error.message}`);
    process.exit(1);
  });
}
