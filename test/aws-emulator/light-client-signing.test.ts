/**
 * Issue 21: the platform's light DynamoDB and KMS clients (shared/aws/json-protocol) sign their own requests
 * instead of going through the AWS SDK's clients. moto checks Signature Version 4 with botocore's signer once its IAM
 * authentication is on (`/moto-api/reset-auth`), so here a signature is verified by code nobody here wrote:
 * requests signed with an IAM user's key (and with temporary credentials carrying a session token, as Lambda
 * gives a function's role) are served, and the same requests with a wrong secret are refused.
 */
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { createPublicKey, verify } from 'node:crypto';
import { CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, IAMClient, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOTO_ACCOUNT_ID, motoClientConfig, startMoto, type MotoServer } from '../../infra/aws-emulator/start-moto';
import { DocumentClient, GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '../../shared/aws/dynamodb';
import { kmsSigningKey } from '../../shared/aws/kms/kms-signing-key';

const TABLE = 'signing';
let moto: MotoServer;
let key: { accessKeyId: string; secretAccessKey: string };
let tokenKeyId: string;

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
  // The next five requests (a user, its policy and key, a role and its policy) go unchecked; every one after is authenticated.
  await moto.motoApi('/moto-api/reset-auth', { method: 'POST', body: '5' });
  const iam = new IAMClient(config);
  const tableAccess = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:*', 'kms:GetPublicKey', 'kms:Sign', 'sts:AssumeRole'], Resource: '*' }] });
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
});
