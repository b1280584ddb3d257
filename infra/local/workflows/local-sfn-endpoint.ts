import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { workflows, type WorkflowName } from '../../../functions/workflows';
import type { LocalExecution, LocalWorkflowRunner } from './local-workflow-runner';

export interface LocalStepFunctionsEndpoint {
  /** What AWS_ENDPOINT_URL_SFN points at, so `@aws-sdk/client-sfn` reaches the local runner. */
  url: string;
  close(): Promise<void>;
}

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const readJson = async (request: IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
  } catch {
    throw new ServiceError('SerializationException', 'The request body is not JSON.');
  }
};

/** The AWS JSON 1.0 wire shape of DescribeExecution: timestamps in epoch seconds, input and output as strings. */
const describeOutput = (execution: LocalExecution) => ({
  executionArn: execution.executionArn,
  stateMachineArn: execution.stateMachineArn,
  name: execution.name,
  status: execution.status,
  startDate: execution.startDate.getTime() / 1000,
  ...(execution.stopDate && { stopDate: execution.stopDate.getTime() / 1000 }),
  input: JSON.stringify(execution.input),
  ...(execution.status === 'SUCCEEDED' && { output: JSON.stringify(execution.output) }),
  ...(execution.error !== undefined && { error: execution.error }),
  ...(execution.cause !== undefined && { cause: execution.cause }),
});

/**
 * The two Step Functions operations the platform's code calls, StartExecution and DescribeExecution, served
 * over the AWS JSON 1.0 protocol from the local runner: the functions that start workflows use the real
 * SDK client here as in AWS. As in Step Functions, a name already used with the same input answers with
 * that execution; with another input, ExecutionAlreadyExists.
 */
export const startLocalStepFunctionsEndpoint = async (options: {
  runner: LocalWorkflowRunner;
  port?: number;
  host?: string;
}): Promise<LocalStepFunctionsEndpoint> => {
  const { runner } = options;
  const workflowOf = (stateMachineArn: unknown): WorkflowName => {
    const workflow = workflows.find(({ name }) => runner.stateMachineArn(name) === stateMachineArn);
    if (!workflow) throw new ServiceError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(stateMachineArn)}'`);
    return workflow.name;
  };

  const operations: Record<string, (body: Record<string, unknown>) => unknown> = {
    StartExecution: (body) => {
      const workflow = workflowOf(body.stateMachineArn);
      let input: unknown;
      try {
        input = JSON.parse(typeof body.input === 'string' ? body.input : '{}');
      } catch {
        throw new ServiceError('InvalidExecutionInput', 'The input is not JSON.');
      }
      const name = typeof body.name === 'string' ? body.name : crypto.randomUUID();
      const { executionArn } = runner.start(workflow, name, input as object);
      return { executionArn, startDate: runner.describe(executionArn)!.startDate.getTime() / 1000 };
    },
    DescribeExecution: (body) => {
      const execution = runner.describe(String(body.executionArn));
      if (!execution) throw new ServiceError('ExecutionDoesNotExist', `Execution Does Not Exist: '${String(body.executionArn)}'`);
      return describeOutput(execution);
    },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
      response.end(JSON.stringify(body));
    };
    try {
      const operation = String(request.headers['x-amz-target'] ?? '').replace(/^AWSStepFunctions\./, '');
      const run = operations[operation];
      if (request.method !== 'POST' || !run) throw new ServiceError('UnknownOperationException', `The local runtime does not serve ${operation || 'that request'}.`);
      reply(200, await run(await readJson(request)));
    } catch (error) {
      const name = error instanceof ServiceError ? error.type : error instanceof Error ? error.name : 'InternalFailure';
      const message = error instanceof Error ? error.message : String(error);
      reply(name === 'InternalFailure' || name === 'Error' ? 500 : 400, { __type: name, message });
    }
  };

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
};
