/**
 * Issue 21: the platform's light clients (shared/aws/json-protocol: DynamoDB, KMS, SQS, EventBridge, Step
 * Functions, Secrets Manager, EKS) sign their own requests
 * instead of going through the AWS SDK's clients. moto checks Signature Version 4 with botocore's signer once its IAM
 * authentication is on (`/moto-api/reset-auth`), so here a signature is verified by code nobody here wrote:
 * requests signed with an IAM user's key (and with temporary credentials carrying a session token, as Lambda
 * gives a function's role) are served, and the same requests with a wrong secret are refused.
 */
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { CreateEventBusCommand, EventBridgeClient, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateStateMachineCommand, DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createPublicKey, verify } from 'node:crypto';
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOTO_ACCOUNT_ID, motoClientConfig, startMoto, type MotoServer } from '../../infra/aws-emulator/start-moto';
import { DocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '../../shared/aws/dynamodb';
import { eksDescribeCluster } from '../../shared/aws/eks/describe-cluster';
import { eventBridgeApi } from '../../shared/aws/eventbridge/eventbridge-api';
import { kmsSigningKey } from '../../shared/aws/kms/kms-signing-key';
import { secretsManagerApi } from '../../shared/aws/secrets-manager/secrets-manager-api';
import { sfnApi } from '../../shared/aws/sfn/sfn-api';
import { sqsApi } from '../../shared/aws/sqs/sqs-api';
import { domainEvent } from '../../shared/events/domain-event';
import { eventBridgePublisher } from '../../shared/events/eventbridge-publisher';
import { sqsQueuePort } from '../../shared/queues/sqs-queue-port';
import { stepFunctionsStarter } from '../../shared/subscriptions/step-functions-starter';
import type { WorkflowName } from '../../shared/subscriptions/workflow-starter';

const TABLE = 'signing';
let moto: MotoServer;
let key: { accessKeyId: string; secretAccessKey: string };
let tokenKeyId: string;
let queueUrl: string;
let busQueueUrl: string;
let stateMachineArn: string;
let secretArn: string;
const BUS = 'platform-bus';

beforeAll(async () => {
  // Its own moto: authentication is a setting of the whole server.
  moto = await startMoto();
  const config = motoClientConfig(moto.endpoint);
  await new DynamoDBClient(config).send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }, { AttributeName: 'SK', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
    }),
  );
  const { KeyMetadata } = await new KMSClient(config).send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }));
  tokenKeyId = KeyMetadata!.KeyId!;
  const sqs = new SQSClient(config);
  queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'deliveries' }))).QueueUrl!;
  // The bus's events land in a queue through a rule, where the test reads what the publisher put.
  busQueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'bus-events' }))).QueueUrl!;
  const busQueueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: busQueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  const events = new EventBridgeClient(config);
  await events.send(new CreateEventBusCommand({ Name: BUS }));
  await events.send(new PutRuleCommand({ Name: 'all', EventBusName: BUS, EventPattern: JSON.stringify({ source: ['paas.platform'] }) }));
  await events.send(new PutTargetsCommand({ Rule: 'all', EventBusName: BUS, Targets: [{ Id: 'queue', Arn: busQueueArn }] }));
  await new EKSClient(config).send(
    new CreateClusterCommand({ name: 'platform', roleArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/eks`, resourcesVpcConfig: { subnetIds: ['subnet-1'] } }),
  );
  secretArn = (await new SecretsManagerClient(config).send(new CreateSecretCommand({ Name: 'paas/inbound/payments', SecretString: 'whsec_signed' }))).ARN!;
  const definition = JSON.stringify({ StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } });
  stateMachineArn = (
    await new SFNClient(config).send(new CreateStateMachineCommand({ name: 'provision', definition, roleArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/workflows` }))
  ).stateMachineArn!;
  // The next five requests (a user, its policy and key, a role and its policy) go unchecked; every one after is authenticated.
  await moto.motoApi('/moto-api/reset-auth', { method: 'POST', body: '5' });
  const iam = new IAMClient(config);
  const tableAccess = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:*', 'kms:GetPublicKey', 'kms:Sign', 'sts:AssumeRole', 'sqs:*', 'events:PutEvents', 'states:StartExecution', 'states:DescribeExecution', 'eks:DescribeCluster', 'secretsmanager:GetSecretValue'], Resource: '*' }] });
  await iam.send(new CreateUserCommand({ UserName: 'platform' }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: 'platform',
      PolicyName: 'table',
      PolicyDocument: tableAccess,
    }),
  );
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'platform' }));
  key = { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] };
  await iam.send(new CreateRoleCommand({ RoleName: 'function', AssumeRolePolicyDocument: JSON.stringify(trust) }));
  await iam.send(new PutRolePolicyCommand({ RoleName: 'function', PolicyName: 'table', PolicyDocument: tableAccess }));
}, 120_000);

