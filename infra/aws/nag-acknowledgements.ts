import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges cdk-nag findings (test/infra/cdk-nag.test.ts runs the AwsSolutions and Serverless packs) on a
 * construct and everything under it. It goes through CDK's own Validations, so the stack does not import
 * cdk-nag; each call sits next to the resource it is about, and its reason says why the rule does not apply.
 */
export const acknowledge = (scope: IConstruct, reason: string, ...ids: Array<string | LateFindingId>): void => {
  const record = (id: string) => Validations.of(scope).acknowledge({ id, reason });
  for (const id of ids) if (typeof id === 'string') record(id);
  const late = ids.filter((id): id is LateFindingId => typeof id === 'function');
  if (late.length === 0) return;
  // Construct validations run once the app is prepared, and before any validation plugin (cdk-nag) reads these.
  let recorded = false;
  scope.node.addValidation({
    validate: () => {
      if (!recorded) late.forEach((id) => record(id()));
      recorded = true;
      return [];
    },
  });
};

/**
 * A finding id spelled once the app is prepared: only then does a reference to a resource of another stack
 * read, in the stack that holds the policy, as the parameter or nested stack output that carries it.
 */
export type LateFindingId = () => string;

/**
 * A resource as cdk-nag spells it in a finding's id (`AwsSolutions-IAM5[Resource::<Table1234.Arn>/index/*]`):
 * references as `<LogicalId.Attribute>` or `<LogicalId>`, joins joined, literals as they are. An acknowledgement
 * names the exact resource pattern it covers, so it cannot swallow another wildcard on the same policy.
 */
export const nagResourceOf = (scope: IConstruct, arn: string): string => flatten(Stack.of(scope).resolve(arn));

/** The finding AwsSolutions-IAM5 reports for one wildcard resource of a policy in `scope`'s stack. */
export const wildcardResourceFinding =
  (scope: IConstruct, arn: string): LateFindingId =>
  () =>
    `AwsSolutions-IAM5[Resource::${nagResourceOf(scope, arn)}]`;

/** The finding AwsSolutions-IAM5 reports for a statement on `Resource: *`. */
export const anyResourceFinding = 'AwsSolutions-IAM5[Resource::*]';

const flatten = (node: unknown): string => {
  if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  if (node && typeof node === 'object') {
    const value = node as Record<string, unknown>;
    if ('Fn::Join' in value) {
      const [delimiter, items] = value['Fn::Join'] as [string, unknown[]];
      return items.map(flatten).join(delimiter);
    }
    if ('Fn::GetAtt' in value) {
      const [resource, attribute] = value['Fn::GetAtt'] as [unknown, unknown];
      return `<${flatten(resource)}.${flatten(attribute)}>`;
    }
    if ('Ref' in value) return `<${flatten(value.Ref)}>`;
  }
  // cdk-nag's own fallback for any other expression.
  return JSON.stringify(node);
};
