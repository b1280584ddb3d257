import { readFileSync } from 'node:fs';
import { App, type CfnElement, NestedStack, type Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addPlatformStack } from '../../infra/aws/platform-app';
import type { PlatformStack, PlatformTables } from '../../infra/aws/platform-stack';

/** The context `cdk synth` sees: cdk.json's, feature flags included, so the tests check what deploys. */
export const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> }).context;

export interface SynthOptions {
  /** Laid over cdk.json's context, the way `-c key=value` is. */
  context?: Record<string, unknown>;
  /** Data-only tables to swap in, e.g. a sample queue row while the real table is empty. */
  tables?: Partial<Pick<PlatformTables, 'schedules' | 'queues' | 'eventRules' | 'streamConsumers'>>;
  /** Run CDK's built-in CloudFormation validation, as `cdk synth` does (about 8 s). */
  validate?: boolean;
}

export interface SynthesizedPlatform {
  stack: PlatformStack;
  template: Template;
  /**
   * The nested stacks' templates by construct id (`Api`, `Monitoring`), with each parameter the parent
   * passes replaced by the parent's own expression, so a reference reads as it does in the parent
   * (`{ Ref: <function id> }`, `{ 'Fn::GetAtt': [<function id>, 'Arn'] }`).
   */
  nested: Readonly<Record<string, Template>>;
}

const replaceParameters = (value: unknown, parameters: Record<string, unknown>): unknown => {
  if (Array.isArray(value)) return value.map((item) => replaceParameters(item, parameters));
  if (value && typeof value === 'object') {
    const ref = (value as { Ref?: unknown }).Ref;
    if (typeof ref === 'string' && Object.keys(value).length === 1 && ref in parameters) return parameters[ref];
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceParameters(item, parameters)]));
  }
  return value;
};

const nestedTemplatesOf = (stack: Stack, parent: Template): Record<string, Template> => {
  const parentResources = parent.toJSON().Resources as Record<string, { Properties?: { Parameters?: Record<string, unknown> } }>;
  return Object.fromEntries(
    stack.node
      .findAll()
      .filter(NestedStack.isNestedStack)
      .map((nested) => {
        const resource = parentResources[stack.getLogicalId(nested.nestedStackResource as CfnElement)];
        const json = Template.fromStack(nested).toJSON();
        const { Parameters: _declared, ...body } = json;
        return [nested.node.id, Template.fromJSON(replaceParameters(body, resource?.Properties?.Parameters ?? {}) as Record<string, unknown>)];
      }),
  );
};

const cache = new Map<string, SynthesizedPlatform>();

/**
 * Synthesizes the platform stack once per process and options. Bundling is skipped (the template does not
 * depend on the bundle's bytes; bundling.test.ts bundles for real), which takes a synth from ~30 s to ~1 s.
 */
export const synthPlatformStack = (options: SynthOptions = {}): SynthesizedPlatform => {
  const key = JSON.stringify(options);
  const cached = cache.get(key);
  if (cached) return cached;

  const stack = addPlatformStack(testApp(options.context), { tables: options.tables });
  const template = templateOf(stack, options);
  const synthesized = { stack, template, nested: nestedTemplatesOf(stack, template) };
  cache.set(key, synthesized);
  return synthesized;
};

/** An app with cdk.json's context and, unless the context says otherwise, no bundling. */
export const testApp = (context: Record<string, unknown> = {}): App =>
  new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [], ...context } });

/** Template.fromStack, without CDK's CloudFormation validation unless asked for. */
export const templateOf = (stack: Stack, options: Pick<SynthOptions, 'validate'> = {}): Template => {
  const previous = process.env.CDK_VALIDATION;
  if (!options.validate) process.env.CDK_VALIDATION = 'false';
  try {
    return Template.fromStack(stack);
  } finally {
    if (previous === undefined) delete process.env.CDK_VALIDATION;
    else process.env.CDK_VALIDATION = previous;
  }
};

/** Resources of one type as [logicalId, resource] pairs, for assertions that need more than a match. */
export const resourcesOf = (template: Template, type: string): Array<[string, { Properties?: Record<string, any>; [key: string]: any }]> =>
  Object.entries(template.findResources(type));

/** The one resource of a type as [logicalId, resource]; throws unless there is exactly one. */
export const onlyResourceOf = (template: Template, type: string): [string, { Properties: Record<string, any>; [key: string]: any }] => {
  const found = resourcesOf(template, type);
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}.`);
  const [id, resource] = found[0]!;
  return [id, { ...resource, Properties: resource.Properties ?? {} }];
};
