import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { matchesFilter } from './stream-filter';

export interface StreamConsumer {
  name: string;
  filter: unknown;
  batchSize: number;
  /** Retries of a failing record before it is given up, as the AWS event source mapping's retryAttempts. */
  retryAttempts?: number;
  invoke(event: { Records: DynamoDBRecord[] }): Promise<DynamoDBBatchResponse | void>;
}

interface ShardState {
  iterator?: string;
  /** The last sequence number the consumer has handled; the checkpoint. */
  done?: string;
  closed?: boolean;
  /** After a batch failed whole, records go one at a time up to its last one (Lambda's bisectBatchOnError). */
  isolateThrough?: string;
  /** The record that keeps failing, and how many times it has. */
  failing?: { sequence: string; attempts: number };
}

const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber ?? '';
const notAfter = (sequence: string | undefined, limit: string) => sequence !== undefined && BigInt(sequence) <= BigInt(limit);

/** Lambda's default for a stream mapping without retryAttempts would be forever; the platform's rows set one. */
const DEFAULT_RETRY_ATTEMPTS = 100;

/**
 * An empty map comes back from DynamoDB Local's stream through the SDK as `{}` instead of `{ M: {} }`,
 * which unmarshall refuses; Lambda would receive `{ M: {} }`. Put the type back, at any depth.
 */
const repairImage = (image: Record<string, unknown> | undefined): Record<string, unknown> | undefined => {
  if (!image) return image;
  const repair = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return { M: {} };
    const [[type, inner]] = entries as [[string, unknown]];
    if (type === 'M') return { M: Object.fromEntries(Object.entries(inner as Record<string, unknown>).map(([k, v]) => [k, repair(v)])) };
    if (type === 'L') return { L: (inner as unknown[]).map(repair) };
    return value;
  };
  return Object.fromEntries(Object.entries(image).map(([k, v]) => [k, repair(v)]));
};

/** A stream record from the Streams API in the shape Lambda hands to a stream consumer. */
const toLambdaRecord = (record: StreamRecord, streamArn: string): DynamoDBRecord => ({
  eventID: record.eventID,
  eventName: record.eventName as DynamoDBRecord['eventName'],
  eventVersion: record.eventVersion,
  eventSource: 'aws:dynamodb',
  awsRegion: record.awsRegion,
  eventSourceARN: streamArn,
  dynamodb: {
    ...record.dynamodb,
    NewImage: repairImage(record.dynamodb?.NewImage),
    OldImage: repairImage(record.dynamodb?.OldImage),
    ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
      ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
      : undefined,
  } as DynamoDBRecord['dynamodb'],
});

/**
 * Polls the table's DynamoDB Streams (served by DynamoDB Local) and feeds each consumer its filtered records
 * in batches, like a Lambda event source mapping: a reported item failure stops the checkpoint before that
 * record, so it is delivered again. Checkpoints survive restarts when a file is given.
 */
/** How often the shard list is read again (DynamoDB Local opens a new shard every few hours). */
const DESCRIBE_EVERY_MS = 1000;
/** A floor between a nudged poll and the previous one, so a burst of writes costs a few polls, not one each. */
const NUDGED_GAP_MS = 25;

