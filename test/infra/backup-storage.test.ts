import { type CfnResource, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsSolutionsChecks, type IApplyRule } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { BackupBucket, accountExportPrefix, backupArchivePrefix, backupBucketVariable } from '../../infra/aws/constructs/backup-bucket';
import { PlatformFunction } from '../../infra/aws/constructs/platform-function';
import { accountExportHandlers, backupArchiveHandlers } from '../../infra/aws/function-access';
import { readPlatformSettings } from '../../infra/aws/platform-settings';
import { functionIdRunning, handlersOf, resourcesOf, synthPlatformStack, templateOf, testApp } from '../support/synth-platform-stack';

/**
 * Issue 18, the infrastructure of backups: the S3 bucket of customers' archives (infra/aws/constructs/backup-bucket.ts)
 * and the AWS Backup plan of the platform's own table (table-backup-plan.ts), as synthesized.
 */

/** AwsSolutions, recording every finding (acknowledged or not) as `Rule[finding]`. */
class FindingsOf extends AwsSolutionsChecks {
  readonly findings: string[] = [];
  protected override applyRule(params: IApplyRule): void {
    const suffix = params.ruleSuffixOverride ?? params.rule.name;
    const rule = (node: CfnResource) => {
      const result = params.rule(node);
      if (Array.isArray(result)) this.findings.push(...result.map((finding) => `${this.readPackName}-${suffix}[${finding}]`));
      return result;
    };
    super.applyRule({ ...params, ruleSuffixOverride: suffix, rule });
  }
}

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };

const platformOf = (context: Record<string, unknown> = {}) => {
  const { template } = synthPlatformStack({ context });
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const byId = (id: string) => resources[id]!;
  const buckets = resourcesOf(template, 'AWS::S3::Bucket') as Array<[string, Resource]>;
  // The archives' bucket is the one encrypted with KMS; the other receives its access logs.
  const [bucketId, bucket] = buckets.find(([, b]) => b.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm === 'aws:kms')!;
  const [logBucketId, logBucket] = buckets.find(([id]) => id !== bucketId)!;
  const policyOf = (id: string) => (resourcesOf(template, 'AWS::S3::BucketPolicy') as Array<[string, Resource]>).find(([, p]) => p.Properties.Bucket.Ref === id)![1].Properties.PolicyDocument;
  const [planId, plan] = resourcesOf(template, 'AWS::Backup::BackupPlan')[0] as [string, Resource];
  const [, selection] = resourcesOf(template, 'AWS::Backup::BackupSelection')[0] as [string, Resource];
  const [vaultId, vault] = resourcesOf(template, 'AWS::Backup::BackupVault')[0] as [string, Resource];
  const [tableId, table] = resourcesOf(template, 'AWS::DynamoDB::GlobalTable')[0] as [string, Resource];
  return { template, byId, buckets, bucketId, bucket, logBucketId, logBucket, policyOf, planId, plan, selection, vaultId, vault, tableId, table };
};

const platform = platformOf();