afterAll(async () => {
  await moto?.stop();
});

const clientWith = (credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) =>
  new DocumentClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials, maxAttempts: 1 });

describe("the platform's light clients against moto with signatures checked", () => {
  it('KMS: reads the public key and signs with a signature that verifies with it', async () => {
    const kms = kmsSigningKey(tokenKeyId, { endpoint: moto.endpoint, region: 'us-east-1', credentials: key, maxAttempts: 1 });
    const publicKey = createPublicKey({ key: Buffer.from(await kms.publicKey()), format: 'der', type: 'spki' });
    const message = Buffer.from('header.payload');
    expect(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, Buffer.from(await kms.sign(message)))).toBe(true);
    const refused = await kmsSigningKey(tokenKeyId, { endpoint: moto.endpoint, region: 'us-east-1', credentials: { ...key, secretAccessKey: 'wrong' }, maxAttempts: 1 })
      .sign(message)
      .catch((error: { $metadata?: { httpStatusCode?: number } }) => error.$metadata?.httpStatusCode);
    expect(refused).toBe(403);
  });


  it("DynamoDB: is served when it signs with an IAM user's key: a put, a get, a transaction and a query", async () => {
    const db = clientWith(key);
    await db.send(new PutCommand({ TableName: TABLE, Item: { PK: 'A', SK: '1', n: 1, tags: new Set(['x']) } }));
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: TABLE, Item: { PK: 'A', SK: '2', n: 2 }, ConditionExpression: 'attribute_not_exists(PK)' } },
          { Update: { TableName: TABLE, Key: { PK: 'A', SK: '1' }, UpdateExpression: 'SET n = n + :one', ExpressionAttributeValues: { ':one': 1 } } },
        ],
      }),
    );
    expect((await db.send(new GetCommand({ TableName: TABLE, Key: { PK: 'A', SK: '1' } }))).Item).toEqual({ PK: 'A', SK: '1', n: 2, tags: new Set(['x']) });
    const { Items } = await db.send(new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'A' } }));
    expect(Items?.map((item) => item.SK)).toEqual(['1', '2']);
    db.destroy();
  });

  it('DynamoDB: is served with a role\'s temporary credentials and their session token, as Lambda gives them', async () => {
    const sts = new STSClient({ ...motoClientConfig(moto.endpoint), credentials: key });
    const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/function`, RoleSessionName: 'lambda' }));
    expect(Credentials?.SessionToken).toBeTruthy();
    const db = clientWith({ accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! });
    await db.send(new PutCommand({ TableName: TABLE, Item: { PK: 'B', SK: '1' } }));
    expect((await db.send(new GetCommand({ TableName: TABLE, Key: { PK: 'B', SK: '1' } }))).Item).toEqual({ PK: 'B', SK: '1' });
    db.destroy();
  });

  it('DynamoDB: is refused with a 403 when the signature is made with a wrong secret, and writes nothing', async () => {
    const db = clientWith({ accessKeyId: key.accessKeyId, secretAccessKey: `${key.secretAccessKey}x` });
    const refused = await db.send(new PutCommand({ TableName: TABLE, Item: { PK: 'C', SK: '1' } })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(403);
    expect((refused as Error).name).toMatch(/Signature/);
    const good = clientWith(key);
    expect((await good.send(new GetCommand({ TableName: TABLE, Key: { PK: 'C', SK: '1' } }))).Item).toBeUndefined();
    good.destroy();
    db.destroy();
  });

  const settingsWith = (credentials: { accessKeyId: string; secretAccessKey: string }) => ({ endpoint: moto.endpoint, region: 'us-east-1', credentials, maxAttempts: 1 });
  const statusOf = (error: { $metadata?: { httpStatusCode?: number } }) => error.$metadata?.httpStatusCode;

  it('SQS: the webhook queue port sends one message and a batch, and moves a visibility, signed with the user key; a wrong secret is refused', async () => {
    const sqs = sqsApi(settingsWith(key));
    const port = sqsQueuePort(sqs, queueUrl);
    await port.send(JSON.stringify({ n: 0 }));
    expect(await port.sendBatch([1, 2, 3].map((n) => ({ body: JSON.stringify({ n }) })))).toEqual({ failed: [] });
    const { Messages = [] } = await sqs.ReceiveMessage({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 });
    expect(Messages.map((message) => JSON.parse(message.Body!).n).sort()).toEqual([0, 1, 2, 3]);
    await port.retryAfter(Messages[0]!.ReceiptHandle!, 0);
    expect((await sqs.GetQueueAttributes({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages'] })).Attributes?.ApproximateNumberOfMessages).toBe('1');
    const forged = sqsApi(settingsWith({ ...key, secretAccessKey: 'wrong' }));
    expect(await sqsQueuePort(forged, queueUrl).send(JSON.stringify({ n: 9 })).catch(statusOf)).toBe(403);
    sqs.destroy();
    forged.destroy();
  });

  it('EventBridge: the publisher puts an event on the bus, detail and time whole, signed with the user key; a wrong secret is refused', async () => {
    const event = domainEvent('subscription.activated', { userId: 'U1', subscriptionId: 'S1' }, new Date('2026-03-04T05:06:07Z'));
    const events = eventBridgeApi(settingsWith(key));
    await eventBridgePublisher(events, BUS).publish([event]);
    const sqs = sqsApi(settingsWith(key));
    const { Messages = [] } = await sqs.ReceiveMessage({ QueueUrl: busQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 });
    expect(Messages.map((message) => JSON.parse(message.Body!))).toEqual([
      expect.objectContaining({ source: 'paas.platform', 'detail-type': 'subscription.activated', time: '2026-03-04T05:06:07Z', detail: expect.objectContaining({ userId: 'U1', eventId: event.id }) }),
    ]);
    const forged = eventBridgeApi(settingsWith({ ...key, secretAccessKey: 'wrong' }));
    expect(await eventBridgePublisher(forged, BUS).publish([event]).catch(statusOf)).toBe(403);
    for (const client of [events, sqs, forged]) client.destroy();
  });

  it('Step Functions: the starter starts an execution signed with the user key, takes its name again as started, and a wrong secret is refused', async () => {
    const sfn = sfnApi(settingsWith(key));
    const starter = stepFunctionsStarter(sfn, { 'provision-instance': stateMachineArn } as Record<WorkflowName, string>);
    await starter.start('provision-instance', 'sub-1', { subscriptionId: 'S1' });
    // The same name with another input: Step Functions answers ExecutionAlreadyExists, which means "already started".
    await starter.start('provision-instance', 'sub-1', { subscriptionId: 'other' });
    const execution = await new SFNClient({ ...motoClientConfig(moto.endpoint), credentials: key }).send(
      new DescribeExecutionCommand({ executionArn: stateMachineArn.replace(':stateMachine:', ':execution:') + ':sub-1' }),
    );
    expect(JSON.parse(execution.input!)).toEqual({ subscriptionId: 'S1' });
    const forged = sfnApi(settingsWith({ ...key, secretAccessKey: 'wrong' }));
    expect(await stepFunctionsStarter(forged, { 'provision-instance': stateMachineArn } as Record<WorkflowName, string>).start('provision-instance', 'sub-2', {}).catch(statusOf)).toBe(403);
    sfn.destroy();
    forged.destroy();
  });

  it('EKS: DescribeCluster (a signed REST GET) reads the cluster with the user key; an unknown cluster is a 404 and a wrong secret a 403', async () => {
    const { describeCluster, destroy } = eksDescribeCluster(settingsWith(key));
    expect(await describeCluster('platform')).toMatchObject({ status: 'ACTIVE', endpoint: expect.stringMatching(/^https:\/\//), certificateAuthority: { data: expect.any(String) } });
    expect(await describeCluster('nowhere').catch(statusOf)).toBe(404);
    const forged = eksDescribeCluster(settingsWith({ ...key, secretAccessKey: 'wrong' }));
    expect(await forged.describeCluster('platform').catch(statusOf)).toBe(403);
    destroy();
    forged.destroy();
  });

  it('Secrets Manager: reads a secret signed with the user key; a wrong secret key is refused', async () => {
    const secrets = secretsManagerApi(settingsWith(key));
    expect((await secrets.GetSecretValue({ SecretId: secretArn })).SecretString).toBe('whsec_signed');
    const forged = secretsManagerApi(settingsWith({ ...key, secretAccessKey: 'wrong' }));
    expect(await forged.GetSecretValue({ SecretId: secretArn }).catch(statusOf)).toBe(403);
    secrets.destroy();
    forged.destroy();
  });
});