export const startStreamPoller = async (options: {
  dynamodb: DynamoDBClient;
  endpoint: string;
  tableName: string;
  consumer: StreamConsumer;
  checkpointFile?: string;
  intervalMs?: number;
}) => {
  const { consumer, intervalMs = 200 } = options;
  const table = await options.dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

  const saved = readCheckpoints(options.checkpointFile, streamArn, consumer.name);
  const shards = new Map<string, ShardState>();
  let stopped = false;
  let lastSaved = '';
  let timer: NodeJS.Timeout | undefined;

  const iteratorFor = async (shardId: string, state: ShardState) => {
    const after = state.done ?? saved[shardId];
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ShardIteratorType: after ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
        SequenceNumber: after,
      }),
    );
    return ShardIterator;
  };

  let givenUp = 0;

  /** Moves the checkpoint past a record that failed on every retry, as Lambda does before its on-failure destination. */
  const giveUp = (state: ShardState, record: DynamoDBRecord, attempts: number) => {
    logger.error('stream record given up after its retries: replay it from its table item', {
      consumer: consumer.name,
      sequenceNumber: sequenceOf(record),
      eventID: record.eventID,
      attempts,
    });
    state.done = sequenceOf(record);
    state.failing = undefined;
    givenUp += 1;
  };

  const deliver = async (shardId: string, state: ShardState, records: StreamRecord[]) => {
    const wanted = records.map((r) => toLambdaRecord(r, streamArn)).filter((r) => matchesFilter(consumer.filter, r));
    for (let start = 0; start < wanted.length; ) {
      const isolating = state.isolateThrough !== undefined && notAfter(wanted[start]!.dynamodb?.SequenceNumber, state.isolateThrough);
      const batch = wanted.slice(start, start + (isolating ? 1 : consumer.batchSize));
      start += batch.length;
      let threw = false;
      const result = await consumer.invoke({ Records: batch }).catch((error: unknown) => {
        // A handler that throws failed the whole batch, as Lambda treats it: all of it is retried.
        threw = true;
        const first = (error as { recordErrors?: unknown[] }).recordErrors?.[0];
        logger.warn('stream consumer failed its batch, will retry', { consumer: consumer.name, ...errorFields(first ?? error) });
        return { batchItemFailures: batch.map((r) => ({ itemIdentifier: sequenceOf(r) })) };
      });
      const failed = new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      const firstFailed = batch.findIndex((r) => failed.has(sequenceOf(r)));
      if (firstFailed < 0) {
        // Handled: a later failure in this page must not hand these records over again.
        state.done = sequenceOf(batch.at(-1)!);
        if (state.failing && batch.some((r) => sequenceOf(r) === state.failing!.sequence)) state.failing = undefined;
        continue;
      }
      // Retry from the first failure: rewind the iterator to just after the last record that succeeded.
      if (firstFailed > 0) state.done = sequenceOf(batch[firstFailed - 1]!);
      if (threw && batch.length > 1) {
        // Which record of the batch failed is unknown: split it into single records to find out.
        state.isolateThrough = sequenceOf(batch.at(-1)!);
      } else {
        const record = batch[firstFailed]!;
        const attempts = state.failing?.sequence === sequenceOf(record) ? state.failing.attempts + 1 : 1;
        state.failing = { sequence: sequenceOf(record), attempts };
        if (attempts > (consumer.retryAttempts ?? DEFAULT_RETRY_ATTEMPTS)) giveUp(state, record, attempts);
      }
      state.iterator = await iteratorFor(shardId, state);
      return false;
    }
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last) state.done = last;
    if (state.isolateThrough !== undefined && notAfter(state.isolateThrough, last ?? '0')) state.isolateThrough = undefined;
    return true;
  };

  // The shard list changes rarely (a new shard every few hours, or a closed one): it is described again after
  // DESCRIBE_EVERY_MS or once a shard closes, not on every poll, which now follows every write (nudge()).
  let shardList: string[] = [];
  let describedAt = -Infinity;
  const shardIds = async () => {
    if (Date.now() - describedAt >= DESCRIBE_EVERY_MS) {
      const description = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
      shardList = (description.StreamDescription?.Shards ?? []).map((shard) => shard.ShardId!);
      describedAt = Date.now();
    }
    return shardList;
  };

  const pollOnce = async () => {
    for (const shardId of await shardIds()) {
      const state = shards.get(shardId) ?? {};
      shards.set(shardId, state);
      if (state.closed) continue;
      state.iterator ??= await iteratorFor(shardId, state);
      if (!state.iterator) continue;
      const page = await streams.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: 100 }));
      const records = page.Records ?? [];
      const delivered = records.length ? await deliver(shardId, state, records) : true;
      if (!delivered) continue;
      state.iterator = page.NextShardIterator;
      if (!page.NextShardIterator) {
        state.closed = true;
        describedAt = -Infinity;
      }
    }
    const fingerprint = JSON.stringify([...shards].map(([id, state]) => [id, state.done]));
    if (fingerprint !== lastSaved) writeCheckpoints(options.checkpointFile, streamArn, consumer.name, shards);
    lastSaved = fingerprint;
  };

  // Polls never overlap: the timer loop and drain() queue behind each other.
  let chain: Promise<void> = Promise.resolve();
  const poll = () => {
    const next = chain.then(pollOnce);
    chain = next.catch((error) =>
      logger.warn('stream poller: poll failed, will retry', { consumer: consumer.name, ...errorFields(error) }),
    );
    return next;
  };
  // One timer loop: a nudge runs the next poll now instead of at the interval, or, while a poll runs, right
  // after it (a write may land after that poll's read). Nudges meanwhile fold into that one poll.
  let polling = false;
  let nudged = false;
  const loop = () => {
    if (stopped) return;
    clearTimeout(timer);
    if (polling) {
      nudged = true;
      return;
    }
    polling = true;
    void poll()
      .catch(() => undefined)
      .finally(() => {
        polling = false;
        if (stopped) return;
        const again = nudged;
        nudged = false;
        timer = setTimeout(loop, again ? NUDGED_GAP_MS : intervalMs);
      });
  };
  loop();

  return {
    /** Records failing now (one per shard at most) and records given up since the start. */
    failures: () => ({ retrying: [...shards.values()].filter((state) => state.failing).length, givenUp }),
    /** Resolves once every record written before the call has been handed to the consumer. */
    drain: () => poll(),
    /**
     * Polls now rather than at the next interval: the table was just written. Lambda's event source mapping
     * polls a stream about four times a second per shard, but locally a write's records would otherwise wait
     * up to `intervalMs` for the next poll, most of an event's way to a webhook (see `npm run bench`).
     */
    nudge: () => loop(),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
      streams.destroy();
    },
  };
};

type Checkpoints = { streamArn: string; consumers: Record<string, Record<string, string>> };

const readCheckpoints = (file: string | undefined, streamArn: string, consumer: string): Record<string, string> => {
  if (!file || !existsSync(file)) return {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Checkpoints;
    return saved.streamArn === streamArn ? (saved.consumers[consumer] ?? {}) : {};
  } catch {
    return {};
  }
};

const writeCheckpoints = (file: string | undefined, streamArn: string, consumer: string, shards: Map<string, ShardState>) => {
  if (!file) return;
  let saved: Checkpoints = { streamArn, consumers: {} };
  try {
    if (existsSync(file)) saved = JSON.parse(readFileSync(file, 'utf8')) as Checkpoints;
  } catch {
    /* rewritten below */
  }
  if (saved.streamArn !== streamArn) saved = { streamArn, consumers: {} };
  const current = saved.consumers[consumer] ?? {};
  for (const [shardId, state] of shards) if (state.done) current[shardId] = state.done;
  saved.consumers[consumer] = current;
  writeFileSync(file, JSON.stringify(saved));
};