describe("the backups bucket (customers' archives)", () => {
  const { bucket, bucketId, byId, logBucketId, policyOf } = platform;
  const keyId = bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.KMSMasterKeyID['Fn::GetAtt'][0] as string;

  it('is the only bucket besides its access logs', () => {
    expect(platform.buckets).toHaveLength(2);
  });

  it('is encrypted with a customer-managed KMS key of its own, rotated yearly, per object (no bucket key)', () => {
    expect(bucket.Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: false, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] } } }],
    });
    const key = byId(keyId);
    expect(key.Type).toBe('AWS::KMS::Key');
    expect(key.Properties).toMatchObject({ EnableKeyRotation: true, PendingWindowInDays: 30 });
    expect(key.Properties.KeySpec ?? 'SYMMETRIC_DEFAULT').toBe('SYMMETRIC_DEFAULT');
    expect(key.DeletionPolicy).toBe('Retain');
  });

  it('blocks every kind of public access and ACLs (bucket owner enforced)', () => {
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
  });

  it('refuses any request without TLS, or with TLS older than 1.2, on the bucket and every object', () => {
    const resources = [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] }];
    expect(policyOf(bucketId).Statement).toEqual(
      expect.arrayContaining([
        { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Resource: resources },
        { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } }, Resource: resources },
      ]),
    );
    // Nothing in its policy allows anyone anything: access comes from the functions' own roles.
    expect(policyOf(bucketId).Statement.filter((statement: { Effect: string }) => statement.Effect === 'Allow')).toEqual([]);
  });

  it('expires archives after backupRetentionDays (35 by default), account exports after a day, and aborts uploads left incomplete for a day', () => {
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
      { Id: 'expire-archives', Status: 'Enabled', ExpirationInDays: 35 },
      { Id: 'expire-exports', Status: 'Enabled', Prefix: 'exports/', ExpirationInDays: 1 },
      { Id: 'abort-incomplete-uploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
    ]);
    // Versioning is off on purpose: an archive is written once and a deleted backup must be gone.
    expect(bucket.Properties.VersioningConfiguration).toBeUndefined();
  });

  it('is kept when the stack goes, even with deletionProtection off', () => {
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.UpdateReplacePolicy).toBe('Retain');
    const throwaway = platformOf({ deletionProtection: 'false' });
    expect(throwaway.bucket.DeletionPolicy).toBe('Retain');
    expect(throwaway.vault.DeletionPolicy).toBe('Retain');
  });

  it('writes server access logs to a private, TLS-only, SSE-S3 bucket that keeps them logRetentionDays', () => {
    expect(bucket.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logBucketId }, LogFilePrefix: 'backups-bucket/' });
    const logs = byId(logBucketId);
    expect(logs.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault).toEqual({ SSEAlgorithm: 'AES256' });
    expect(logs.Properties.PublicAccessBlockConfiguration).toEqual(bucket.Properties.PublicAccessBlockConfiguration);
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([expect.objectContaining({ ExpirationInDays: 30 })]);
    const statements = policyOf(logBucketId).Statement;
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    // Only S3's log delivery may write, and only this bucket's logs, under their prefix.
    expect(statements.filter((statement: { Effect: string }) => statement.Effect === 'Allow')).toEqual([
      expect.objectContaining({
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Condition: { ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [bucketId, 'Arn'] } }, StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      }),
    ]);
  });

  it('is granted to the functions whose access asks for the archives or the exports, and to no other; its name is an output', () => {
    const functions = resourcesOf(platform.template, 'AWS::Lambda::Function') as Array<[string, Resource]>;
    const granted = functions.filter(([, fn]) => fn.Properties.Environment.Variables[backupBucketVariable] !== undefined);
    expect(granted.flatMap(([, fn]) => handlersOf(fn)).sort()).toEqual([...backupArchiveHandlers, ...accountExportHandlers].sort());
    for (const [id, fn] of granted) expect(fn.Properties.Environment.Variables[backupBucketVariable], id).toEqual({ Ref: bucketId });
    // Only their roles' policies name the bucket or its key.
    const grantedRoles = new Set(granted.map(([, fn]) => fn.Properties.Role['Fn::GetAtt'][0]));
    const naming = (resourcesOf(platform.template, 'AWS::IAM::Policy') as Array<[string, Resource]>).filter(([, policy]) => JSON.stringify(policy.Properties.PolicyDocument).match(new RegExp(`"(${bucketId}|${keyId})"`)));
    expect(naming.length).toBe(granted.length);
    for (const [id, policy] of naming) expect(policy.Properties.Roles.map((role: { Ref: string }) => role.Ref).filter((role: string) => grantedRoles.has(role)), id).toHaveLength(1);
    expect((platform.template.toJSON().Outputs as Record<string, { Value: unknown }>).BackupBucketName?.Value).toEqual({ Ref: bucketId });
  });
});

