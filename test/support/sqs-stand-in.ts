import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SqsApi } from '../../shared/aws/sqs/sqs-api';

type Operation = keyof SqsApi;
type Answer<Op extends Operation> = (input: Parameters<SqsApi[Op]>[0]) => Awaited<ReturnType<SqsApi[Op]>>;

/**
 * SQS as a test scripts it, over HTTP on loopback in SQS's JSON protocol: each operation answers what the
 * test says, and every request's input is kept. For the consumers' tests that need SQS to refuse an entry on
 * cue, which no engine does; the light SQS client itself is tested against fauxqs (test/integration/queues)
 * and moto (test/aws-emulator/light-client-signing.test.ts). An operation the test has not scripted is
 * answered as SQS answers one it does not know.
 */
export const startSqsStandIn = async () => {
  const received: { operation: string; input: unknown }[] = [];
  const answers = new Map<string, (input: never) => unknown>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const operation = String(request.headers['x-amz-target'] ?? '').replace(/^AmazonSQS\./, '');
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as never;
      received.push({ operation, input });
      const answer = answers.get(operation);
      const [status, body] = answer ? [200, answer(input) ?? {}] : [400, { __type: 'com.amazonaws.sqs#UnsupportedOperation', message: `${operation} is not scripted` }];
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** From now on, `operation` answers what `answer` gives for its input. */
    on<Op extends Operation>(operation: Op, answer: Answer<Op>) {
      answers.set(operation, answer as (input: never) => unknown);
    },
    /** The inputs of every `operation` request received since the last reset, in order. */
    inputs<Op extends Operation>(operation: Op): Parameters<SqsApi[Op]>[0][] {
      return received.filter((entry) => entry.operation === operation).map((entry) => entry.input as Parameters<SqsApi[Op]>[0]);
    },
    reset() {
      received.length = 0;
      answers.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
