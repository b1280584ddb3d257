/**
 * Issue 21: the platform's DynamoDB client (shared/aws/dynamodb) in place of the AWS SDK's document client.
 * Every store's test runs through it; this file checks it against the SDK's DynamoDBDocumentClient on the
 * same DynamoDB Local: an item written by one reads back the same through the other, pages, batches,
 * transactions and errors come back in the SDK's shape, and its retries and timeouts behave on real sockets.
 */
import { DynamoDBDocumentClient, GetCommand as SdkGetCommand, PutCommand as SdkPutCommand, QueryCommand as SdkQueryCommand, UpdateCommand as SdkUpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createServer, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  BatchGetCommand,
  BatchWriteCommand,
  ConditionalCheckFailedException,
  DeleteCommand,
  DocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '../../../shared/aws/dynamodb';
import { useDynamoDbTable } from '../../support/dynamodb';

const table = useDynamoDbTable('document-client');
const sdk = () => DynamoDBDocumentClient.from(table().client, { marshallOptions: { removeUndefinedValues: true } });
const ours = () => table().doc;

const richItem = (pk: string) => ({
  PK: pk,
  SK: 'ITEM',
  text: 'héllo ✓',
  empty: '',
  integer: 42,
  negative: -7,
  fraction: 0.125,
  large: Number.MAX_SAFE_INTEGER,
  yes: true,
  nothing: null,
  list: [1, 'two', { three: 3 }, [4]],
  map: { nested: { deeper: ['a'] }, emptyList: [], emptyMap: {} },
  strings: new Set(['a', 'b']),
  numbers: new Set([1, 2.5]),
  bytes: new Uint8Array([0, 1, 254, 255]),
  absent: undefined,
});
const { absent: _absent, ...stored } = richItem('');
const storedAs = (pk: string) => ({ ...stored, PK: pk });

/** The error a promise rejects with. */
const failure = (promise: Promise<unknown>) => promise.then(() => { throw new Error('expected a failure'); }, (error: unknown) => error as Error & Record<string, unknown>);

describe("the platform's DynamoDB client beside the AWS SDK's, on DynamoDB Local", () => {
  it('writes an item of every attribute type that the SDK reads back the same, and reads back what the SDK wrote', async () => {
    const { tableName } = table();
    await ours().send(new PutCommand({ TableName: tableName, Item: richItem('RICH#ours') }));
    await sdk().send(new SdkPutCommand({ TableName: tableName, Item: richItem('RICH#sdk') }));
    const bySdk = (await sdk().send(new SdkGetCommand({ TableName: tableName, Key: { PK: 'RICH#ours', SK: 'ITEM' } }))).Item;
    const byOurs = (await ours().send(new GetCommand({ TableName: tableName, Key: { PK: 'RICH#sdk', SK: 'ITEM' } }))).Item;
    expect(bySdk).toEqual(storedAs('RICH#ours'));
    expect(byOurs).toEqual(storedAs('RICH#sdk'));
    expect((await ours().send(new GetCommand({ TableName: tableName, Key: { PK: 'RICH#none', SK: 'ITEM' } }))).Item).toBeUndefined();
  });

  it('updates with expression values and returns the new attributes as the SDK does', async () => {
    const { tableName } = table();
    const update = { TableName: tableName, UpdateExpression: 'SET #c = if_not_exists(#c, :zero) + :one, tags = :tags', ExpressionAttributeNames: { '#c': 'count' }, ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':tags': new Set(['x']) }, ReturnValues: 'ALL_NEW' as const };
    const mine = await ours().send(new UpdateCommand({ ...update, Key: { PK: 'UPD#ours', SK: 'ITEM' } }));
    const theirs = await sdk().send(new SdkUpdateCommand({ ...update, Key: { PK: 'UPD#sdk', SK: 'ITEM' } }));
    expect(mine.Attributes).toEqual({ ...theirs.Attributes, PK: 'UPD#ours' });
    expect(mine.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
  });

  it('pages a query with the same items and the same LastEvaluatedKey as the SDK, and resumes from it', async () => {
    const { tableName } = table();
    for (let i = 0; i < 7; i++) await ours().send(new PutCommand({ TableName: tableName, Item: { PK: 'PAGE', SK: `N#${i}`, i } }));
    const query = { TableName: tableName, KeyConditionExpression: 'PK = :pk AND begins_with(SK, :n)', ExpressionAttributeValues: { ':pk': 'PAGE', ':n': 'N#' }, Limit: 3, ScanIndexForward: false };
    const first = await ours().send(new QueryCommand(query));
    const reference = await sdk().send(new SdkQueryCommand(query));
    expect(first.Items).toEqual(reference.Items);
    expect(first.LastEvaluatedKey).toEqual(reference.LastEvaluatedKey);
    const second = await ours().send(new QueryCommand({ ...query, ExclusiveStartKey: first.LastEvaluatedKey }));
    expect(second.Items?.map((item) => item.i)).toEqual([3, 2, 1]);
    const all = await ours().send(new ScanCommand({ TableName: tableName, FilterExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'PAGE' } }));
    expect(all.Items).toHaveLength(7);
  });

  it('writes and reads in batches and in transactions, with the items in plain form', async () => {
    const { tableName } = table();
    const items = Array.from({ length: 25 }, (_, i) => ({ PK: 'BATCH', SK: `B#${String(i).padStart(2, '0')}`, i }));
    const written = await ours().send(new BatchWriteCommand({ RequestItems: { [tableName]: items.map((Item) => ({ PutRequest: { Item } })) } }));
    expect(written.UnprocessedItems ?? {}).toEqual({});
    const read = await ours().send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: items.map(({ PK, SK }) => ({ PK, SK })) } } }));
    expect(read.Responses?.[tableName]?.map((item) => item.i).sort((a, b) => a - b)).toEqual(items.map((item) => item.i));
    await ours().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName, Item: { PK: 'TX', SK: 'A', v: 1 }, ConditionExpression: 'attribute_not_exists(PK)' } },
          { Update: { TableName: tableName, Key: { PK: 'BATCH', SK: 'B#00' }, UpdateExpression: 'SET i = i + :d', ExpressionAttributeValues: { ':d': 100 } } },
          { Delete: { TableName: tableName, Key: { PK: 'BATCH', SK: 'B#01' } } },
          { ConditionCheck: { TableName: tableName, Key: { PK: 'BATCH', SK: 'B#02' }, ConditionExpression: 'i = :two', ExpressionAttributeValues: { ':two': 2 } } },
        ],
      }),
    );
    const got = await ours().send(new TransactGetCommand({ TransactItems: [{ Get: { TableName: tableName, Key: { PK: 'TX', SK: 'A' } } }, { Get: { TableName: tableName, Key: { PK: 'BATCH', SK: 'B#00' } } }, { Get: { TableName: tableName, Key: { PK: 'BATCH', SK: 'B#01' } } }] }));
    expect(got.Responses?.map((response) => response.Item)).toEqual([{ PK: 'TX', SK: 'A', v: 1 }, { PK: 'BATCH', SK: 'B#00', i: 100 }, undefined]);
    await ours().send(new DeleteCommand({ TableName: tableName, Key: { PK: 'TX', SK: 'A' } }));
    expect((await ours().send(new GetCommand({ TableName: tableName, Key: { PK: 'TX', SK: 'A' } }))).Item).toBeUndefined();
  });

  it('fails a condition with the SDK’s error: its name, class, status and the old item in wire form', async () => {
    const { tableName } = table();
    const put = { TableName: tableName, Item: { PK: 'COND', SK: 'ITEM', v: 1 }, ConditionExpression: 'attribute_not_exists(PK)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const };
    await ours().send(new PutCommand(put));
    const mine = await failure(ours().send(new PutCommand(put)));
    const theirs = await failure(sdk().send(new SdkPutCommand(put)));
    expect(mine).toBeInstanceOf(ConditionalCheckFailedException);
    expect(mine.name).toBe(theirs.name);
    expect(mine.message).toBe(theirs.message);
    expect(mine.Item).toEqual(theirs.Item);
    expect(mine.$metadata).toMatchObject({ httpStatusCode: 400, attempts: 1 });
  });

  it('cancels a transaction with the SDK’s TransactionCanceledException and its reasons', async () => {
    const { tableName } = table();
    const transaction = {
      TransactItems: [
        { Put: { TableName: tableName, Item: { PK: 'COND', SK: 'ITEM', v: 2 }, ConditionExpression: 'attribute_not_exists(PK)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } },
        { Put: { TableName: tableName, Item: { PK: 'COND', SK: 'OTHER' } } },
      ],
    };
    const { TransactWriteCommand: SdkTransactWriteCommand } = await import('@aws-sdk/lib-dynamodb');
    const mine = await failure(ours().send(new TransactWriteCommand(transaction)));
    const theirs = await failure(sdk().send(new SdkTransactWriteCommand(transaction)));
    expect(mine.name).toBe('TransactionCanceledException');
    expect(mine.CancellationReasons).toEqual(theirs.CancellationReasons);
    expect((await ours().send(new GetCommand({ TableName: tableName, Key: { PK: 'COND', SK: 'OTHER' } }))).Item).toBeUndefined();
  });

  it('names a bad request ValidationException with DynamoDB’s message, and never retries it', async () => {
    let attempts = 0;
    const counting = new DocumentClient({ endpoint: table().endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, wrapExchange: (exchange) => (operation, body) => (attempts++, exchange(operation, body)) });
    const error = await failure(counting.send(new GetCommand({ TableName: table().tableName, Key: { PK: 'only-half' } })));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/key/i);
    expect(attempts).toBe(1);
    counting.destroy();
  });

  it('reads a number JavaScript cannot hold exactly as a BigInt, as the SDK does', async () => {
    const { tableName } = table();
    await table().client.send(new (await import('@aws-sdk/client-dynamodb')).PutItemCommand({ TableName: tableName, Item: { PK: { S: 'BIG' }, SK: { S: 'ITEM' }, n: { N: '123456789012345678901234567890' } } }));
    const mine = (await ours().send(new GetCommand({ TableName: tableName, Key: { PK: 'BIG', SK: 'ITEM' } }))).Item;
    const theirs = (await sdk().send(new SdkGetCommand({ TableName: tableName, Key: { PK: 'BIG', SK: 'ITEM' } }))).Item;
    expect(mine?.n).toBe(123456789012345678901234567890n);
    expect(mine).toEqual(theirs);
  });

  it('passes each command through its middleware in caller form, and stops when it is removed', async () => {
    const seen: string[] = [];
    const remove = ours().use((next) => async (request) => {
      seen.push(`${request.operation}:${JSON.stringify(request.input.Key)}`);
      return next(request);
    });
    await ours().send(new GetCommand({ TableName: table().tableName, Key: { PK: 'MW', SK: 'ITEM' } }));
    remove();
    await ours().send(new GetCommand({ TableName: table().tableName, Key: { PK: 'MW', SK: 'AFTER' } }));
    expect(seen).toEqual(['GetItem:{"PK":"MW","SK":"ITEM"}']);
  });
});

