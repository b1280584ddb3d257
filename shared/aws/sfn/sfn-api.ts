import type * as Sfn from '@aws-sdk/client-sfn';
import { jsonApi } from '../json-protocol/json-api';
import type { JsonServiceSettings } from '../json-protocol/json-service-client';

const STEP_FUNCTIONS = { service: 'states', target: 'AWSStepFunctions', jsonVersion: '1.0' } as const;

export interface SfnApi {
  /** Answers the execution's ARN and its start in epoch seconds (the protocol's timestamps). */
  StartExecution(input: Sfn.StartExecutionInput): Promise<{ executionArn: string; startDate: number }>;
}

/**
 * Step Functions' StartExecution through the light JSON-protocol client: the workflow starters call nothing
 * else, and the AWS SDK's client cost each of their cold starts tens of milliseconds to load (issue 21). A
 * name already used answers the SDK's error name, `ExecutionAlreadyExists`.
 */
export const sfnApi = (settings: JsonServiceSettings): SfnApi & { destroy(): void } =>
  jsonApi<SfnApi>(STEP_FUNCTIONS, settings, ['StartExecution']);
