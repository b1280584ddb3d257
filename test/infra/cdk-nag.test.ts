import { type CfnResource, NestedStack, type PolicyViolation, Stack, Validations } from 'aws-cdk-lib';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks, type IApplyRule, NagRuleCompliance, type NagRuleResult, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { recordHardeningFigures } from '../support/hardening-report';
import { hardeningContexts } from '../support/stack-contexts';
import { synthPlatformStack } from '../support/synth-platform-stack';

/**
 * Issue 9, "The stack": cdk-nag's AwsSolutions and Serverless packs over the whole app (the parent stack and
 * every nested stack: Api, Monitoring and one per feature area), with zero findings left unacknowledged. An acknowledgement lives next
 * to its resource in infra/aws (infra/aws/nag-acknowledgements.ts) with its reason; this file only checks.
 */

interface Check {
  ruleId: string;
  node: CfnResource;
  result: NagRuleResult | 'threw';
}

/** Every rule a pack applied to every resource and what it answered, whether acknowledged or not. */
class Ledger {
  readonly checks: Check[] = [];

  watch(packName: string, params: IApplyRule): IApplyRule {
    const suffix = params.ruleSuffixOverride ?? params.rule.name;
    const ruleId = `${packName}-${suffix}`;
    const rule = (node: CfnResource): NagRuleResult => {
      try {
        const result = params.rule(node);
        this.checks.push({ ruleId, node, result });
        return result;
      } catch (error) {
        // The pack reports a rule that throws as a finding of that rule; so does the ledger.
        this.checks.push({ ruleId, node, result: 'threw' });
        throw error;
      }
    };
    return { ...params, ruleSuffixOverride: suffix, rule };
  }

  /** Findings as the packs name them: `Rule` or `Rule[finding]`, each on one resource. */
  get findings(): Array<{ id: string; path: string }> {
    return this.checks.flatMap(({ ruleId, node, result }) => {
      if (result === NagRuleCompliance.NON_COMPLIANT || result === 'threw') return [{ id: ruleId, path: node.node.path }];
      if (Array.isArray(result)) return result.map((finding) => ({ id: `${ruleId}[${finding}]`, path: node.node.path }));
      return [];
    });
  }
}

class CountedAwsSolutions extends AwsSolutionsChecks {
  readonly ledger = new Ledger();
  protected override applyRule(params: IApplyRule): void {
    super.applyRule(this.ledger.watch(this.readPackName, params));
  }
}

class CountedServerless extends ServerlessChecks {
  readonly ledger = new Ledger();
  protected override applyRule(params: IApplyRule): void {
    super.applyRule(this.ledger.watch(this.readPackName, params));
  }
}

interface Acknowledgement {
  path: string;
  id: string;
  reason: string;
}

const acknowledgementsUnder = (root: IConstruct): Acknowledgement[] =>
  root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({ path: construct.node.path, id: id.replace(/^annotation::/i, ''), reason })),
      ),
  );

const isFunctionRole = (node: CfnResource): boolean => {
  if (node.cfnResourceType !== 'AWS::IAM::Role') return false;
  const trust = JSON.stringify(Stack.of(node).resolve((node as CfnRole).assumeRolePolicyDocument));
  return trust.includes('lambda.amazonaws.com');
};

/**
 * Findings the stack fixed rather than acknowledged, on the resources they concern: before issue 9 every one of
 * these resources failed the rule. They must stay fixed: no such finding at all, acknowledged or not.
 */
const fixedInTheStack: ReadonlyArray<{ ruleId: string; finding: (id: string) => boolean; what: string; concerns: (node: CfnResource) => boolean }> = [
  {
    ruleId: 'Serverless-LambdaTracing',
    finding: (id) => id === 'Serverless-LambdaTracing',
    what: 'X-Ray active tracing on every function',
    concerns: (node) => node.cfnResourceType === 'AWS::Lambda::Function',
  },
  {
    ruleId: 'AwsSolutions-SF2',
    finding: (id) => id === 'AwsSolutions-SF2',
    what: 'X-Ray tracing on the state machines',
    concerns: (node) => node.cfnResourceType === 'AWS::StepFunctions::StateMachine',
  },
  {
    ruleId: 'Serverless-StepFunctionStateMachineXray',
    finding: (id) => id === 'Serverless-StepFunctionStateMachineXray',
    what: 'X-Ray tracing on the state machines (Serverless pack)',
    concerns: (node) => node.cfnResourceType === 'AWS::StepFunctions::StateMachine',
  },
  {
    // Only this policy: cluster functions in a VPC keep AWSLambdaVPCAccessExecutionRole, acknowledged in cluster-access.ts.
    ruleId: 'AwsSolutions-IAM4',
    finding: (id) => id.startsWith('AwsSolutions-IAM4[') && id.includes('AWSLambdaBasicExecutionRole'),
    what: "each function's own role, writing to its own log group only, instead of AWSLambdaBasicExecutionRole (any log group)",
    concerns: isFunctionRole,
  },
];

