import { dynamoDocumentClient } from '../../shared/aws/clients';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoRestartRecords } from '../../shared/instance-operations/dynamo-restart-records';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { stepFunctionsOnFirstCall } from '../../shared/subscriptions/step-functions-on-first-call';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';

export const environment = once(() => loadConfig(functionEnvironmentSchema));

/** The table's stores; built on first use and kept for the life of the Lambda container. */
export const stores = once(() => {
  const env = environment();
  return { subscriptions: dynamoSubscriptionStore(dynamoDocumentClient(), env.TABLE_NAME), restarts: dynamoRestartRecords(env.TABLE_NAME), now: () => new Date() };
});

/** The restart route's: the stores and the workflow starter. */
export const restartDeps = once(() => ({ ...stores(), workflows: stepFunctionsOnFirstCall(stateMachineArns(environment())) }));
