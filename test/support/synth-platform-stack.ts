import { HANDLERS_METADATA } from '../../infra/aws/function-metadata';
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
  /**
   * The whole platform as one template: the root stack's resources and every nested stack's, each reference
   * across stacks followed as in `nested`, so a test asks what the platform has wherever the split into stacks
   * put it (logical ids are unique across the templates; checked). Its outputs are the root stack's.
   */
  template: Template;
  /** The root stack's own template, references into its nested stacks followed likewise. */
  root: Template;
  /**
   * The nested stacks' templates by construct id (`Api`, `Monitoring`, `<Area>Functions`), each reference across
   * stacks followed the way CloudFormation follows it: a parameter to what the parent passes, a
   * `Fn::GetAtt [<nested stack>, Outputs.X]` to output X's value. A reference then reads as it would in one
   * stack (`{ Ref: <function id> }`, `{ 'Fn::GetAtt': [<function id>, 'Arn'] }`).
   */
  nested: Readonly<Record<string, Template>>;
}

type Json = Record<string, any>;

/** A synthesized template, where its parameters come from and which templates its stack resources deploy. */
interface StackTemplate {
  json: Json;
  parent?: { template: StackTemplate; parameters: Record<string, unknown> };
  /** By the logical id of the AWS::CloudFormation::Stack resource that deploys each. */
  children: Map<string, StackTemplate>;
}

const follow = (at: StackTemplate, value: unknown): unknown => {
  if (Array.isArray(value)) return value.map((item) => follow(at, item));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const [key, argument] = entries.length === 1 ? entries[0]! : [];
  if (key === 'Ref' && typeof argument === 'string' && at.parent && argument in (at.json.Parameters ?? {})) {
    if (!(argument in at.parent.parameters)) throw new Error(`No value is passed for parameter ${argument} of a nested stack.`);
    return follow(at.parent.template, at.parent.parameters[argument]);
  }
  if (key === 'Fn::GetAtt' && Array.isArray(argument) && String(argument[1]).startsWith('Outputs.') && at.children.has(argument[0])) {
    const child = at.children.get(argument[0])!;
    const output = child.json.Outputs?.[String(argument[1]).slice('Outputs.'.length)];
    if (!output) throw new Error(`Nested stack ${argument[0]} has no output ${argument[1]}.`);
    return follow(child, output.Value);
  }
  return Object.fromEntries(entries.map(([name, item]) => [name, follow(at, item)]));
};

/** The root's template and every nested stack's, tied together (parents come first in findAll's order). */
const stackTemplatesOf = (stack: Stack, rootTemplate: Template): Map<Stack, StackTemplate> => {
  const templates = new Map<Stack, StackTemplate>([[stack, { json: rootTemplate.toJSON(), children: new Map() }]]);
  for (const nested of stack.node.findAll().filter(NestedStack.isNestedStack)) {
    const parentStack = nested.nestedStackParent!;
    const parent = templates.get(parentStack)!;
    const logicalId = parentStack.getLogicalId(nested.nestedStackResource as CfnElement);
    const parameters = (parent.json.Resources[logicalId]?.Properties?.Parameters ?? {}) as Record<string, unknown>;
    const template: StackTemplate = { json: Template.fromStack(nested).toJSON(), parent: { template: parent, parameters }, children: new Map() };
    parent.children.set(logicalId, template);
    templates.set(nested, template);
  }
  return templates;
};

const synthesizedPlatform = (stack: PlatformStack, rootTemplate: Template): SynthesizedPlatform => {
  const templates = stackTemplatesOf(stack, rootTemplate);
  const followed = new Map<Stack, Json>(
    [...templates].map(([each, template]) => {
      const { Parameters, ...body } = template.json;
      // A nested stack's parameters are followed away; the root's (the bootstrap version) stay.
      return [each, { ...(template.parent || !Parameters ? {} : { Parameters }), ...(follow(template, body) as Json) }];
    }),
  );
  const root = followed.get(stack)!;
  const whole: Json = { ...root };
  for (const section of ['Resources', 'Conditions', 'Mappings']) {
    const merged: Json = {};
    for (const [each, json] of followed) {
      for (const [id, value] of Object.entries((json[section] ?? {}) as Json)) {
        if (id in merged) throw new Error(`${section} ${id} is in two templates (${each.node.path} and another): the merged template cannot hold both.`);
        merged[id] = value;
      }
    }
    if (Object.keys(merged).length > 0) whole[section] = merged;
  }
  return {
    stack,
    template: Template.fromJSON(whole),
    root: Template.fromJSON(root),
    nested: Object.fromEntries([...followed].filter(([each]) => each !== stack).map(([each, json]) => [each.node.id, Template.fromJSON(json)])),
  };
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
  const synthesized = synthesizedPlatform(stack, templateOf(stack, options));
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

/** The handler modules a Lambda function of the template runs (the metadata PlatformFunction gives it). */
export const handlersOf = (fn: { Metadata?: Record<string, any>; [key: string]: any }): string[] => {
  const handlers = fn.Metadata?.[HANDLERS_METADATA];
  if (!Array.isArray(handlers)) throw new Error(`A function without its ${HANDLERS_METADATA} metadata.`);
  return handlers as string[];
};

/** The logical id of the one Lambda function of the template that runs `handler`; throws unless exactly one does. */
export const functionIdRunning = (template: Template, handler: string): string => {
  const found = resourcesOf(template, 'AWS::Lambda::Function').filter(([, fn]) => handlersOf(fn).includes(handler));
  if (found.length !== 1) throw new Error(`Expected one function running ${handler}, found ${found.length}.`);
  return found[0]![0];
};

/** The one resource of a type as [logicalId, resource]; throws unless there is exactly one. */
export const onlyResourceOf = (template: Template, type: string): [string, { Properties: Record<string, any>; [key: string]: any }] => {
  const found = resourcesOf(template, type);
  if (found.length !== 1) throw new Error(`Expected one ${type}, found ${found.length}.`);
  const [id, resource] = found[0]!;
  return [id, { ...resource, Properties: resource.Properties ?? {} }];
};

/**
 * The KMS key that signs customer access tokens (constructs/customer-token-key.ts): the stack has other keys
 * (the backups bucket's, the table backup vault's), told apart by what the key is for.
 */
export const customerTokenKeyOf = (template: Template): [string, { Properties: Record<string, any>; [key: string]: any }] => {
  const found = resourcesOf(template, 'AWS::KMS::Key').filter(([, key]) => key.Properties?.KeySpec === 'ECC_NIST_P256' && key.Properties?.KeyUsage === 'SIGN_VERIFY');
  if (found.length !== 1) throw new Error(`Expected one customer token key (ECC_NIST_P256, SIGN_VERIFY), found ${found.length}.`);
  const [id, resource] = found[0]!;
  return [id, { ...resource, Properties: resource.Properties ?? {} }];
};