const runPacks = (context: Readonly<Record<string, unknown>>) => {
  const { stack } = synthPlatformStack({ context });
  const app = stack.node.root;
  const packs = [new CountedAwsSolutions(), new CountedServerless()];
  const violations: PolicyViolation[] = packs.flatMap((pack) => pack.validateScope(app).violations);
  const checks = packs.flatMap((pack) => pack.ledger.checks);
  const findings = packs.flatMap((pack) => pack.ledger.findings);
  const open = violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => ({ id: violation.ruleName, path: resource.constructPath ?? '', severity: violation.severity, description: violation.description })),
  );
  const isOpen = (finding: { id: string; path: string }) => open.some(({ id, path }) => id === finding.id && path === finding.path);
  return {
    checks,
    findings,
    open,
    acknowledged: findings.filter((finding) => !isOpen(finding)),
    acknowledgements: acknowledgementsUnder(app),
    nestedStacks: app.node.findAll().filter(NestedStack.isNestedStack).map((nested) => nested.node.path),
    rules: new Set(checks.map(({ ruleId }) => ruleId)),
    resources: new Set(checks.map(({ node }) => node.node.path)),
  };
};

const runs = Object.fromEntries(Object.entries(hardeningContexts).map(([name, context]) => [name, runPacks(context)]));

describe.each(Object.keys(hardeningContexts))('cdk-nag AwsSolutions and Serverless packs, context: %s', (name) => {
  const run = runs[name]!;

  it('apply their rules to every resource of the app, nested stacks included', () => {
    expect(run.rules.size).toBeGreaterThan(100);
    const paths = [...run.resources];
    expect(run.nestedStacks).toEqual(expect.arrayContaining(['PaasPlatform/Api', 'PaasPlatform/Monitoring', 'PaasPlatform/CustomerApiFunctions']));
    for (const nested of run.nestedStacks) expect(paths.some((path) => path.startsWith(`${nested}/`)), nested).toBe(true);
  });

  it('leave no finding unacknowledged, error or warning', () => {
    expect(run.open).toEqual([]);
  });

  it('find something behind every acknowledgement, and each says why', () => {
    for (const { path, id, reason } of run.acknowledgements) {
      expect(reason.length, `${id} at ${path}`).toBeGreaterThan(40);
      const covered = run.findings.some((finding) => finding.id === id && (finding.path === path || finding.path.startsWith(`${path}/`)));
      expect(covered, `stale acknowledgement ${id} at ${path}`).toBe(true);
    }
  });

  it('find nothing of what the stack fixed, acknowledged or not', () => {
    for (const { ruleId, finding, concerns } of fixedInTheStack) {
      expect(run.findings.filter(({ id }) => finding(id)), ruleId).toEqual([]);
      expect(run.checks.some((check) => check.ruleId === ruleId && concerns(check.node) && check.result === NagRuleCompliance.COMPLIANT), ruleId).toBe(true);
    }
  });
});

it('prints and records the figures of the cdk.json stack', () => {
  const run = runs['cdk.json']!;
  const ruleOf = (id: string) => id.replace(/\[.*$/, '');
  const acknowledgedByRule = new Map<string, number>();
  for (const { id } of run.acknowledged) acknowledgedByRule.set(ruleOf(id), (acknowledgedByRule.get(ruleOf(id)) ?? 0) + 1);
  const fixed = fixedInTheStack.map(({ ruleId, what, concerns }) => ({
    ruleId,
    what,
    count: run.checks.filter((check) => check.ruleId === ruleId && concerns(check.node) && check.result === NagRuleCompliance.COMPLIANT).length,
  }));
  const figures = {
    'rules checked': run.rules.size,
    'resources checked': run.resources.size,
    'findings fixed': fixed.reduce((sum, { count }) => sum + count, 0),
    'findings acknowledged': run.acknowledged.length,
    'acknowledgements (construct × rule)': run.acknowledgements.length,
    'reasons written': new Set(run.acknowledgements.map(({ reason }) => reason)).size,
    'findings open': run.open.length,
  };
  const notes = [
    ...fixed.map(({ ruleId, what, count }) => `fixed ${ruleId} on ${count} resources: ${what}`),
    ...[...acknowledgedByRule].sort(([a], [b]) => a.localeCompare(b)).map(([ruleId, count]) => `acknowledged ${ruleId} on ${count} findings, each with its reason beside the resource`),
  ];
  console.log(
    [
      'cdk-nag (AwsSolutions + Serverless) on the cdk.json stack:',
      ...Object.entries(figures).map(([label, value]) => `  ${label}: ${value}`),
      ...notes.map((note) => `  - ${note}`),
    ].join('\n'),
  );
  recordHardeningFigures('stack', { suite: 'The stack', figures, notes });
  expect(figures['findings open']).toBe(0);
  expect(figures['findings acknowledged']).toBeGreaterThan(0);
});