describe('grantArchiveAccess(fn)', () => {
  const app = testApp();
  const stack = new Stack(app, 'Granted');
  const backups = new BackupBucket(stack, 'Backups', { retentionDays: 35, accessLogRetentionDays: 30 });
  const fn = new PlatformFunction(stack, 'Archiver', { handler: 'health/get-health', environment: { TABLE_NAME: 't', EVENT_BUS_NAME: 'b' }, logRetention: RetentionDays.ONE_MONTH, logRemovalPolicy: RemovalPolicy.DESTROY });
  backups.grantArchiveAccess(fn);
  const template = templateOf(stack).toJSON();
  const resources = template.Resources as Record<string, Resource>;
  const id = (type: string, pattern: RegExp) => Object.keys(resources).find((each) => resources[each]!.Type === type && pattern.test(each))!;
  const bucketId = id('AWS::S3::Bucket', /^BackupsBucket/);
  const keyId = id('AWS::KMS::Key', /^BackupsKey/);
  const [, policy] = Object.entries(resources).find(([each, r]) => r.Type === 'AWS::IAM::Policy' && each.startsWith('ArchiverRole'))!;
  const statements = policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown; Condition?: unknown }>;
  // CDK sorts a statement's actions (@aws-cdk/aws-iam:minimizePolicies): compared as sets.
  const sameActions = (expected: string[]) => (actual: unknown) => JSON.stringify([actual].flat().sort()) === JSON.stringify([...expected].sort());
  const archives = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${backupArchivePrefix}*`]] };

  it('lets the function put, get (and so head) and delete objects under backups/ only', () => {
    const s3 = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')));
    expect(s3).toEqual([expect.objectContaining({ Effect: 'Allow', Action: expect.toSatisfy(sameActions(['s3:PutObject', 's3:GetObject', 's3:DeleteObject'])), Resource: archives })]);
  });

  it('lets it use the key only through S3 and only for objects under backups/', () => {
    const kms = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('kms:')));
    expect(kms).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: expect.toSatisfy(sameActions(['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'])),
        Resource: { 'Fn::GetAtt': [keyId, 'Arn'] },
        Condition: {
          StringEquals: { 'kms:ViaService': { 'Fn::Join': ['', ['s3.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } },
          StringLike: { 'kms:EncryptionContext:aws:s3:arn': archives },
        },
      }),
    ]);
  });

  it('tells it the bucket in BACKUP_BUCKET', () => {
    const [, lambda] = Object.entries(resources).find(([, r]) => r.Type === 'AWS::Lambda::Function')!;
    expect(lambda.Properties.Environment.Variables[backupBucketVariable]).toEqual({ Ref: bucketId });
  });

  it('leaves no cdk-nag AwsSolutions finding open: the backups/* wildcard is acknowledged beside the grant, and is a finding', () => {
    const pack = new FindingsOf();
    const violations = pack.validateScope(app).violations;
    expect(violations.map((violation) => `${violation.ruleName} ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    // What the platform's cdk-nag suite requires of every acknowledgement: a finding behind it.
    const acknowledged = fn.role.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.keys(entry.data as Record<string, string>).map((each) => each.replace(/^annotation::/i, '')));
    const wildcard = acknowledged.filter((each) => each.startsWith('AwsSolutions-IAM5') && each.includes('backups/*'));
    expect(wildcard).toHaveLength(1);
    expect(pack.findings).toContain(wildcard[0]);
  });
});

