import { JsonServiceClient, type JsonServiceSettings } from './json-service-client';
import type { JsonProtocol } from './signed-exchange';

/** The signature of one operation of a JSON-protocol service: its input, as JSON, to its parsed output. */
export type JsonOperation = (input: never) => Promise<unknown>;

/**
 * The named operations of one JSON-protocol service (SQS, EventBridge, Step Functions, Secrets Manager) as
 * async functions on one light client: each sends its input as the request's JSON body and answers the parsed
 * JSON of the success. Errors, retries and timeouts are the client's (./json-service-client.ts). The
 * operations keep AWS's names, so a reader finds them in the service's API reference.
 */
export const jsonApi = <Api extends { [Operation in keyof Api]: JsonOperation }>(
  protocol: JsonProtocol,
  settings: JsonServiceSettings,
  operations: readonly (keyof Api & string)[],
): Api & { destroy(): void } => {
  const client = new JsonServiceClient(protocol, settings);
  const api = Object.fromEntries(
    operations.map((operation) => [operation, async (input: unknown) => JSON.parse((await client.call(operation, JSON.stringify(input))).text) as unknown]),
  ) as unknown as Api;
  return Object.assign(api, { destroy: client.destroy });
};
