import { dynamoDocumentClient } from '../../shared/aws/clients';
import { dynamoServiceStore } from '../../shared/catalog/dynamo-service-store';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { dynamoPlanChangeIdempotency } from '../../shared/plan-changes/dynamo-plan-change-idempotency';
import type { PlanChangeDeps } from '../../shared/plan-changes/request-plan-change';
import { dynamoSubscriptionStore } from '../../shared/subscriptions/dynamo-subscription-store';
import { stepFunctionsOnFirstCall } from '../../shared/subscriptions/step-functions-on-first-call';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import { dynamoNodeStore } from '../../shared/workers/dynamo-node-store';

/** The change-plan route's adapters: built on first use and kept for the life of the Lambda container. */
export const planChangeDeps = once((): PlanChangeDeps => {
  const env = loadConfig(functionEnvironmentSchema);
  const db = dynamoDocumentClient();
  return {
    subscriptions: dynamoSubscriptionStore(db, env.TABLE_NAME),
    services: dynamoServiceStore(db, env.TABLE_NAME),
    nodes: dynamoNodeStore(db, env.TABLE_NAME),
    idempotency: dynamoPlanChangeIdempotency(db, env.TABLE_NAME),
    workflows: stepFunctionsOnFirstCall(stateMachineArns(env)),
    now: () => new Date(),
  };
});
