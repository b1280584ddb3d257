import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultFunctionTimeout } from '../../../infra/aws/constructs/platform-function';
import { AWS_SERVICES, AWS_TIMEOUTS, type AwsService, clientConfig, jsonServiceSettings } from '../../../shared/aws/clients';
import { eksDescribeCluster } from '../../../shared/aws/eks/describe-cluster';
import { eventBridgeApi } from '../../../shared/aws/eventbridge/eventbridge-api';
import { kmsSigningKey } from '../../../shared/aws/kms/kms-signing-key';
import { secretsManagerApi } from '../../../shared/aws/secrets-manager/secrets-manager-api';
import { sfnApi } from '../../../shared/aws/sfn/sfn-api';
import { sqsApi } from '../../../shared/aws/sqs/sqs-api';
import { DocumentClient, GetCommand } from '../../../shared/aws/dynamodb';
import { recordHardeningFigures } from '../../support/hardening-report';

/**
 * Fault: an AWS endpoint that accepts connections and never answers (a hung service, a black-holed route).
 * Every client the functions use (shared/aws/clients.ts) must give up each attempt after its timeout and fail
 * with a TimeoutError after its retries, well inside a function's timeout, so the handler answers 503 or
 * retries its message instead of hanging for the SDK's default of 300 s. Only DynamoDB's client had timeouts.
 */
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/** A listener that takes every connection and keeps it open without a byte back, counting the attempts. */
const startHungEndpoint = async () => {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
};

type Endpoint = Awaited<ReturnType<typeof startHungEndpoint>>;

/** One cheap call per service, as the functions make them, through a client configured like theirs. */
const callOf: Record<AwsService, (endpoint: string) => Promise<unknown>> = {
  // The platform's own DynamoDB client (shared/aws/dynamodb), not the SDK's: the one the functions use.
  DYNAMODB: (url) => new DocumentClient(jsonServiceSettings('DYNAMODB', { AWS_ENDPOINT_URL: url }, credentials)).send(new GetCommand({ TableName: 't', Key: { PK: 'k' } })),
  EKS: (url) => eksDescribeCluster(jsonServiceSettings('EKS', { AWS_ENDPOINT_URL: url }, credentials)).describeCluster('platform'),
  // EventBridge, Step Functions, SQS, Secrets Manager and EKS: the light clients too (shared/aws/*).
  EVENTBRIDGE: (url) =>
    eventBridgeApi(jsonServiceSettings('EVENTBRIDGE', { AWS_ENDPOINT_URL: url }, credentials)).PutEvents({
      Entries: [{ Source: 'paas.platform', DetailType: 'probe', Detail: '{}', EventBusName: 'bus' }],
    }),
  // KMS too: the light client (shared/aws/kms) the token signer uses.
  KMS: (url) => kmsSigningKey('alias/customer-tokens', jsonServiceSettings('KMS', { AWS_ENDPOINT_URL: url }, credentials)).sign(Buffer.from('probe')),
  S3: (url) =>
    new S3Client({ ...clientConfig('S3', { AWS_ENDPOINT_URL: url }), forcePathStyle: true, credentials }).send(new HeadObjectCommand({ Bucket: 'backups', Key: 'backups/probe' })),
  SECRETSMANAGER: (url) => secretsManagerApi(jsonServiceSettings('SECRETSMANAGER', { AWS_ENDPOINT_URL: url }, credentials)).GetSecretValue({ SecretId: 'stripe' }),
  SESV2: (url) =>
    new SESv2Client({ ...clientConfig('SESV2', { AWS_ENDPOINT_URL: url }), credentials }).send(
      new SendEmailCommand({ FromEmailAddress: 'a@example.com', Destination: { ToAddresses: ['b@example.com'] }, Content: { Simple: { Subject: { Data: 's' }, Body: { Text: { Data: 'b' } } } } }),
    ),
  SFN: (url) =>
    sfnApi(jsonServiceSettings('SFN', { AWS_ENDPOINT_URL: url }, credentials)).StartExecution({ stateMachineArn: 'arn:aws:states:us-east-1:000000000000:stateMachine:provision', input: '{}' }),
  SQS: (url) => sqsApi(jsonServiceSettings('SQS', { AWS_ENDPOINT_URL: url }, credentials)).SendMessage({ QueueUrl: `${url}/000000000000/deliveries`, MessageBody: '{}' }),
};

const endpoints: Endpoint[] = [];
afterAll(async () => {
  await Promise.all(endpoints.map((endpoint) => endpoint.close()));
});

describe('fault: an AWS endpoint that never answers', () => {
  it('the timeouts and retries of every client fit in a function’s timeout', () => {
    for (const service of AWS_SERVICES) {
      const config = clientConfig(service, {});
      expect(config.requestHandler, service).toMatchObject({ throwOnRequestTimeout: true, requestTimeout: AWS_TIMEOUTS.requestTimeoutMs, connectionTimeout: AWS_TIMEOUTS.connectionTimeoutMs });
      // Each attempt waits for its connection or its answer, never both; the standard retry backoff adds < 1 s.
      expect(config.maxAttempts * Math.max(AWS_TIMEOUTS.requestTimeoutMs, AWS_TIMEOUTS.connectionTimeoutMs) + 1000).toBeLessThan(defaultFunctionTimeout.toMilliseconds());
    }
    // The platform's light DynamoDB and KMS clients take the same settings.
    for (const service of ['DYNAMODB', 'KMS'] as const) {
      expect(jsonServiceSettings(service, {}), service).toMatchObject({ maxAttempts: clientConfig(service, {}).maxAttempts, requestTimeoutMs: AWS_TIMEOUTS.requestTimeoutMs, connectionTimeoutMs: AWS_TIMEOUTS.connectionTimeoutMs });
    }
  });

  it('every client gives up with a TimeoutError after its attempts, instead of waiting for the socket’s 300 s', async () => {
    const outcomes = await Promise.all(
      AWS_SERVICES.map(async (service) => {
        const endpoint = await startHungEndpoint();
        endpoints.push(endpoint);
        const error = await callOf[service](endpoint.url).then(
          () => undefined,
          (failure: Error) => failure,
        );
        return { service, errorName: error?.name, attempts: endpoint.connections() };
      }),
    );
    for (const outcome of outcomes) {
      expect(outcome, outcome.service).toEqual({ service: outcome.service, errorName: 'TimeoutError', attempts: clientConfig(outcome.service, {}).maxAttempts });
    }
    recordHardeningFigures('aws-unresponsive', {
      suite: 'Fault: an AWS endpoint that never answers',
      figures: { services: outcomes.length, faultsInjected: outcomes.length },
      notes: [
        `${outcomes.map((o) => o.service).join(', ')}: each gave up with a TimeoutError after ${clientConfig('SQS', {}).maxAttempts} attempts of ${AWS_TIMEOUTS.requestTimeoutMs} ms`,
        'Fixed: only the DynamoDB client had a request timeout; a hung KMS, Step Functions, SQS, EventBridge, Secrets Manager, SES or EKS endpoint held a request or a message for the SDK’s 300 s socket timeout',
      ],
    });
  }, 60_000);
});
