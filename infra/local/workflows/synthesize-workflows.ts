import { readFileSync } from 'node:fs';
import { App, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { CfnStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import type { WorkflowName } from '../../../functions/workflows';
import { constructIdOf } from '../../aws/constructs/handler-functions';
import { ProvisioningWorkflows } from '../../aws/constructs/provisioning-workflows';
import { localFunctionArn } from './local-function-arn';

/** The context `cdk synth` sees (cdk.json's, feature flags included), so the definitions match what deploys. */
const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }).context;

/**
 * Synthesizes the Amazon States Language of each workflow from the very construct the platform stack uses,
 * in a throwaway stack where each task's function is imported by a local ARN that names its handler
 * module: no bundling, and no token left in the definitions. Returns each definition as the JSON string
 * CloudFormation would be given. Synthesized once per process.
 */
export const synthesizeWorkflowDefinitions = (): Readonly<Record<WorkflowName, string>> => (synthesized ??= synthesize());

let synthesized: Readonly<Record<WorkflowName, string>> | undefined;

const synthesize = (): Record<WorkflowName, string> => {
  const app = new App({ context: cdkJsonContext() });
  const stack = new Stack(app, 'LocalWorkflows');
  const imported = new Map<string, ReturnType<typeof LambdaFunction.fromFunctionArn>>();
  const { stateMachines } = new ProvisioningWorkflows(stack, 'Workflows', {
    taskFunction: (task) => {
      let fn = imported.get(task.handler);
      if (!fn) {
        fn = LambdaFunction.fromFunctionArn(stack, constructIdOf(task.handler), localFunctionArn(task.handler));
        imported.set(task.handler, fn);
      }
      return fn;
    },
    logRetention: RetentionDays.ONE_DAY,
    logRemovalPolicy: RemovalPolicy.DESTROY,
  });
  const definitionOf = (name: WorkflowName): string => {
    const resolved = literal(stack.resolve((stateMachines[name].node.defaultChild as CfnStateMachine).definitionString));
    if (Token.isUnresolved(resolved)) throw new Error(`The ${name} definition still holds an unresolved token.`);
    return resolved;
  };
  return {
    'provision-instance': definitionOf('provision-instance'),
    'deprovision-instance': definitionOf('deprovision-instance'),
    'backup-instance': definitionOf('backup-instance'),
    'restore-instance': definitionOf('restore-instance'),
    'upgrade-instance': definitionOf('upgrade-instance'),
    'restart-instance': definitionOf('restart-instance'),
    'resize-instance': definitionOf('resize-instance'),
    'upgrade-batch': definitionOf('upgrade-batch'),
  };
};

/** A resolved DefinitionString: a string, or an Fn::Join of literal strings (what CDK emits around ARNs). */
const literal = (value: unknown): string => {
  if (typeof value === 'string') return value;
  const join = (value as { 'Fn::Join'?: [string, unknown[]] } | null)?.['Fn::Join'];
  if (join) return join[1].map(literal).join(join[0]);
  throw new Error(`A workflow definition holds a CloudFormation expression the local runtime cannot resolve: ${JSON.stringify(value)}`);
};