describe('grantExportAccess(fn)', () => {
  const app = testApp();
  const stack = new Stack(app, 'Exporting');
  const backups = new BackupBucket(stack, 'Backups', { retentionDays: 35, accessLogRetentionDays: 30 });
  const fn = new PlatformFunction(stack, 'Exporter', { handler: 'auth/export-me', environment: { TABLE_NAME: 't', EVENT_BUS_NAME: 'b' }, logRetention: RetentionDays.ONE_MONTH, logRemovalPolicy: RemovalPolicy.DESTROY });
  backups.grantExportAccess(fn);
  const resources = templateOf(stack).toJSON().Resources as Record<string, Resource>;
  const id = (type: string, pattern: RegExp) => Object.keys(resources).find((each) => resources[each]!.Type === type && pattern.test(each))!;
  const bucketId = id('AWS::S3::Bucket', /^BackupsBucket/);
  const keyId = id('AWS::KMS::Key', /^BackupsKey/);
  const [, policy] = Object.entries(resources).find(([each, r]) => r.Type === 'AWS::IAM::Policy' && each.startsWith('ExporterRole'))!;
  const statements = policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown; Condition?: unknown }>;
  const sameActions = (expected: string[]) => (actual: unknown) => JSON.stringify([actual].flat().sort()) === JSON.stringify([...expected].sort());
  const exportObjects = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, `/${accountExportPrefix}*`]] };

  it('lets the function put and get objects under exports/ only: no delete, nothing under backups/', () => {
    expect(accountExportPrefix).toBe('exports/');
    const s3 = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')));
    expect(s3).toEqual([expect.objectContaining({ Effect: 'Allow', Action: expect.toSatisfy(sameActions(['s3:PutObject', 's3:GetObject'])), Resource: exportObjects })]);
  });

  it('lets it use the key only through S3 and only for objects under exports/', () => {
    const kms = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('kms:')));
    expect(kms).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: expect.toSatisfy(sameActions(['kms:Decrypt', 'kms:GenerateDataKey'])),
        Resource: { 'Fn::GetAtt': [keyId, 'Arn'] },
        Condition: {
          StringEquals: { 'kms:ViaService': { 'Fn::Join': ['', ['s3.', { Ref: 'AWS::Region' }, '.amazonaws.com']] } },
          StringLike: { 'kms:EncryptionContext:aws:s3:arn': exportObjects },
        },
      }),
    ]);
  });

  it('tells it the bucket in BACKUP_BUCKET', () => {
    const [, lambda] = Object.entries(resources).find(([, r]) => r.Type === 'AWS::Lambda::Function')!;
    expect(lambda.Properties.Environment.Variables[backupBucketVariable]).toEqual({ Ref: bucketId });
  });

  it('leaves no cdk-nag AwsSolutions finding open: the exports/* wildcard is acknowledged beside the grant, and is a finding', () => {
    const pack = new FindingsOf();
    const violations = pack.validateScope(app).violations;
    expect(violations.map((violation) => `${violation.ruleName} ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    const acknowledged = fn.role.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.keys(entry.data as Record<string, string>).map((each) => each.replace(/^annotation::/i, '')));
    const wildcard = acknowledged.filter((each) => each.startsWith('AwsSolutions-IAM5') && each.includes('exports/*'));
    expect(wildcard).toHaveLength(1);
    expect(pack.findings).toContain(wildcard[0]);
  });

  it('is given, in the platform, to auth/export-me alone, which gets no archive rights', () => {
    expect([...accountExportHandlers]).toEqual(['auth/export-me']);
    const functions = resourcesOf(platform.template, 'AWS::Lambda::Function') as Array<[string, Resource]>;
    const [, exporter] = functions.find(([id]) => id === functionIdRunning(platform.template, 'auth/export-me'))!;
    const role = exporter.Properties.Role['Fn::GetAtt'][0] as string;
    const policies = resourcesOf(platform.template, 'AWS::IAM::Policy') as Array<[string, Resource]>;
    const own = policies.filter(([, each]) => each.Properties.Roles.some((r: { Ref: string }) => r.Ref === role)).map(([, each]) => JSON.stringify(each.Properties.PolicyDocument));
    expect(own.join()).toContain(`/${accountExportPrefix}*`);
    expect(own.join()).not.toContain(`/${backupArchivePrefix}*`);
    // No other role's policy names the exports.
    const naming = policies.filter(([, each]) => JSON.stringify(each.Properties.PolicyDocument).includes(`/${accountExportPrefix}*`));
    expect(naming.flatMap(([, each]) => each.Properties.Roles.map((r: { Ref: string }) => r.Ref))).toEqual([role]);
  });
});

describe("the platform table's backups", () => {
  const { plan, selection, vault, vaultId, tableId, table, byId } = platform;

  it('keeps point-in-time recovery on', () => {
    expect(table.Properties.Replicas).toEqual([expect.objectContaining({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } })]);
  });

  it('has a daily AWS Backup rule into its vault, kept tableBackupRetentionDays (35 by default)', () => {
    expect(plan.Properties.BackupPlan.BackupPlanRule).toEqual([
      {
        RuleName: 'Daily',
        ScheduleExpression: 'cron(0 3 * * ? *)',
        StartWindowMinutes: 60,
        CompletionWindowMinutes: 480,
        Lifecycle: { DeleteAfterDays: 35 },
        TargetBackupVault: { 'Fn::GetAtt': [vaultId, 'BackupVaultName'] },
      },
    ]);
  });

  it('selects the table, by its ARN, with a role only AWS Backup can assume', () => {
    expect(selection.Properties.BackupPlanId).toEqual({ 'Fn::GetAtt': [platform.planId, 'BackupPlanId'] });
    expect(selection.Properties.BackupSelection.Resources).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
    const role = byId(selection.Properties.BackupSelection.IamRoleArn['Fn::GetAtt'][0]);
    expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' } }]);
    expect(JSON.stringify(role.Properties.ManagedPolicyArns)).toContain('AWSBackupServiceRolePolicyForBackup');
  });

  it('stores the recovery points in a vault encrypted with a rotated KMS key, refusing anyone’s deletion of them', () => {
    const keyId = vault.Properties.EncryptionKeyArn['Fn::GetAtt'][0] as string;
    expect(byId(keyId).Properties).toMatchObject({ EnableKeyRotation: true });
    expect(byId(keyId).DeletionPolicy).toBe('Retain');
    expect(vault.Properties.AccessPolicy.Statement).toEqual([
      { Effect: 'Deny', Principal: { AWS: '*' }, Action: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle'], Resource: '*' },
    ]);
    expect(vault.DeletionPolicy).toBe('Retain');
  });
});

describe('the retention settings', () => {
  // As `cdk synth -c backupRetentionDays=10 -c tableBackupRetentionDays=7` hands them over: strings.
  const changed = platformOf({ backupRetentionDays: '10', tableBackupRetentionDays: '7' });

  it('default to 35 days each', () => {
    expect(readPlatformSettings(testApp())).toMatchObject({ backupRetentionDays: 35, tableBackupRetentionDays: 35 });
  });

  it('change the lifecycle of the archives and the retention of the table backups', () => {
    expect(changed.bucket.Properties.LifecycleConfiguration.Rules[0]).toEqual({ Id: 'expire-archives', Status: 'Enabled', ExpirationInDays: 10 });
    expect(changed.plan.Properties.BackupPlan.BackupPlanRule[0].Lifecycle).toEqual({ DeleteAfterDays: 7 });
  });

  it.each([
    [{ backupRetentionDays: '0' }, /backupRetentionDays/],
    [{ backupRetentionDays: '1.5' }, /backupRetentionDays/],
    [{ tableBackupRetentionDays: 'a month' }, /tableBackupRetentionDays/],
    [{ tableBackupRetentionDays: '-3' }, /tableBackupRetentionDays/],
  ])('refuse a value that is not a whole number of days: %o', (context, message) => {
    expect(() => readPlatformSettings(testApp(context))).toThrow(message);
  });
});