describe("the platform's DynamoDB client on a failing endpoint", () => {
  /** A loopback listener that answers its first `failures` requests with a 500 and forwards the rest to DynamoDB Local. */
  const startFlakyProxy = async (failures: number, target: string) => {
    let seen = 0;
    const server = createServer((socket: Socket) => {
      socket.once('data', async (request) => {
        seen++;
        if (seen <= failures) {
          const body = JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'injected' });
          socket.end(`HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/x-amz-json-1.0\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
          return;
        }
        const { port, hostname } = new URL(target);
        const upstream = (await import('node:net')).connect(Number(port), hostname, () => upstream.write(request));
        upstream.pipe(socket);
        socket.pipe(upstream);
        upstream.on('error', () => socket.destroy());
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    return { url: `http://127.0.0.1:${port}`, seen: () => seen, close: () => new Promise((resolve) => server.close(resolve)) };
  };

  it('retries a server error and succeeds on the next attempt, saying how many it took', async () => {
    await ours().send(new PutCommand({ TableName: table().tableName, Item: { PK: 'RETRY', SK: 'ITEM', text: 'héllo ✓' } }));
    const proxy = await startFlakyProxy(1, table().endpoint);
    const db = new DocumentClient({ endpoint: proxy.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 3 });
    const output = await db.send(new GetCommand({ TableName: table().tableName, Key: { PK: 'RETRY', SK: 'ITEM' } }));
    expect(output.Item?.text).toBe('héllo ✓');
    expect(output.$metadata.attempts).toBe(2);
    db.destroy();
    await proxy.close();
  });

  it('gives up after its attempts with the last server error, status and attempt count on it', async () => {
    const proxy = await startFlakyProxy(10, table().endpoint);
    const db = new DocumentClient({ endpoint: proxy.url, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 3 });
    const error = await failure(db.send(new GetCommand({ TableName: table().tableName, Key: { PK: 'X', SK: 'Y' } })));
    expect(error.name).toBe('InternalServerError');
    expect(error.$metadata).toMatchObject({ httpStatusCode: 500, attempts: 3 });
    expect(proxy.seen()).toBe(3);
    db.destroy();
    await proxy.close();
  });

  it('fails an attempt that gets no answer with a TimeoutError after its request timeout', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket.on('error', () => undefined)));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const db = new DocumentClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 2, requestTimeoutMs: 300 });
    const error = await failure(db.send(new GetCommand({ TableName: 't', Key: { PK: 'k' } })));
    expect(error.name).toBe('TimeoutError');
    expect(sockets).toHaveLength(2);
    for (const socket of sockets) socket.destroy();
    db.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });
});
