import type { RouteDefinition } from '../shared/http/route';
import { adminQueueRoutes } from './admin-queues/admin-queue-routes';
import { adminStatsRoutes } from './admin-stats/admin-stats-routes';
import { adminSubscriptionRoutes } from './admin-subscriptions/admin-subscription-routes';
import { adminTransactionRoutes } from './admin-transactions/admin-transaction-routes';
import { adminWebhookRoutes } from './admin-webhooks/admin-webhook-routes';
import { agentRoutes } from './agent/agent-routes';
import { agentTokenRoutes } from './agent-tokens/agent-token-routes';
import { adminUserRoutes } from './admin-users/admin-user-routes';
import { authRoutes } from './auth/auth-routes';
import { accountExportRoutes } from './auth/account-export-routes';
import { apiKeyRoutes } from './api-keys/api-key-routes';
import { mfaRoutes } from './mfa/mfa-routes';
import { backupRoutes } from './backups/backup-routes';
import { domainRoutes } from './domains/domain-routes';
import { instanceOperationRoutes } from './instance-operations/instance-operation-routes';
import { docsRoutes } from './docs/docs-routes';
import { catalogRoutes } from './catalog/catalog-routes';
import { healthRoutes } from './health/health-routes';
import { hookRoutes } from './hooks/hook-routes';
import { notificationRoutes } from './notifications/notification-routes';
import { openApiRoutes } from './openapi/openapi-routes';
import { paymentRoutes } from './payments/payment-routes';
import { planChangeRoutes } from './plan-changes/plan-change-routes';
import { subscriptionRoutes } from './subscriptions/subscription-routes';
import { transactionRoutes } from './transactions/transaction-routes';
import { versionRoutes } from './versions/version-routes';
import { upgradeRoutes } from './upgrades/upgrade-routes';
import { upgradeBatchRoutes } from './upgrade-batches/upgrade-batch-routes';
import { usageRoutes } from './usage/usage-routes';
import { webhookRoutes } from './webhooks/webhook-routes';
import { workerRoutes } from './workers/worker-routes';

/**
 * The route table: the one list the CDK HTTP API (infra/aws), the local HTTP server (infra/local) and the
 * OpenAPI document (functions/openapi) are made from. Each feature keeps its rows in its own folder.
 */
export const routes: readonly RouteDefinition[] = [
  ...healthRoutes,
  ...openApiRoutes,
  ...authRoutes,
  ...accountExportRoutes,
  ...mfaRoutes,
  ...apiKeyRoutes,
  ...catalogRoutes,
  ...versionRoutes,
  ...upgradeBatchRoutes,
  ...adminUserRoutes,
  ...adminStatsRoutes,
  ...agentRoutes,
  ...workerRoutes,
  ...agentTokenRoutes,
  ...subscriptionRoutes,
  ...backupRoutes,
  ...upgradeRoutes,
  ...domainRoutes,
  ...instanceOperationRoutes,
  ...planChangeRoutes,
  ...adminSubscriptionRoutes,
  ...webhookRoutes,
  ...adminWebhookRoutes,
  ...notificationRoutes,
  ...transactionRoutes,
  ...paymentRoutes,
  ...usageRoutes,
  ...adminTransactionRoutes,
  ...hookRoutes,
  ...adminQueueRoutes,
  ...docsRoutes,
];

/** Requests that match no route reach this handler (API Gateway's `$default` route, and locally the same). */
export const fallbackHandler = 'http/fallback';
