import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupSelection, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements';

export interface TableBackupPlanProps {
  table: ITableV2;
  /** Days each daily recovery point is kept (the stack's `tableBackupRetentionDays`). */
  retentionDays: number;
}

/**
 * Scheduled backups of the platform's own table (issue 18), beside its point-in-time recovery (35 days of
 * any second, data-table.ts): AWS Backup takes a full backup every day into a vault of its own, encrypted
 * with a KMS key of its own, and keeps each for `retentionDays`. A recovery point is a restore target that
 * does not depend on the table's PITR window, and the vault refuses anyone's DeleteRecoveryPoint, so a
 * mistaken or malicious call cannot remove them (the plan's lifecycle still expires them). The vault and its
 * key are retained when the stack goes: they are what is left when something went wrong.
 * docs/runbook.md "Restore drill: the platform's table" restores one.
 */
export class TableBackupPlan extends Construct {
  readonly vault: BackupVault;
  readonly key: Key;
  readonly plan: BackupPlan;
  readonly selection: BackupSelection;
  /** What AWS Backup acts as for the table: backups, and the restore jobs of docs/runbook.md. */
  readonly role: Role;

  constructor(scope: Construct, id: string, props: TableBackupPlanProps) {
    super(scope, id);
    if (!Number.isInteger(props.retentionDays) || props.retentionDays < 1) throw new Error(`TableBackupPlan retentionDays must be a whole number of days, at least 1 (got ${props.retentionDays}).`);
    const stackName = Stack.of(this).stackName;

    this.key = new Key(this, 'Key', {
      description: "Encrypts the AWS Backup recovery points of the PaaS platform's table",
      alias: `alias/${stackName}/table-backups`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
      pendingWindow: Duration.days(30),
    });
    this.vault = new BackupVault(this, 'Vault', {
      encryptionKey: this.key,
      blockRecoveryPointDeletion: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.plan = new BackupPlan(this, 'Plan', {
      backupPlanName: `${stackName}-table`,
      backupVault: this.vault,
      backupPlanRules: [
        new BackupPlanRule({
          ruleName: 'Daily',
          // 03:00 UTC, a quiet hour for the platform's own jobs; a backup does not consume the table's capacity.
          scheduleExpression: Schedule.cron({ minute: '0', hour: '3' }),
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(8),
          deleteAfter: Duration.days(props.retentionDays),
        }),
      ],
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('backup.amazonaws.com'),
      description: "AWS Backup's role for the platform's table: daily backups and restores to a new table",
    });
    this.selection = this.plan.addSelection('Table', {
      resources: [BackupResource.fromArn(props.table.tableArn)],
      role: this.role,
      // The same role can then run a restore job (docs/runbook.md), which creates a new table from a recovery point.
      allowRestores: true,
    });
    acknowledge(
      this.role,
      "AWS Backup's own service-role policies (AWSBackupServiceRolePolicyForBackup and ...ForRestores), assumed only by backup.amazonaws.com: AWS keeps them current with what its DynamoDB backups need (advanced backups call dynamodb:StartAwsBackupJob and friends), which a hand-written copy would silently fall behind.",
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores]',
    );
  }
}
