import { routes } from '../functions/routes';
import { dynamoDocumentClient } from '../shared/aws/clients';
import { catalogSeed } from '../shared/catalog/catalog-seed';
import type { RouteDefinition } from '../shared/http/route';
import { attachCapacityRecorder } from './capacity-recorder';
import { examplePath } from './function-events';
import { round } from './stats';
import { acceptBenchCallers, BENCH_TOKEN } from './stand-in-auth';

export interface RequestCountResult {
  operationId: string;
  request: string;
  caller: 'anonymous' | 'authorised';
  status: number;
  /** DynamoDB requests the operation sent, their operations, and the capacity units they consumed. */
  requests: number;
  operations: string[];
  capacityUnits: number;
}

interface Example {
  params?: Record<string, string>;
  body?: unknown;
  note?: string;
}

/** A service the write examples create, change and deactivate, so the seeded catalog is left as it was. */
const benchService = { ...catalogSeed[0]!, slug: 'bench-app', name: 'Bench app' };

/**
 * Requests per operation beyond its path example (function-events.ts). Operations not listed are sent
 * with their example path and no body; listing a new write operation here makes its row meaningful.
 */
const examples: Record<string, Example[]> = {
  getService: [{}, { params: { slug: 'no-such-service' }, note: 'unknown slug' }],
  createService: [{ body: benchService }],
  updateService: [{ params: { slug: benchService.slug }, body: { description: 'Changed by the bench.' } }],
  deactivateService: [{ params: { slug: benchService.slug } }],
};

/** GET routes read; the design allows each at most one DynamoDB request (DESIGN sections 4 and 9). */
const isRead = (route: RouteDefinition) => route.method === 'GET';

/**
 * Sends each route of the route table through the local platform, one request at a time, and records the
 * DynamoDB commands the handler sent while answering. Protected routes go once without credentials (they
 * must be refused before any request) and once as a stand-in caller. Returns the rows and the violations
 * of the one-request rule for reads.
 */
export const countDynamoDbRequests = async (baseUrl: string, drainStreams: () => Promise<void>) => {
  acceptBenchCallers();
  const recorder = attachCapacityRecorder(dynamoDocumentClient());
  const rows: RequestCountResult[] = [];
  const violations: string[] = [];
  try {
    for (const route of routes) {
      for (const example of examples[route.operationId] ?? [{}]) {
        const { path } = examplePath(route, example.params);
        const callers = route.auth === 'public' ? (['anonymous'] as const) : (['anonymous', 'authorised'] as const);
        for (const caller of callers) {
          recorder.take();
          const response = await fetch(`${baseUrl}${path}`, {
            method: route.method,
            headers: {
              ...(caller === 'authorised' ? { authorization: `Bearer ${BENCH_TOKEN}` } : {}),
              ...(example.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: example.body === undefined ? undefined : JSON.stringify(example.body),
          });
          await response.arrayBuffer();
          const commands = recorder.take();
          // Work the request set off on the stream (the outbox) is not the operation's own; let it finish.
          await drainStreams();
          recorder.take();
          const row: RequestCountResult = {
            operationId: example.note ? `${route.operationId} (${example.note})` : route.operationId,
            request: `${route.method} ${path}`,
            caller,
            status: response.status,
            requests: commands.length,
            operations: commands.map((c) => (c.error ? `${c.operation}!${c.error}` : c.operation)),
            capacityUnits: round(commands.reduce((sum, c) => sum + c.capacityUnits, 0), 2),
          };
          rows.push(row);
          if (isRead(route) && row.requests > 1) {
            violations.push(`${row.request} (${row.operationId}, ${caller}) sent ${row.requests} DynamoDB requests (${row.operations.join(', ')}); a read route must be a single DynamoDB request.`);
          }
          if (response.status >= 500) violations.push(`${row.request} (${caller}) answered ${response.status}; its count means nothing.`);
        }
      }
    }
  } finally {
    recorder.detach();
  }
  return { rows, violations };
};
