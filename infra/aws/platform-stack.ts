import { Annotations, CfnOutput, Duration, NestedStack, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import packageJson from '../../package.json' with { type: 'json' };
import { type EventRuleDefinition, eventRules } from '../../functions/event-rules';
import { type QueueDefinition, queues } from '../../functions/queues';
import { fallbackHandler, routes } from '../../functions/routes';
import { type ScheduleDefinition, schedules } from '../../functions/schedules';
import { streamConsumers } from '../../functions/stream-consumers';
import { workflowTaskTimeoutSeconds } from '../../functions/workflows';
import type { FunctionEnvironmentInput } from '../../shared/config/function-environment';
import { allowedOrigins } from '../../shared/http/cors-policy';
import type { RouteDefinition } from '../../shared/http/route';
import { AdminUserPool } from './constructs/admin-user-pool';
import { AlarmTopic, PlatformAlarms } from './constructs/alarms';
import { AreaStacks } from './constructs/area-stacks';
import { BackupBucket } from './constructs/backup-bucket';
import { PlatformDashboard } from './constructs/dashboard';
import { ClusterAccess } from './constructs/cluster-access';
import { CustomerTokenKey } from './constructs/customer-token-key';
import { DataTable } from './constructs/data-table';
import { PlatformEventBus } from './constructs/event-bus';
import { PlatformEventRules } from './constructs/event-rules';
import { HandlerFunctions } from './constructs/handler-functions';
import { PlatformHttpApi } from './constructs/http-api';
import { InboundSecrets } from './constructs/inbound-secrets';
import { StripeApiKey } from './constructs/stripe-api-key';
import { grantNotificationEmail } from './constructs/notification-email';
import { grantQueueAccess } from './constructs/queue-access';
import { PlatformQueues } from './constructs/queues';
import { ProvisioningWorkflows } from './constructs/provisioning-workflows';
import { PlatformSchedules } from './constructs/schedules';
import { type StreamConsumerDefinition, StreamConsumers } from './constructs/stream-consumers';
import { TableBackupPlan } from './constructs/table-backup-plan';
import { grantWorkflowStarts } from './constructs/workflow-starters';
import { accessAdditions, accessOverrides } from './function-access';
import type { PlatformSettings } from './platform-settings';
import { routeAuthorizers } from './route-authorizers';

/** The tables the stack is made from (DESIGN section 3); tests may swap one to exercise an empty one. */
export interface PlatformTables {
  routes: readonly RouteDefinition[];
  fallbackHandler: string;
  schedules: readonly ScheduleDefinition[];
  queues: readonly QueueDefinition[];
  eventRules: readonly EventRuleDefinition[];
  streamConsumers: readonly StreamConsumerDefinition[];
}

export const platformTables: PlatformTables = { routes, fallbackHandler, schedules, queues, eventRules, streamConsumers };

export interface PlatformStackProps extends StackProps {
  settings: PlatformSettings;
  tables?: Partial<PlatformTables>;
}

/**
 * The whole platform in one stack and its nested stacks (see the split below). No account or region is
 * pinned and nothing is looked up, so it synthesizes offline and deploys anywhere.
 */
export class PlatformStack extends Stack {
  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    const { settings, tables: swappedTables, ...stackProps } = props;
    super(scope, id, { description: 'PaaS platform: HTTP API, functions, table, event bus, queues, workflows, identity and alarms', ...stackProps });
    const tables = { ...platformTables, ...swappedTables };
    const logRetention = settings.logRetentionDays as RetentionDays;
    const logRemovalPolicy = settings.deletionProtection ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    const { table } = new DataTable(this, 'Data', { deletionProtection: settings.deletionProtection });
    const { bus } = new PlatformEventBus(this, 'Events');
    const admins = new AdminUserPool(this, 'Admins', { deletionProtection: settings.deletionProtection });
    const { key: customerTokenKey } = new CustomerTokenKey(this, 'CustomerTokens', { deletionProtection: settings.deletionProtection });
    // Backups (issue 18), stateful, so here beside the table: customers' archives, and the table's own daily backups.
    // A function whose access says `backupArchives` gets `backups.grantArchiveAccess(fn)` (HandlerFunctions);
    // one whose access says `accountExports` gets `backups.grantExportAccess(fn)`.
    const backups = new BackupBucket(this, 'Backups', { retentionDays: settings.backupRetentionDays, accessLogRetentionDays: settings.logRetentionDays });
    const tableBackups = new TableBackupPlan(this, 'TableBackups', { table, retentionDays: settings.tableBackupRetentionDays });

    // CUSTOMER_TOKEN_LOCAL_KEY_FILE and ADMIN_LOCAL_JWKS_FILE are for the local runtime only: never set here.
    const environment: FunctionEnvironmentInput = {
      TABLE_NAME: table.tableName,
      EVENT_BUS_NAME: bus.eventBusName,
      SERVICE_VERSION: packageJson.version,
      CORS_ALLOWED_ORIGINS: settings.corsAllowedOrigins,
      POWERTOOLS_SERVICE_NAME: packageJson.name,
      POWERTOOLS_LOG_LEVEL: settings.logLevel,
      CUSTOMER_TOKEN_KMS_KEY_ID: customerTokenKey.keyArn,
      CUSTOMER_TOKEN_ISSUER: settings.customerTokenIssuer,
      CUSTOMER_TOKEN_AUDIENCE: settings.customerTokenAudience,
      ADMIN_USER_POOL_ID: admins.userPool.userPoolId,
      ADMIN_CLIENT_ID: admins.client.userPoolClientId,
      APPS_DOMAIN: settings.appsDomain,
      INSTANCE_INGRESS_CLASS: settings.instanceIngressClass,
      DOMAIN_CERT_ISSUER: settings.domainCertIssuer,
      REQUIRE_VERIFIED_EMAIL: settings.requireVerifiedEmail ? 'true' : 'false',
      ...(settings.accountLinkBaseUrl && { ACCOUNT_LINK_BASE_URL: settings.accountLinkBaseUrl }),
      ...(settings.dnsResolver && { DNS_RESOLVER: settings.dnsResolver }),
      ...(settings.instanceStorageClass && { INSTANCE_STORAGE_CLASS: settings.instanceStorageClass }),
      ...(settings.instanceCertIssuer && { INSTANCE_CERT_ISSUER: settings.instanceCertIssuer }),
      ...(settings.backupJobImage && { BACKUP_JOB_IMAGE: settings.backupJobImage }),
    };
    const list = (ids?: string) => ids?.split(',').map((id) => id.trim()).filter(Boolean);
    const clusterAccess = settings.eksClusterName
      ? new ClusterAccess(this, 'Cluster', {
          clusterName: settings.eksClusterName,
          kubernetesGroup: settings.eksKubernetesGroup,
          subnetIds: list(settings.eksSubnetIds),
          securityGroupIds: list(settings.eksSecurityGroupIds),
        })
      : undefined;
    if (!clusterAccess) Annotations.of(this).addInfo('No eksClusterName in the context: the stack has no cluster access, so provisioning cannot reach Kubernetes.');
    // One template cannot hold the platform (CloudFormation: 500 resources, 1 MB, 200 parameters and outputs).
    // Nested stacks rather than separate ones: one deploy and one rollback, and CDK passes references as
    // parameters and outputs, with no exports pinned between stacks. Each feature area's functions, with what
    // serves them alone (roles, logs, schedule rules, cluster access entries), go in a stack per area; the
    // API and the monitoring have theirs; the stateful resources and the workflows stay here, logical ids
    // unchanged. What serves one function sits in its stack, as a cycle (a resource here reading a nested
    // stack's output while that stack reads the resource) cannot deploy. template-limits.test.ts keeps each
    // template under 80% of every quota.
    const areas = new AreaStacks(this);
    const functions = new HandlerFunctions(this, 'Functions', {
      table,
      bus,
      customerTokenKey,
      environment,
      logRetention,
      logRemovalPolicy,
      accessOverrides,
      accessAdditions,
      clusterAccess,
      backupArchives: backups,
      accountExports: backups,
      scopeOf: (handler) => areas.scopeOf(handler, 'Functions'),
    });

    const http = new PlatformHttpApi(new NestedStack(this, 'Api', { description: 'HTTP API: one route per row of functions/routes.ts' }), 'Http', {
      routes: tables.routes,
      queues: tables.queues,
      fallbackHandler: tables.fallbackHandler,
      functions,
      authorizers: routeAuthorizers({ adminUserPool: admins.userPool, adminClient: admins.client }),
      allowedOrigins: allowedOrigins(settings.corsAllowedOrigins),
      throttle: { rateLimit: settings.apiThrottleRate, burstLimit: settings.apiThrottleBurst },
      logRetention,
      logRemovalPolicy,
    });
    const streams = new StreamConsumers(this, 'Streams', { consumers: tables.streamConsumers, table, functions });
    const platformQueues = new PlatformQueues(this, 'Queues', { queues: tables.queues, functions });
    new PlatformEventRules(this, 'EventRules', { rules: tables.eventRules, bus, queues: platformQueues });
    new PlatformSchedules(this, 'Schedules', { schedules: tables.schedules, functions });

    // The provisioning workflows (functions/workflows.ts). Their tasks are handler functions like any other.
    const workflows = new ProvisioningWorkflows(this, 'Workflows', {
      taskFunction: (task) => {
        const access = { table: 'read-write', cluster: task.kubernetes } as const;
        return functions.use(task.handler, { access, timeout: Duration.seconds(workflowTaskTimeoutSeconds) }).function;
      },
      logRetention,
      logRemovalPolicy,
    });
    // After every table above, so the starters (routes) exist.
    grantWorkflowStarts(workflows, functions.all);
    grantQueueAccess(platformQueues, functions.all);
    grantNotificationEmail(functions.all, settings.notificationSender);
    const inbound = new InboundSecrets(this, 'InboundSecrets', {
      functions: functions.all,
      sourceRanges: { payments: settings.paymentsWebhookSourceRanges, kubernetes: settings.kubernetesWebhookSourceRanges, alerts: settings.alertsWebhookSourceRanges },
      deletionProtection: settings.deletionProtection,
    });
    new StripeApiKey(this, 'StripeApiKey', {
      functions: functions.all,
      prices: settings.stripePrices,
      urls: { checkoutSuccess: settings.checkoutSuccessUrl, checkoutCancel: settings.checkoutCancelUrl, portalReturn: settings.billingPortalReturnUrl },
      deletionProtection: settings.deletionProtection,
    });

    // Last, so every function the tables above created has its alarm.
    const monitoring = new NestedStack(this, 'Monitoring', { description: 'Alarms and the dashboard of the PaaS platform' });
    const deadLetterQueues = [
      ...streams.failureQueues,
      ...platformQueues.queues.map(({ deadLetterQueue }) => ({ id: deadLetterQueue.node.id, queue: deadLetterQueue })),
    ];
    const { topic: alarmTopic } = new AlarmTopic(this, 'AlarmTopic', { alarmEmail: settings.alarmEmail });
    new PlatformAlarms(monitoring, 'Alarms', { api: http.api, functions: functions.all, deadLetterQueues, topic: alarmTopic });
    const { dashboard } = new PlatformDashboard(monitoring, 'Dashboard', { api: http.api, deadLetterQueues });

    new CfnOutput(this, 'ApiUrl', { value: http.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'TableName', { value: table.tableName });
    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });
    new CfnOutput(this, 'AdminUserPoolId', { value: admins.userPool.userPoolId, description: 'Cognito user pool of the administrators' });
    new CfnOutput(this, 'AdminClientId', { value: admins.client.userPoolClientId, description: 'App client (SRP, no secret) admins sign in with' });
    new CfnOutput(this, 'BackupBucketName', { value: backups.bucket.bucketName, description: "S3 bucket of customers' backup archives (backups/<userId>/<instanceId>/)" });
    new CfnOutput(this, 'TableBackupVaultName', { value: tableBackups.vault.backupVaultName, description: "AWS Backup vault of the table's daily recovery points" });
    new CfnOutput(this, 'TableBackupRoleArn', { value: tableBackups.role.roleArn, description: 'Role AWS Backup uses for the table, restores included (docs/runbook.md)' });
    new CfnOutput(this, 'CustomerTokenKeyArn', { value: customerTokenKey.keyArn, description: 'KMS key that signs customer access tokens' });
    new CfnOutput(this, 'ProvisionStateMachineArn', { value: workflows.stateMachines['provision-instance'].stateMachineArn });
    new CfnOutput(this, 'DeprovisionStateMachineArn', { value: workflows.stateMachines['deprovision-instance'].stateMachineArn });
    for (const [source, secret] of Object.entries(inbound.secrets)) {
      new CfnOutput(this, `${source.charAt(0).toUpperCase()}${source.slice(1)}WebhookSecretArn`, { value: secret.secretArn, description: `Secret of POST /v1/hooks/${source} (README "Inbound webhooks")` });
    }
    new CfnOutput(this, 'DashboardName', { value: dashboard.dashboardName, description: 'CloudWatch dashboard of the platform' });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarmTopic.topicArn, description: 'Subscribe here to be told about alarms' });
  }
}
