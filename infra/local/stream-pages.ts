import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, type _Record as StreamRecord } from '@aws-sdk/client-dynamodb-streams';

/** How often the shard list is read again (DynamoDB Local opens a new shard every few hours). */
const DESCRIBE_EVERY_MS = 1000;
/**
 * How long a page read for one poller also serves another at the same place of the shard, when no write
 * came in between: the stream pollers are nudged together, so they ask within a few milliseconds.
 */
const SHARE_MS = 20;
/** A place nobody has read for this long is forgotten, with its iterator. */
const FORGET_MS = 60_000;

export interface StreamPage {
  records: StreamRecord[];
  /** The shard is closed and every record of it has been read. */
  closed: boolean;
}

interface Place {
  /** An iterator at this place, kept for the next read here (they last 15 minutes, and may be read again). */
  iterator?: string;
  page?: { read: Promise<StreamPage>; generation: number; at: number };
  usedAt: number;
}

/**
 * The table's stream as the local stream pollers read it. Each of the platform's seven stream consumers is
 * its own Lambda event source mapping in AWS, polling the stream on AWS's side; locally they poll DynamoDB
 * Local, on this machine, and every GetRecords costs its CPU (about 12 ms for a page of 100 records, the
 * same for each of the seven), beside the table's own requests. So a page is read once for every poller at
 * the same place of a shard (after the same sequence number), when they ask within `SHARE_MS` of each other
 * and no write was made in between: each poller still has its own place, checkpoint and retries, and one
 * that falls behind (its consumer failing or slow) reads its own pages until it catches up.
 */
export const openStreamPages = async (options: { dynamodb: DynamoDBClient; endpoint: string; tableName: string }) => {
  const table = await options.dynamodb.send(new DescribeTableCommand({ TableName: options.tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`Table ${options.tableName} has no stream`);
  const streams = new DynamoDBStreamsClient({ endpoint: options.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

  /** Bumped by every write the platform makes: a page read before it may lack the write's records. */
  let generation = 0;
  const places = new Map<string, Place>();
  let forgottenAt = Date.now();
  const placeOf = (shardId: string, after: string | undefined) => {
    const key = `${shardId}|${after ?? ''}`;
    const place = places.get(key) ?? { usedAt: 0 };
    places.set(key, place);
    place.usedAt = Date.now();
    return place;
  };
  const forgetOld = () => {
    if (Date.now() - forgottenAt < FORGET_MS) return;
    forgottenAt = Date.now();
    for (const [key, place] of places) if (Date.now() - place.usedAt > FORGET_MS) places.delete(key);
  };

  const readPage = async (shardId: string, after: string | undefined, place: Place): Promise<StreamPage> => {
    const iterator =
      place.iterator ??
      (
        await streams.send(
          new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: after ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON', SequenceNumber: after }),
        )
      ).ShardIterator;
    if (!iterator) return { records: [], closed: true };
    const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 })).catch((error: unknown) => {
      // An expired or otherwise refused iterator: the next read here asks for a new one.
      place.iterator = undefined;
      throw error;
    });
    const records = page.Records ?? [];
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    // The next iterator is for the place after the page's last record; after an empty page, this same place.
    if (last && page.NextShardIterator) placeOf(shardId, last).iterator ??= page.NextShardIterator;
    else if (!last) place.iterator = page.NextShardIterator;
    return { records, closed: !page.NextShardIterator };
  };

  let shardList: string[] = [];
  let describedAt = -Infinity;
  let describing: Promise<string[]> | undefined;

  return {
    streamArn,
    /** A write was made: pages read so far may not hold its records. */
    written() {
      generation += 1;
    },
    /**
     * The shard's records after sequence number `after` (from its start when undefined), at most 100.
     * `fresh` reads the stream now, whatever another poller read a moment ago (a drain must see every
     * write made before it).
     */
    read(shardId: string, after: string | undefined, options: { fresh?: boolean } = {}): Promise<StreamPage> {
      forgetOld();
      const place = placeOf(shardId, after);
      const shared = place.page;
      if (!options.fresh && shared && shared.generation === generation && Date.now() - shared.at <= SHARE_MS) return shared.read;
      const read = readPage(shardId, after, place);
      place.page = { read, generation, at: Date.now() };
      read.catch(() => {
        if (place.page?.read === read) place.page = undefined;
      });
      return read;
    },
    /** The stream's shards, described again once a second, or at once after `refresh` (a shard closed). */
    async shardIds(options: { refresh?: boolean } = {}): Promise<string[]> {
      if (options.refresh) describedAt = -Infinity;
      if (Date.now() - describedAt < DESCRIBE_EVERY_MS) return shardList;
      // Pollers asking at once share one DescribeStream.
      describing ??= streams
        .send(new DescribeStreamCommand({ StreamArn: streamArn }))
        .then((description) => {
          shardList = (description.StreamDescription?.Shards ?? []).map((shard) => shard.ShardId!);
          describedAt = Date.now();
          return shardList;
        })
        .finally(() => (describing = undefined));
      return describing;
    },
    close() {
      streams.destroy();
    },
  };
};

export type StreamPages = Awaited<ReturnType<typeof openStreamPages>>;
