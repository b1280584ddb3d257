import type { RemovalPolicy } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  type CfnStateMachine,
  DefinitionBody,
  type IChainable,
  LogLevel,
  QueryLanguage,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { backupInstance, deprovisionInstance, provisionInstance, resizeInstance, restartInstance, restoreInstance, upgradeBatch, upgradeInstance, type WorkflowDefinition, type WorkflowName, workflows } from '../../../functions/workflows';
import { acknowledge, anyResourceFinding, wildcardResourceFinding } from '../nag-acknowledgements';
import { constructIdOf } from './handler-functions';
import { dropRepeatedRoleDependency } from './role-dependency';
import { backupGraph, deprovisionGraph, provisionGraph, resizeGraph, restartGraph, restoreGraph, upgradeBatchGraph, upgradeGraph, type TaskFunctionResolver } from './workflow-graphs';

export type { TaskFunctionResolver } from './workflow-graphs';

export interface ProvisioningWorkflowsProps {
  /** The function behind each task's handler module; it is also where the caller grants what the task needs. */
  taskFunction: TaskFunctionResolver;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  /** ERROR by default: failed executions and states, with their data. ALL also logs every transition. */
  logLevel?: LogLevel;
  /** X-Ray traces of executions, on unless turned off; with the functions' own traces they show a provisioning end to end. */
  tracing?: boolean;
}

const graphs: Record<WorkflowName, (scope: Construct, taskFunction: TaskFunctionResolver) => IChainable> = {
  'provision-instance': provisionGraph,
  'deprovision-instance': deprovisionGraph,
  'backup-instance': backupGraph,
  'restore-instance': restoreGraph,
  'upgrade-instance': upgradeGraph,
  'restart-instance': restartGraph,
  'resize-instance': resizeGraph,
  'upgrade-batch': upgradeBatchGraph,
};

/**
 * The provisioning and deprovisioning workflows (functions/workflows.ts) as standard Step Functions state
 * machines, in JSONPath: the local runtime executes their synthesized definitions with
 * aws-local-stepfunctions, which does not evaluate JSONata. Physical names are left to CloudFormation so
 * two stacks can share an account; the functions that start executions get the ARNs through `grantStart`.
 */
export class ProvisioningWorkflows extends Construct {
  readonly stateMachines: Readonly<Record<WorkflowName, StateMachine>>;

  constructor(scope: Construct, id: string, props: ProvisioningWorkflowsProps) {
    super(scope, id);
    const build = (definition: WorkflowDefinition): StateMachine => {
      // One scope per workflow: state names are construct ids, unique within a workflow only.
      const workflow = new Construct(this, constructIdOf(definition.name));
      const logGroup = new LogGroup(workflow, 'Logs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
      const taskFunctions = new Set<IFunction>();
      const taskFunction: TaskFunctionResolver = (task, stateName) => {
        const fn = props.taskFunction(task, stateName);
        taskFunctions.add(fn);
        return fn;
      };
      const level = props.logLevel ?? LogLevel.ERROR;
      const stateMachine = new StateMachine(workflow, 'StateMachine', {
        comment: definition.description,
        definitionBody: DefinitionBody.fromChainable(graphs[definition.name](workflow, taskFunction)),
        queryLanguage: QueryLanguage.JSON_PATH,
        stateMachineType: StateMachineType.STANDARD,
        // Execution data is logged: workflow state must never carry secrets (it shows in the console anyway).
        logs: { destination: logGroup, level, includeExecutionData: true },
        tracingEnabled: props.tracing ?? true,
      });
      dropRepeatedRoleDependency(stateMachine.node.defaultChild as CfnStateMachine, stateMachine.role);
      this.acknowledgeFindings(stateMachine, [...taskFunctions], level);
      return stateMachine;
    };
    this.stateMachines = {
      'provision-instance': build(provisionInstance),
      'deprovision-instance': build(deprovisionInstance),
      'backup-instance': build(backupInstance),
      'restore-instance': build(restoreInstance),
      'upgrade-instance': build(upgradeInstance),
      'restart-instance': build(restartInstance),
      'resize-instance': build(resizeInstance),
      'upgrade-batch': build(upgradeBatch),
    };
  }

  /** The cdk-nag findings that do not apply to a workflow, each with its reason. */
  private acknowledgeFindings(stateMachine: StateMachine, taskFunctions: readonly IFunction[], level: LogLevel): void {
    acknowledge(
      stateMachine.role,
      "The suffix covers the versions and aliases of this one task function: CDK's LambdaInvoke grants both the function and its qualified ARNs, and no other function is named.",
      ...taskFunctions.map((fn) => wildcardResourceFinding(stateMachine, `${fn.functionArn}:*`)),
    );
    acknowledge(
      stateMachine.role,
      "The log delivery actions (logs:CreateLogDelivery, logs:DescribeResourcePolicies and the like) and X-Ray's PutTraceSegments take no resource but '*'.",
      anyResourceFinding,
    );
    if (level !== LogLevel.ALL) {
      acknowledge(
        stateMachine,
        'ERROR with execution data logs every failed state and execution with its input; ALL would also log each transition of the rollout poll loop, which the execution history keeps for 90 days anyway.',
        'AwsSolutions-SF1',
      );
    }
    for (const fn of taskFunctions) acknowledge(fn, 'Invoked synchronously by a Step Functions task, which retries and catches its errors.', 'Serverless-LambdaDLQ');
  }

  /** Lets `fn` start executions of `workflow`, and tells it the ARN through the workflow's `arnVariable`. */
  grantStart(fn: IFunction & { addEnvironment(key: string, value: string): unknown }, workflow: WorkflowName): void {
    const stateMachine = this.stateMachines[workflow];
    stateMachine.grantStartExecution(fn);
    fn.addEnvironment(workflows.find(({ name }) => name === workflow)!.arnVariable, stateMachine.stateMachineArn);
  }
}
