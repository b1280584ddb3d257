import { workflows } from '../../functions/workflows';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { recordHardeningFigures } from '../support/hardening-report';
import { hardeningContexts } from '../support/stack-contexts';
import { resourcesOf, synthPlatformStack } from '../support/synth-platform-stack';

/**
 * Issue 9, "The stack", asserted on the templates themselves rather than through cdk-nag's rules: least
 * privilege, encryption at rest, API access logs and tracing, in the parent stack and the nested ones.
 */

interface Statement {
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  Resource?: unknown;
  Principal?: unknown;
  Condition?: unknown;
}

/** Services whose resources hold or guard data: the table, queues, secrets, KMS keys, state machines. */
const dataService = /^(dynamodb|sqs|secretsmanager|kms|states):/;

/**
 * The only actions a policy may allow on `Resource: *`: none of them accepts a narrower resource (X-Ray's
 * trace and sampling calls, and the log delivery calls Step Functions logging needs).
 */
const actionsWithoutResourceLevelPermissions = new Set([
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'logs:CreateLogDelivery',
  'logs:GetLogDelivery',
  'logs:UpdateLogDelivery',
  'logs:DeleteLogDelivery',
  'logs:ListLogDeliveries',
  'logs:PutResourcePolicy',
  'logs:DescribeResourcePolicies',
  'logs:DescribeLogGroups',
]);

const actionsOf = (statement: Statement): string[] => [statement.Action ?? []].flat();
const resourcesIn = (statement: Statement): unknown[] => [statement.Resource ?? []].flat();

/** Every policy statement of a template, identity and resource policies alike, with where it is. */
const statementsOf = (template: Template): Array<{ where: string; kind: 'identity' | 'resource'; statement: Statement }> => {
  const documents: Array<{ where: string; kind: 'identity' | 'resource'; document: { Statement: Statement[] } }> = [
    ...resourcesOf(template, 'AWS::IAM::Policy').map(([id, r]) => ({ where: id, kind: 'identity' as const, document: r.Properties!.PolicyDocument })),
    ...resourcesOf(template, 'AWS::IAM::ManagedPolicy').map(([id, r]) => ({ where: id, kind: 'identity' as const, document: r.Properties!.PolicyDocument })),
    ...resourcesOf(template, 'AWS::IAM::Role').flatMap(([id, r]) =>
      (r.Properties!.Policies ?? []).map((policy: { PolicyDocument: { Statement: Statement[] } }) => ({ where: id, kind: 'identity' as const, document: policy.PolicyDocument })),
    ),
    ...resourcesOf(template, 'AWS::KMS::Key').map(([id, r]) => ({ where: id, kind: 'resource' as const, document: r.Properties!.KeyPolicy })),
    ...resourcesOf(template, 'AWS::SQS::QueuePolicy').map(([id, r]) => ({ where: id, kind: 'resource' as const, document: r.Properties!.PolicyDocument })),
    ...resourcesOf(template, 'AWS::SNS::TopicPolicy').map(([id, r]) => ({ where: id, kind: 'resource' as const, document: r.Properties!.PolicyDocument })),
    ...resourcesOf(template, 'AWS::SecretsManager::ResourcePolicy').map(([id, r]) => ({ where: id, kind: 'resource' as const, document: r.Properties!.ResourcePolicy })),
    ...resourcesOf(template, 'AWS::Events::EventBusPolicy').map(([id, r]) => ({ where: id, kind: 'resource' as const, document: r.Properties!.Statement ? { Statement: [r.Properties!.Statement] } : { Statement: [] } })),
  ];
  return documents.flatMap(({ where, kind, document }) => document.Statement.map((statement) => ({ where, kind, statement })));
};

/**
 * A KMS key policy's first statement lets the account's IAM policies decide who may use the key (KMS's
 * default key policy): it grants nobody anything by itself, and every IAM policy is checked here. Without it
 * the key could not be managed. It is the one `kms:*` allowed, and only in exactly this form.
 */
const isAccountDelegation = (where: string, template: Template, statement: Statement): boolean =>
  template.toJSON().Resources[where]?.Type === 'AWS::KMS::Key' &&
  JSON.stringify(statement.Principal) === JSON.stringify({ AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } }) &&
  JSON.stringify(actionsOf(statement)) === '["kms:*"]' &&
  statement.Condition === undefined;

const synthesized = Object.fromEntries(
  Object.entries(hardeningContexts).map(([name, context]) => {
    const { template, root, nested } = synthPlatformStack({ context });
    const all: Stacks = [['PaasPlatform', root], ...Object.entries(nested)];
    return [name, { template, all }];
  }),
);

type Stacks = ReadonlyArray<readonly [string, Template]>;

