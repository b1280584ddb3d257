import type { AwsCredentialIdentity } from '@smithy/types';
import { DocumentClient } from './dynamodb';
import type { JsonServiceSettings } from './json-protocol/json-service-client';
import { kmsSigningKey, type KmsSigningKey } from './kms/kms-signing-key';

/**
 * AWS answers in milliseconds, or not at all: without these the SDK waits for a hung endpoint up to its
 * 300 s socket timeout, far past the function's 10 s (infra/aws/constructs/platform-function.ts), and the
 * caller gets the gateway's bare error instead of our 503 with Retry-After. Each attempt gives up after
 * these (a TimeoutError, retried, then answered 503); three attempts fit in the function's timeout. The same
 * for every service: each of them (KMS signing a token, Step Functions starting a workflow, SQS, Secrets
 * Manager) can sit in a request's path.
 */
export const AWS_TIMEOUTS = { connectionTimeoutMs: 1000, requestTimeoutMs: 2500 } as const;
const requestHandler = {
  connectionTimeout: AWS_TIMEOUTS.connectionTimeoutMs,
  requestTimeout: AWS_TIMEOUTS.requestTimeoutMs,
  // Without it a request past requestTimeout is only logged as a warning, and goes on waiting.
  throwOnRequestTimeout: true,
};

/**
 * Every AWS client is made with this configuration, so all of them honour AWS_ENDPOINT_URL (LocalStack,
 * DynamoDB Local) and its per-service forms the same way: the light DynamoDB and KMS clients here; the light
 * SQS, Step Functions, EventBridge and Secrets Manager clients and the AWS SDK's S3 and SES clients each in a
 * module of its own beside this one (sqs-, sfn-, eventbridge-, secrets-manager-, s3-, ses-client.ts;
 * shared/kubernetes/eks-source.ts for EKS), so only a function that calls it loads it. Clients are created once per process and reused across
 * invocations, which keeps connections warm.
 */
export const AWS_SERVICES = ['DYNAMODB', 'EKS', 'EVENTBRIDGE', 'KMS', 'S3', 'SECRETSMANAGER', 'SESV2', 'SFN', 'SQS'] as const;
export type AwsService = (typeof AWS_SERVICES)[number];

export const clientConfig = (service: AwsService, env: NodeJS.ProcessEnv = process.env) => {
  const endpoint = emulatorEndpoint(service, env);
  return {
    ...(endpoint ? { endpoint } : {}),
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    maxAttempts: 3,
    requestHandler,
  };
};

/**
 * The service's endpoint when an emulator's is configured (AWS_ENDPOINT_URL or its per-service form), else
 * undefined. Cognito has no client here (the functions only verify its tokens) but its JWKS moves with it.
 */
export const emulatorEndpoint = (service: AwsService | 'COGNITO_IDENTITY_PROVIDER', env: NodeJS.ProcessEnv = process.env): string | undefined =>
  env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;

/** The services the platform reaches through its light JSON-protocol clients, and each one's host name in AWS. */
const JSON_SERVICE_HOSTS = { DYNAMODB: 'dynamodb', KMS: 'kms', SQS: 'sqs', SFN: 'states', EVENTBRIDGE: 'events', EKS: 'eks', SECRETSMANAGER: 'secretsmanager' } as const;
export type JsonService = keyof typeof JSON_SERVICE_HOSTS;

/**
 * The settings of the platform's light clients (shared/aws/json-protocol: DynamoDB, KMS, SQS, Step Functions,
 * EventBridge, Secrets Manager, and EKS's DescribeCluster), taken from the same configuration as every SDK client: the emulator's endpoint or the
 * region's own, the attempts and both timeouts.
 */
export const jsonServiceSettings = (service: JsonService, env: NodeJS.ProcessEnv = process.env, credentials?: AwsCredentialIdentity): JsonServiceSettings => {
  const config = clientConfig(service, env);
  return {
    endpoint: config.endpoint ?? `https://${JSON_SERVICE_HOSTS[service]}.${config.region}.amazonaws.com`,
    region: config.region,
    ...(credentials ? { credentials } : {}),
    maxAttempts: config.maxAttempts,
    connectionTimeoutMs: config.requestHandler.connectionTimeout,
    requestTimeoutMs: config.requestHandler.requestTimeout,
  };
};

let documentClient: DocumentClient | undefined;
export const dynamoDocumentClient = (): DocumentClient => (documentClient ??= new DocumentClient(jsonServiceSettings('DYNAMODB')));

/** The KMS key that signs customer tokens, through the light client (shared/aws/kms/kms-signing-key.ts). */
export const kmsKey = (keyId: string): KmsSigningKey => kmsSigningKey(keyId, jsonServiceSettings('KMS'));

