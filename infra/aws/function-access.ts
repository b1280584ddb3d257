import { apiKeyScopeOf } from '../../shared/api-keys/api-key-scopes';
import { routeKey, type RouteDefinition } from '../../shared/http/route';

/** What one function may do with the platform's own resources; anything absent is denied. */
export interface FunctionAccess {
  readonly table?: 'read' | 'read-write';
  readonly putEvents?: boolean;
  /** kms:Sign on the customer token key: only the handlers that issue customer access tokens. */
  readonly signTokens?: boolean;
  /** kms:GetPublicKey on the customer token key: verifying customer tokens, or publishing the JWKS. */
  readonly verifyTokens?: boolean;
  /** The EKS cluster, when the stack has one: an access entry for the role (infra/aws/constructs/cluster-access.ts). */
  readonly cluster?: boolean;
  /** Objects under `backups/` in the backups bucket (constructs/backup-bucket.ts): what it presigns for a Job, reads or deletes. */
  readonly backupArchives?: boolean;
  /** Objects under `exports/` in the backups bucket: where a large account export is written and linked to. */
  readonly accountExports?: boolean;
}

/**
 * An HTTP route's method is the default guess: reads for GET, reads and writes for everything else. Every
 * route that is not public checks a customer token (admin routes too, to tell a customer's token from a
 * missing one), so it may read the signing key's public half. A GET an API key may call writes too: the
 * key's call counter and its last use (shared/api-keys/authenticate-api-key.ts).
 */
export const routeAccess = (route: Pick<RouteDefinition, 'method' | 'auth' | 'path'>): FunctionAccess => ({
  table: route.method === 'GET' && !(route.auth === 'customer' && apiKeyScopeOf(routeKey(route))) ? 'read' : 'read-write',
  verifyTokens: route.auth !== 'public',
});

/** The handlers that issue customer access tokens (DESIGN section 5): the only holders of kms:Sign. */
export const tokenSigningHandlers = ['auth/register', 'auth/login', 'auth/refresh', 'mfa/login-mfa'] as const;

/** Serves the public JWKS at /.well-known/jwks.json: reads the public key, touches no data. */
export const jwksHandler = 'auth/get-jwks';

/**
 * Handlers that need other rights than their kind implies; these replace what the use asks for. Handlers
 * write events to the outbox, never to the bus (DESIGN section 4), so only the stream consumers that forward
 * or derive events may put them.
 * A name here that no table uses fails the synth, so a rename cannot leave a stale grant behind.
 */
export const accessOverrides: Readonly<Record<string, FunctionAccess>> = {
  'health/get-health': {},
  'openapi/get-openapi': {},
  'docs/get-docs': {},
  'events/forward-outbox': { putEvents: true },
  'workers/node-status-events': { putEvents: true },
  [jwksHandler]: { verifyTokens: true },
  // The queue routes touch no table; their SQS rights come from grantQueueAccess (constructs/queue-access.ts).
  'admin-queues/list-queues': { verifyTokens: true },
  'admin-queues/redrive-queue': { verifyTokens: true },
};

/**
 * Rights added on top of what a handler's use asks for (the signers are public routes that also write the
 * table). Checked like the overrides: a name no table uses fails the synth.
 */
/** The routes and jobs that call Kubernetes; the workflow tasks say it in their own table. */
export const clusterHandlers = [
  'subscriptions/renew-subscription',
  'admin-subscriptions/suspend-subscription',
  'admin-subscriptions/resume-subscription',
  // A schedule, not a route: the expiry job suspends (scales down) what is past its end.
  'subscriptions/expire-subscriptions',
  // A payment in a subscription's grace period resumes it (its workloads scale back up).
  'hooks/payments-hook',
  // A schedule: usage metering lists PodMetrics (metrics.k8s.io) and PersistentVolumeClaims.
  'usage/meter-usage',
  // A schedule: the pod-health check lists the platform's workloads cluster-wide.
  'subscriptions/check-pod-health',
  // Custom domains (adding one touches only the table): verifying applies a domain's Ingress and Certificate, removing deletes them, the schedule does both.
  'domains/verify-domain',
  'domains/remove-domain',
  'domains/recheck-domains',
  // A schedule: cleanup deletes stuck instances' objects and lists and deletes orphan namespaces.
  'cleanup/run-cleanup',
  // An instance's container logs (pods/log) and the events of its objects, read for its customer.
  'instance-operations/get-instance-logs',
  'instance-operations/list-instance-events',
] as const;

/**
 * The handlers that sign links to backup archives for a Job or a download, read what a Job uploaded, or
 * delete archives. The others of functions/backups/ touch only the table.
 */
export const backupArchiveHandlers = [
  'backups/delete-backup',
  'backups/download-backup',
  'backup-steps/start-backup-job',
  'backup-steps/start-safety-backup-job',
  'backup-steps/record-backup',
  'backup-steps/record-safety-backup',
  'backup-steps/mark-backup-failed',
  'backup-steps/prune-backups',
  'backup-steps/start-restore-job',
  'backup-steps/start-undo-job',
  // Closing an account deletes its backups' archives with their records.
  'auth/close-me',
] as const;

/** The handlers that write account exports and presign links to them: the export route alone. */
export const accountExportHandlers = ['auth/export-me'] as const;

export const accessAdditions: Readonly<Record<string, FunctionAccess>> = Object.fromEntries([
  ...tokenSigningHandlers.map((handler) => [handler, { signTokens: true, verifyTokens: true }]),
  ...clusterHandlers.map((handler) => [handler, { cluster: true }]),
  ...backupArchiveHandlers.map((handler) => [handler, { backupArchives: true }]),
  ...accountExportHandlers.map((handler) => [handler, { accountExports: true }]),
]);

export const mergeAccess = (a: FunctionAccess, b: FunctionAccess): FunctionAccess => ({
  table: a.table === 'read-write' || b.table === 'read-write' ? 'read-write' : (a.table ?? b.table),
  putEvents: Boolean(a.putEvents || b.putEvents),
  signTokens: Boolean(a.signTokens || b.signTokens),
  verifyTokens: Boolean(a.verifyTokens || b.verifyTokens),
  cluster: Boolean(a.cluster || b.cluster),
  backupArchives: Boolean(a.backupArchives || b.backupArchives),
  accountExports: Boolean(a.accountExports || b.accountExports),
});