const everyResourceIn = (all: Stacks, type: string) =>
  all.flatMap(([stackName, t]) => resourcesOf(t, type).map(([id, resource]) => [`${stackName}/${id}`, resource] as const));
const allowedStatementsIn = (all: Stacks) =>
  all
    .flatMap(([stackName, t]) => statementsOf(t).map((entry) => ({ ...entry, stackName, template: t })))
    .filter(({ statement, where, template }) => statement.Effect === 'Allow' && !isAccountDelegation(where, template, statement));

/** `stack/policy: action` for every wildcard action a policy allows on a data service (or `*` itself). */
const wildcardDataActions = (all: Stacks): string[] =>
  allowedStatementsIn(all).flatMap(({ stackName, where, statement }) =>
    actionsOf(statement)
      .filter((action) => action === '*' || (dataService.test(action) && action.includes('*')))
      .map((action) => `${stackName}/${where}: ${action}`),
  );

/** Actions allowed on `Resource: *` that could have been given a narrower resource. */
const actionsOnAnyResource = (all: Stacks): string[] =>
  allowedStatementsIn(all)
    .filter(({ statement }) => resourcesIn(statement).includes('*'))
    .flatMap(({ stackName, where, statement }) =>
      actionsOf(statement)
        .filter((action) => !actionsWithoutResourceLevelPermissions.has(action))
        .map((action) => `${stackName}/${where}: ${action}`),
    );

