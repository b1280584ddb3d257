import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { loadConfig, once } from '../../shared/config/load-config';
import { stepFunctionsOnFirstCall } from '../../shared/subscriptions/step-functions-on-first-call';
import { stateMachineArns } from '../../shared/subscriptions/workflow-starter';
import { subscriptionReadDeps } from './subscription-read-deps';

/**
 * The subscriptions and the workflows that act on them: what cancelling needs, and what the lifecycle
 * changes build on (cluster-deps.ts). No catalog, node or ledger store, whose schemas a cold start would
 * build for nothing (issue 21). Built on first use and kept for the life of the Lambda container.
 */
export const subscriptionWorkflowDeps = once(() => ({
  ...subscriptionReadDeps(),
  workflows: stepFunctionsOnFirstCall(stateMachineArns(loadConfig(functionEnvironmentSchema))),
  now: () => new Date(),
}));
