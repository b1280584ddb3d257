/**
 * The platform stack's state machines as CloudFormation would create them: every
 * AWS::StepFunctions::StateMachine of the root template and of every nested one (the stack is being split
 * into more nested stacks, so no template is named), with its DefinitionString resolved the way
 * test/integration/workflows/definition-parity.test.ts resolves it for the local runtime: each function ARN
 * (`Fn::GetAtt [<function>, Arn]`) becomes the ARN of the same handler module on the engine that runs it.
 * A Lambda function's Description is `functions/<handler module>` (platform-function.ts).
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { workflows, type WorkflowName } from '../../../functions/workflows';
import { MOTO_ACCOUNT_ID } from '../../../infra/aws-emulator/start-moto';
import { localFunctionArn } from '../../../infra/local/workflows/local-function-arn';
import type { SynthesizedPlatform } from '../../support/synth-platform-stack';
import { EMULATOR_REGION } from './moto';

interface CfnResource {
  Type: string;
  Properties?: Record<string, any>;
}

interface Scope {
  name: string;
  resources: Record<string, CfnResource>;
  outputs: Record<string, { Value: unknown }>;
}

/** The name of the function that stands for a handler module: the local runtime's encoding (`/` → `--`). */
export const functionNameOf = (handler: string): string => localFunctionArn(handler).split(':').at(-1)!;

/** Every handler module a workflow task calls. */
export const workflowHandlers = (): string[] => [...new Set(workflows.flatMap(({ tasks }) => Object.values(tasks).map(({ handler }) => handler)))];

const pseudoParameters: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': EMULATOR_REGION,
  'AWS::AccountId': MOTO_ACCOUNT_ID,
  'AWS::URLSuffix': 'amazonaws.com',
};

const handlerOfFunction = (id: string, resource: CfnResource): string => {
  const description = String(resource.Properties?.Description ?? '');
  if (!description.startsWith('functions/')) throw new Error(`Function ${id} has no functions/<handler> description: ${description}`);
  return description.slice('functions/'.length);
};

/**
 * The resolved DefinitionString of each workflow, found in any template of the synthesized platform.
 * `arnOf` gives the ARN a handler module's function has on the target engine.
 */
export const platformWorkflowDefinitions = (synthesized: SynthesizedPlatform, arnOf: (handler: string) => string): Record<WorkflowName, string> => {
  const scopeOf = (name: string, template: Template): Scope => {
    const json = template.toJSON() as { Resources?: Record<string, CfnResource>; Outputs?: Record<string, { Value: unknown }> };
    return { name, resources: json.Resources ?? {}, outputs: json.Outputs ?? {} };
  };
  const root = scopeOf('(root)', synthesized.template);
  // Every template synthPlatformStack hands out is searched, whichever holds the state machines today.
  const rootOnly = (synthesized as { root?: Template }).root;
  const scopes = [root, ...(rootOnly ? [scopeOf('(root stack)', rootOnly)] : []), ...Object.entries(synthesized.nested).map(([name, template]) => scopeOf(name, template))];

  // synthPlatformStack writes a nested template's parameters as the parent's expressions, so an id a nested
  // template reads may be declared in the root; logical ids carry a hash of their construct path, so one found
  // in exactly one template is that one.
  const findResource = (scope: Scope, id: string): CfnResource | undefined => {
    const found = scope.resources[id] ?? root.resources[id];
    if (found) return found;
    const holders = scopes.filter(({ resources }) => id in resources);
    return holders.length === 1 ? holders[0]!.resources[id] : undefined;
  };

  const resolve = (value: unknown, scope: Scope): string => {
    if (typeof value === 'string') return value;
    const expression = value as Record<string, any> | null;
    const fail = (why: string) => new Error(`A state machine definition in ${scope.name} holds ${JSON.stringify(value)}: ${why}`);
    if (expression?.['Fn::Join']) {
      const [separator, parts] = expression['Fn::Join'] as [string, unknown[]];
      return parts.map((part) => resolve(part, scope)).join(separator);
    }
    if (expression?.['Fn::GetAtt']) {
      const [id, attribute] = expression['Fn::GetAtt'] as [string, string];
      const resource = findResource(scope, id);
      if (resource?.Type === 'AWS::Lambda::Function' && attribute === 'Arn') return arnOf(handlerOfFunction(id, resource));
      if (resource?.Type === 'AWS::CloudFormation::Stack' && attribute.startsWith('Outputs.')) {
        const output = attribute.slice('Outputs.'.length);
        const holders = scopes.filter(({ outputs }) => output in outputs);
        if (holders.length !== 1) throw fail(`output ${output} is in ${holders.length} templates`);
        return resolve(holders[0]!.outputs[output]!.Value, holders[0]!);
      }
      throw fail('not the ARN of a Lambda function or a nested stack output');
    }
    if (typeof expression?.Ref === 'string') {
      if (expression.Ref in pseudoParameters) return pseudoParameters[expression.Ref]!;
      const resource = findResource(scope, expression.Ref);
      if (resource?.Type === 'AWS::Lambda::Function') return functionNameOf(handlerOfFunction(expression.Ref, resource));
      throw fail('a Ref this resolver does not know');
    }
    throw fail('an expression this resolver does not know');
  };

  // A template that merges the others (synthPlatformStack's `template` may hold every stack's resources)
  // lists a state machine twice, under the same logical id: that is one resource.
  const found = new Map<WorkflowName, { id: string; definition: string }>();
  for (const scope of scopes) {
    for (const [id, resource] of Object.entries(scope.resources)) {
      if (resource.Type !== 'AWS::StepFunctions::StateMachine') continue;
      const definition = resolve(resource.Properties?.DefinitionString, scope);
      // The state machine's comment is its workflow's description (provisioning-workflows.ts).
      const comment = (JSON.parse(definition) as { Comment?: string }).Comment;
      const workflow = workflows.find(({ description }) => description === comment);
      if (!workflow) throw new Error(`State machine ${id} in ${scope.name} is no workflow of functions/workflows.ts (comment: ${comment}).`);
      const seen = found.get(workflow.name);
      if (seen && (seen.id !== id || seen.definition !== definition)) throw new Error(`Two state machines define ${workflow.name}: ${seen.id} and ${id}.`);
      found.set(workflow.name, { id, definition });
    }
  }
  const missing = workflows.filter(({ name }) => !found.has(name)).map(({ name }) => name);
  if (missing.length > 0) throw new Error(`No state machine in the synthesized platform for ${missing.join(', ')}.`);
  return Object.fromEntries([...found].map(([name, { definition }]) => [name, definition])) as Record<WorkflowName, string>;
};
