import type { RemovalPolicy } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  DefinitionBody,
  type IChainable,
  LogLevel,
  QueryLanguage,
  StateMachine,
  StateMachineType,
} from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { deprovisionInstance, provisionInstance, type WorkflowDefinition, type WorkflowName, workflows } from '../../../functions/workflows';
import { constructIdOf } from './handler-functions';
import { deprovisionGraph, provisionGraph, type TaskFunctionResolver } from './workflow-graphs';

export type { TaskFunctionResolver } from './workflow-graphs';

export interface ProvisioningWorkflowsProps {
  /** The function behind each task's handler module; it is also where the caller grants what the task needs. */
  taskFunction: TaskFunctionResolver;
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
  /** ERROR by default: failed executions and states, with their data. ALL also logs every transition. */
  logLevel?: LogLevel;
  /** X-Ray traces of executions. */
  tracing?: boolean;
}

const graphs: Record<WorkflowName, (scope: Construct, taskFunction: TaskFunctionResolver) => IChainable> = {
  'provision-instance': provisionGraph,
  'deprovision-instance': deprovisionGraph,
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
      return new StateMachine(workflow, 'StateMachine', {
        comment: definition.description,
        definitionBody: DefinitionBody.fromChainable(graphs[definition.name](workflow, props.taskFunction)),
        queryLanguage: QueryLanguage.JSON_PATH,
        stateMachineType: StateMachineType.STANDARD,
        // Execution data is logged: workflow state must never carry secrets (it shows in the console anyway).
        logs: { destination: logGroup, level: props.logLevel ?? LogLevel.ERROR, includeExecutionData: true },
        tracingEnabled: props.tracing ?? false,
      });
    };
    this.stateMachines = {
      'provision-instance': build(provisionInstance),
      'deprovision-instance': build(deprovisionInstance),
    };
  }

  /** Lets `fn` start executions of `workflow`, and tells it the ARN through the workflow's `arnVariable`. */
  grantStart(fn: IFunction & { addEnvironment(key: string, value: string): unknown }, workflow: WorkflowName): void {
    const stateMachine = this.stateMachines[workflow];
    stateMachine.grantStartExecution(fn);
    fn.addEnvironment(workflows.find(({ name }) => name === workflow)!.arnVariable, stateMachine.stateMachineArn);
  }
}