/** Resources of identity statements with data actions that are not a reference to a resource of these stacks. */
const dataActionsOnForeignResources = (all: Stacks): string[] => {
  const logicalIds = new Set(all.flatMap(([, t]) => Object.keys(t.toJSON().Resources)));
  const referencesOwn = (resource: unknown): boolean =>
    [...JSON.stringify(resource).matchAll(/"(?:Ref|Fn::GetAtt)":\s*\[?"([A-Za-z0-9]+)"/g)].some((match) => logicalIds.has(match[1]!));
  return allowedStatementsIn(all)
    .filter(({ kind, statement }) => kind === 'identity' && actionsOf(statement).some((action) => dataService.test(action)))
    .flatMap(({ stackName, where, statement }) =>
      resourcesIn(statement)
        .filter((resource) => !referencesOwn(resource))
        .map((resource) => `${stackName}/${where}: ${JSON.stringify(resource)}`),
    );
};

describe('the least-privilege checks themselves', () => {
  const policy = (statement: Statement) => ({ Type: 'AWS::IAM::Policy', Properties: { PolicyDocument: { Statement: [statement] } } });
  const stacks = (resources: Record<string, unknown>): Stacks => [['Stack', Template.fromJSON({ Resources: { Queue: { Type: 'AWS::SQS::Queue', Properties: {} }, ...resources } })]];

  it('catch a wildcard data action, a data action on any resource, and one on a resource not in the stack', () => {
    expect(wildcardDataActions(stacks({ P: policy({ Effect: 'Allow', Action: 'sqs:*', Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] } }) }))).toEqual(['Stack/P: sqs:*']);
    expect(wildcardDataActions(stacks({ P: policy({ Effect: 'Allow', Action: '*', Resource: '*' }) }))).toEqual(['Stack/P: *']);
    expect(actionsOnAnyResource(stacks({ P: policy({ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'dynamodb:GetItem'], Resource: '*' }) }))).toEqual(['Stack/P: dynamodb:GetItem']);
    expect(dataActionsOnForeignResources(stacks({ P: policy({ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:1:other' }) }))).toEqual([
      'Stack/P: "arn:aws:sqs:us-east-1:1:other"',
    ]);
  });

  it('let pass what the stack does: named actions on its own resources, denies, and the KMS account delegation', () => {
    const own = stacks({
      P: policy({ Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] } }),
      D: { Type: 'AWS::SQS::QueuePolicy', Properties: { PolicyDocument: { Statement: [{ Effect: 'Deny', Action: 'sqs:*', Resource: '*', Principal: { AWS: '*' } }] } } },
      K: {
        Type: 'AWS::KMS::Key',
        Properties: {
          KeyPolicy: {
            Statement: [
              { Effect: 'Allow', Action: 'kms:*', Resource: '*', Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::', { Ref: 'AWS::AccountId' }, ':root']] } } },
            ],
          },
        },
      },
    });
    expect([...wildcardDataActions(own), ...actionsOnAnyResource(own), ...dataActionsOnForeignResources(own)]).toEqual([]);
  });
});

describe.each(Object.keys(hardeningContexts))('the stack, context: %s', (name) => {
  const { template, all } = synthesized[name]!;
  const everyResource = (type: string) => everyResourceIn(all, type);

  it('allows no wildcard action on a data resource, in any policy', () => {
    expect(allowedStatementsIn(all).length).toBeGreaterThan(100);
    expect(wildcardDataActions(all)).toEqual([]);
  });

  it('allows on Resource "*" only actions that take no narrower resource', () => {
    expect(actionsOnAnyResource(all)).toEqual([]);
  });

  it('grants data actions on the platform’s own resources only, by reference', () => {
    expect(dataActionsOnForeignResources(all)).toEqual([]);
  });

  it('encrypts the table at rest with a KMS key, said explicitly', () => {
    const tables = everyResource('AWS::DynamoDB::GlobalTable');
    expect(tables).toHaveLength(1);
    for (const [id, table] of tables) expect(table.Properties!.SSESpecification, id).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
  });

  it('encrypts every queue at rest, dead-letter and failure queues included', () => {
    const queues = everyResource('AWS::SQS::Queue');
    const ids = new Set(queues.map(([id]) => id.split('/')[1]));
    const deadLetterTargets = queues.flatMap(([, queue]) => (queue.Properties?.RedrivePolicy ? [queue.Properties.RedrivePolicy.deadLetterTargetArn['Fn::GetAtt'][0] as string] : []));
    expect(deadLetterTargets.length).toBeGreaterThan(0);
    for (const target of deadLetterTargets) expect(ids.has(target), target).toBe(true);
    for (const [id, queue] of queues) {
      const encrypted = queue.Properties?.SqsManagedSseEnabled === true || queue.Properties?.KmsMasterKeyId !== undefined;
      expect(encrypted, id).toBe(true);
    }
  });

  it('writes an access log of every API request as JSON, to a log group with a retention', () => {
    const stages = everyResource('AWS::ApiGatewayV2::Stage');
    expect(stages).toHaveLength(1);
    const [stageId, stage] = stages[0]!;
    const { DestinationArn, Format } = stage.Properties!.AccessLogSettings;
    const [stackName] = stageId.split('/');
    const logGroupId = DestinationArn['Fn::GetAtt'][0] as string;
    const logGroup = all.find(([n]) => n === stackName)![1].toJSON().Resources[logGroupId];
    expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
    expect(logGroup.Properties.RetentionInDays).toBeGreaterThan(0);
    const fields = Object.values(JSON.parse(Format) as Record<string, string>);
    for (const variable of ['$context.requestId', '$context.status', '$context.responseLatency', '$context.routeKey']) expect(fields, variable).toContain(variable);
  });

  it('traces every function and every state machine with X-Ray', () => {
    const functions = everyResource('AWS::Lambda::Function');
    const stateMachines = everyResource('AWS::StepFunctions::StateMachine');
    expect(functions.length).toBeGreaterThan(0);
    expect(stateMachines).toHaveLength(workflows.length);
    for (const [id, fn] of functions) expect(fn.Properties!.TracingConfig, id).toEqual({ Mode: 'Active' });
    for (const [id, machine] of stateMachines) expect(machine.Properties!.TracingConfiguration, id).toEqual({ Enabled: true });
    // The functions' roles may write their traces (CDK adds the X-Ray statement with Tracing.ACTIVE).
    const roles = resourcesOf(template, 'AWS::IAM::Policy').filter(([, policy]) =>
      policy.Properties!.PolicyDocument.Statement.some((statement: Statement) => actionsOf(statement).includes('xray:PutTraceSegments')),
    );
    expect(roles.length).toBeGreaterThanOrEqual(functions.length);
  });
});

it('records the figures of the cdk.json stack', () => {
  const { all } = synthesized['cdk.json']!;
  const figures = {
    'policy statements checked': allowedStatementsIn(all).length,
    'queues encrypted (DLQs included)': everyResourceIn(all, 'AWS::SQS::Queue').length,
    'functions traced': everyResourceIn(all, 'AWS::Lambda::Function').length,
    'state machines traced': everyResourceIn(all, 'AWS::StepFunctions::StateMachine').length,
  };
  console.log(['Stack checks on the cdk.json stack:', ...Object.entries(figures).map(([label, value]) => `  ${label}: ${value}`)].join('\n'));
  recordHardeningFigures('stack-checks', {
    suite: 'The stack',
    figures,
    notes: [
      'table encrypted with the AWS managed KMS key (aws/dynamodb), set explicitly; every queue SSE-SQS; API access log JSON with requestId, status, latency and route',
      'the one kms:* is the customer token key policy’s account delegation (KMS default key policy): it grants nobody anything by itself, and every IAM policy is checked',
    ],
  });
  for (const value of Object.values(figures)) expect(value).toBeGreaterThan(0);
});
