import type { CfnResource } from 'aws-cdk-lib';

/** The resource Metadata cfn-lint reads: `{ config: { ignore_checks: [...] } }`; `reasons` is ours, beside it. */
export const cfnLintMetadataKey = 'cfn-lint';

export interface CfnLintMetadata {
  config: { ignore_checks: string[] };
  reasons: Record<string, string>;
}

/**
 * Acknowledges cfn-lint checks on one resource (test/infra/cfn-lint.test.ts lints every template and finds
 * something behind each acknowledgement). The call sits next to the resource, and its reason, kept in the
 * template beside the check's id, says why the check does not apply here.
 */
export const acknowledgeLint = (resource: CfnResource, reason: string, ...checks: string[]): void => {
  if (reason.trim().length < 40) throw new Error(`cfn-lint ${checks.join(', ')} on ${resource.node.path}: say why the check does not apply.`);
  const current = resource.getMetadata(cfnLintMetadataKey) as CfnLintMetadata | undefined;
  const reasons = { ...current?.reasons, ...Object.fromEntries(checks.map((check) => [check, reason])) };
  resource.addMetadata(cfnLintMetadataKey, { config: { ignore_checks: Object.keys(reasons) }, reasons } satisfies CfnLintMetadata);
};
