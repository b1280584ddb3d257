import { marshall, unmarshall, type NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Operation } from './commands';

/**
 * What the document client changes between a command's input or output and DynamoDB's wire form: the same
 * fields `@aws-sdk/lib-dynamodb` marshals, with the same options (undefined values dropped, numbers read as
 * JS numbers, a number too large for one refused by `unmarshall`). Everything else passes as it is.
 */
type Fields = Record<string, unknown>;
type WireMap = Record<string, AttributeValue>;
type NativeMap = Record<string, NativeAttributeValue>;

const toWire = (value: unknown): WireMap | undefined =>
  value === undefined ? undefined : marshall(value as NativeMap, { removeUndefinedValues: true });
const fromWire = (value: unknown): NativeMap | undefined => (value === undefined ? undefined : unmarshall(value as WireMap));

/** A copy of `fields` with each named field passed through `convert`, when it is there. */
const converting = (fields: Fields | undefined, names: readonly string[], convert: (value: unknown) => unknown): Fields | undefined => {
  if (!fields) return fields;
  const out: Fields = { ...fields };
  for (const name of names) if (out[name] !== undefined) out[name] = convert(out[name]);
  return out;
};
const eachOf = (convert: (value: unknown) => unknown) => (list: unknown) => (list as unknown[]).map(convert);
const eachTable = (convert: (value: unknown) => unknown) => (tables: unknown) =>
  Object.fromEntries(Object.entries(tables as Fields).map(([table, value]) => [table, convert(value)]));

const keyAndValues = (convert: typeof toWire) => (fields: unknown) => converting(fields as Fields, ['Key', 'Item', 'ExpressionAttributeValues'], convert);
const writeRequest = (convert: typeof toWire) => (request: unknown) =>
  converting(request as Fields, ['PutRequest', 'DeleteRequest'], (inner) => converting(inner as Fields, ['Item', 'Key'], convert));
const transactWrite = (item: unknown) => converting(item as Fields, ['ConditionCheck', 'Put', 'Delete', 'Update'], keyAndValues(toWire));
const keysAndAttributes = (convert: typeof toWire) => (entry: unknown) => converting(entry as Fields, ['Keys'], eachOf(convert));

interface Shape {
  request(input: Fields): Fields | undefined;
  response(output: Fields): Fields | undefined;
}

const itemResponse = (output: Fields) => converting(output, ['Item', 'Attributes'], fromWire);
const pageResponse = (output: Fields) => converting(converting(output, ['Items'], eachOf(fromWire)), ['LastEvaluatedKey'], fromWire);

export const SHAPES: Record<Operation, Shape> = {
  GetItem: { request: keyAndValues(toWire), response: itemResponse },
  PutItem: { request: keyAndValues(toWire), response: itemResponse },
  UpdateItem: { request: keyAndValues(toWire), response: itemResponse },
  DeleteItem: { request: keyAndValues(toWire), response: itemResponse },
  Query: { request: (input) => converting(input, ['ExpressionAttributeValues', 'ExclusiveStartKey'], toWire), response: pageResponse },
  Scan: { request: (input) => converting(input, ['ExpressionAttributeValues', 'ExclusiveStartKey'], toWire), response: pageResponse },
  BatchGetItem: {
    request: (input) => converting(input, ['RequestItems'], eachTable(keysAndAttributes(toWire))),
    response: (output) =>
      converting(converting(output, ['Responses'], eachTable(eachOf(fromWire))), ['UnprocessedKeys'], eachTable(keysAndAttributes(fromWire))),
  },
  BatchWriteItem: {
    request: (input) => converting(input, ['RequestItems'], eachTable(eachOf(writeRequest(toWire)))),
    response: (output) => converting(output, ['UnprocessedItems'], eachTable(eachOf(writeRequest(fromWire)))),
  },
  TransactGetItems: {
    request: (input) => converting(input, ['TransactItems'], eachOf((item) => converting(item as Fields, ['Get'], keyAndValues(toWire)))),
    response: (output) => converting(output, ['Responses'], eachOf((response) => converting(response as Fields, ['Item'], fromWire))),
  },
  TransactWriteItems: { request: (input) => converting(input, ['TransactItems'], eachOf(transactWrite)), response: (output) => output },
};
