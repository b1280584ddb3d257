import type { JsonServiceClient } from './json-service-client';

/** The signature of one operation of a JSON-protocol service: its input, as JSON, to its parsed output. */
export type JsonOperation = (input: never) => Promise<unknown>;

/**
 * The named operations of one JSON-protocol service (SQS, EventBridge, Step Functions, Secrets Manager) as async functions:
 * each sends its input as the request's JSON body and answers the parsed JSON of the success. Errors, retries
 * and timeouts are the client's (./json-service-client.ts). The operations keep AWS's names, so a reader finds
 * them in the service's API reference.
 */
export const jsonApi = <Api extends { [Operation in keyof Api]: JsonOperation }>(client: JsonServiceClient, operations: readonly (keyof Api & string)[]): Api =>
  Object.fromEntries(
    operations.map((operation) => [operation, async (input: unknown) => JSON.parse((await client.call(operation, JSON.stringify(input))).text) as unknown]),
  ) as unknown as Api;
