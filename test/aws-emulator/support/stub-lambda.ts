/**
 * Lambda functions on moto's stub backend (`{"lambda":{"use_docker":false}}`, moto/awslambda_simple): a
 * function is only a name and a role, its code never runs. Every Invoke in a region answers with the next
 * result of one queue that `POST /moto-api/static/lambda-simple/response` fills (whichever function is
 * invoked), and with the request's own payload once the queue is empty. It never answers with an error.
 */
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { MOTO_ACCOUNT_ID, type MotoServer } from '../../../infra/aws-emulator/start-moto';
import { EMULATOR_REGION, emulatorClientConfig } from './moto';

/** The role every stub function runs as: moto's CreateFunction wants a role IAM knows. */
const ensureRole = async (endpoint: string): Promise<string> => {
  const iam = new IAMClient(emulatorClientConfig(endpoint));
  const RoleName = 'stub-lambda';
  const AssumeRolePolicyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
  try {
    await iam.send(new CreateRoleCommand({ RoleName, AssumeRolePolicyDocument }));
  } catch (error) {
    if ((error as Error).name !== 'EntityAlreadyExistsException') throw error;
  } finally {
    iam.destroy();
  }
  return `arn:aws:iam::${MOTO_ACCOUNT_ID}:role/${RoleName}`;
};

/** The smallest valid zip (an empty archive): the stub backend never unpacks it. */
const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/** Creates a stub function (CreateFunction) and returns its ARN. */
export const createStubFunction = async (moto: MotoServer, functionName: string): Promise<string> => {
  const Role = await ensureRole(moto.endpoint);
  const lambda = new LambdaClient(emulatorClientConfig(moto.endpoint));
  try {
    const created = await lambda.send(new CreateFunctionCommand({ FunctionName: functionName, Runtime: 'nodejs24.x', Role, Handler: 'index.handler', Code: { ZipFile: emptyZip } }));
    return created.FunctionArn!;
  } finally {
    lambda.destroy();
  }
};

/**
 * Queues what the next Invokes in the region answer, in order, whatever function they call: each result as
 * its JSON, as a Lambda handler's return value is sent (a string comes back as a JSON string).
 */
export const queueStubResults = async (moto: MotoServer, results: readonly unknown[]): Promise<void> => {
  if (results.length === 0) return;
  await moto.motoApi('/moto-api/static/lambda-simple/response', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account_id: MOTO_ACCOUNT_ID, region: EMULATOR_REGION, results: results.map((result) => JSON.stringify(result)) }),
  });
};
