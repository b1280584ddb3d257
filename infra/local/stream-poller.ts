import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { _Record as StreamRecord } from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';
import { matchesFilter } from './stream-filter';
import { openStreamPages, type StreamPages } from './stream-pages';

export interface StreamConsumer {
  name: string;
  filter: unknown;
  batchSize: number;
  /** Retries of a failing record before it is given up, as the AWS event source mapping's retryAttempts. */
  retryAttempts?: number;
  invoke(event: { Records: DynamoDBRecord[] }): Promise<DynamoDBBatchResponse | void>;
}

interface ShardState {
  /** The last sequence number the consumer has handled; the checkpoint, and where the next read starts. */
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

/** A floor between a nudged poll and the previous one, so a burst of writes costs a few polls, not one each. */
const NUDGED_GAP_MS = 25;

/**
 * Polls the table's DynamoDB Streams (served by DynamoDB Local) and feeds each consumer its filtered records
 * in batches, like a Lambda event source mapping: a reported item failure stops the checkpoint before that
 * record, so it is delivered again. Checkpoints survive restarts when a file is given. The pollers of one
 * table share `pages` (stream-pages.ts), so pollers at the same place read each page once; without it, the
 * poller reads on its own.
 */
export const startStreamPoller = async (options: {
  dynamodb: DynamoDBClient;
  endpoint: string;
  tableName: string;
  consumer: StreamConsumer;
  checkpointFile?: string;
  intervalMs?: number;
  pages?: StreamPages;
}) => {
  const { consumer, intervalMs = 200 } = options;
  const pages = options.pages ?? (await openStreamPages(options));
  const { streamArn } = pages;

  const saved = readCheckpoints(options.checkpointFile, streamArn, consumer.name);
  const shards = new Map<string, ShardState>();
  let stopped = false;
  let lastSaved = '';
  let timer: NodeJS.Timeout | undefined;

  /** Where the consumer reads next in a shard: after its checkpoint, else from the shard's start. */
  const placeOf = (shardId: string, state: ShardState) => state.done ?? saved[shardId];

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
    // Filtered before they are reshaped: every poller sees every record of the page, and most are not its.
    // The filters test eventName and the new image's values, which the reshaping leaves as they are (it only
    // gives empty maps their type back).
    const wanted = records.filter((r) => matchesFilter(consumer.filter, r)).map((r) => toLambdaRecord(r, streamArn));
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
      // Retry from the first failure: the next read starts just after the last record that succeeded.
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
      return false;
    }
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last) state.done = last;
    if (state.isolateThrough !== undefined && notAfter(state.isolateThrough, last ?? '0')) state.isolateThrough = undefined;
    return true;
  };

  // The shard list changes rarely (a new shard every few hours, or a closed one): it is described again after
  // a second or once a shard closes (stream-pages.ts), not on every poll, which now follows every write (nudge()).
  let refreshShards = false;
  const pollOnce = async (fresh: boolean) => {
    const shardIds = await pages.shardIds({ refresh: refreshShards });
    refreshShards = false;
    for (const shardId of shardIds) {
      const state = shards.get(shardId) ?? {};
      shards.set(shardId, state);
      if (state.closed) continue;
      const page = await pages.read(shardId, placeOf(shardId, state), { fresh });
      const delivered = page.records.length ? await deliver(shardId, state, page.records) : true;
      if (!delivered) continue;
      if (page.closed) {
        state.closed = true;
        refreshShards = true;
      }
    }
    const fingerprint = JSON.stringify([...shards].map(([id, state]) => [id, state.done]));
    if (fingerprint !== lastSaved) writeCheckpoints(options.checkpointFile, streamArn, consumer.name, shards);
    lastSaved = fingerprint;
  };

  // Polls never overlap: the timer loop and drain() queue behind each other.
  let chain: Promise<void> = Promise.resolve();
  const poll = (fresh = false) => {
    const next = chain.then(() => pollOnce(fresh));
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
    drain: () => poll(true),
    /**
     * Polls now rather than at the next interval: the table was just written. Lambda's event source mapping
     * polls a stream about four times a second per shard, but locally a write's records would otherwise wait
     * up to `intervalMs` for the next poll, most of an event's way to a webhook (see `npm run bench`).
     */
    nudge: () => {
      // Shared pages hear of the write from whoever nudges every poller (local-platform.ts); its own, here.
      if (!options.pages) pages.written();
      loop();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
      if (!options.pages) pages.close();
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
