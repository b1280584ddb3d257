import * as z from 'zod';
import { EXPORT_INLINE_CAP_BYTES, EXPORT_INLINE_DEFAULT_BYTES } from '../account-data/export-limits';
import { DEFAULT_BACKUP_JOB_IMAGE } from '../backups/backup-job-image';
import { dnsServerSchema } from '../domains/dns-server';

/*
 * Pieces the variables share. A zod schema never changes, and every chained call (`.min()`, `.optional()`)
 * builds new objects: one `optionalText` for twenty variables keeps this schema, which every function builds
 * at its cold start, about half the size (issue 21).
 */
const text = z.string().min(1);
const optionalText = text.optional();
const wholeNumber = z.coerce.number().int();

/**
 * The environment of the HTTP and event functions. The CDK construct types its `environment` with
 * `z.input` of this schema, so a variable missing from the stack fails at compile time, and every function
 * validates it once at first use.
 */
export const functionEnvironmentSchema = z.object({
  TABLE_NAME: z.string().min(1, 'is required'),
  EVENT_BUS_NAME: z.string().min(1, 'is required'),
  SERVICE_VERSION: text.default('0.0.0-local'),
  CORS_ALLOWED_ORIGINS: z.string().optional(),
  POWERTOOLS_SERVICE_NAME: z.string().optional(),
  POWERTOOLS_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT', 'CRITICAL']).optional(),

  /** Customer access tokens: who issues them and for whom (the `iss` and `aud` claims). */
  CUSTOMER_TOKEN_ISSUER: text.default('https://paas-platform/customers'),
  CUSTOMER_TOKEN_AUDIENCE: text.default('paas-api'),
  /** In AWS: the KMS asymmetric key (ECC_NIST_P256) that signs them; the private half never leaves KMS. */
  CUSTOMER_TOKEN_KMS_KEY_ID: optionalText,
  /** Locally: a JWK file in the data folder, generated on first start, trusted by nothing but this runtime. */
  CUSTOMER_TOKEN_LOCAL_KEY_FILE: optionalText,

  /**
   * Accounts (shared/accounts): whether a customer must confirm their email address before subscribing or
   * adding webhooks (`true` unless set to `false`), and the page the account emails' links open (it takes the
   * token from the link's fragment and POSTs it to the API).
   */
  REQUIRE_VERIFIED_EMAIL: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  ACCOUNT_LINK_BASE_URL: z.url().default('http://localhost:3000/account'),

  /** Administrators: the Cognito user pool and app client whose access tokens the admin routes accept. */
  ADMIN_USER_POOL_ID: optionalText,
  ADMIN_CLIENT_ID: optionalText,
  /** Locally only: the public keys of the local admin signer, used instead of Cognito's JWKS. */
  ADMIN_LOCAL_JWKS_FILE: optionalText,

  /** Instances are served at https://<instance>.<APPS_DOMAIN>. */
  APPS_DOMAIN: text.default('apps.localhost'),
  /** The StorageClass of instances' volumes; unset: the cluster's default one. */
  INSTANCE_STORAGE_CLASS: optionalText,
  /** The IngressClass that serves instances (ingress-nginx's `nginx` by default). */
  INSTANCE_INGRESS_CLASS: text.default('nginx'),
  /**
   * A cert-manager ClusterIssuer that issues each instance's certificate into `<instance>-tls`. Unset: the
   * Ingress names no Secret, and the ingress controller's default certificate (a wildcard for APPS_DOMAIN)
   * serves every instance.
   */
  INSTANCE_CERT_ISSUER: optionalText,
  /**
   * Custom domains (shared/domains): the cert-manager ClusterIssuer of their certificates (each domain has its
   * own Certificate; the apps domain's wildcard does not cover them), and the DNS server their records are
   * checked against (`host:port` or `host`; unset: the system's resolver).
   */
  DOMAIN_CERT_ISSUER: text.default('letsencrypt'),
  DNS_RESOLVER: dnsServerSchema.optional(),
  /** Where the cluster is: a kubeconfig file (local runtime, k3d, kind); unset means the default or in-cluster. */
  KUBECONFIG: optionalText,
  /** In AWS: the EKS cluster, reached with the function's IAM role through the stack's access entry. */
  EKS_CLUSTER_NAME: optionalText,

  /** Worker health: seconds without a heartbeat before a node is UNHEALTHY, then OFFLINE. */
  NODE_UNHEALTHY_AFTER_SECONDS: wholeNumber.min(15).max(3600).default(40),
  NODE_OFFLINE_AFTER_SECONDS: wholeNumber.min(60).max(86_400).default(300),

  /** The platform watch tells administrators when less than this share of the healthy nodes' capacity is free. */
  CAPACITY_LOW_PERCENT: z.coerce.number().min(0).max(100).default(20),
  /** Expiry: days before a period's end the customer is told, and days a subscription suspended for payment is kept. */
  SUBSCRIPTION_NOTICE_DAYS: wholeNumber.min(1).max(60).default(7),
  SUBSCRIPTION_GRACE_DAYS: wholeNumber.min(0).max(365).default(7),
  /**
   * Cleanup (shared/cleanup/cleanup-rules.ts): minutes an instance may stay PROVISIONING or DELETING before the
   * daily job fails or finishes it (above the workflows' own worst case), and the age under which a labelled
   * namespace is never deleted.
   */
  CLEANUP_PROVISIONING_DEADLINE_MINUTES: wholeNumber.min(90).max(10_080).default(120),
  CLEANUP_DELETING_DEADLINE_MINUTES: wholeNumber.min(30).max(10_080).default(60),
  CLEANUP_NAMESPACE_MIN_AGE_MINUTES: wholeNumber.min(15).max(10_080).default(60),

  /** The workflows, set only on the functions that start them (functions/workflows.ts `workflowStarters`). */
  PROVISION_STATE_MACHINE_ARN: optionalText,
  DEPROVISION_STATE_MACHINE_ARN: optionalText,
  BACKUP_STATE_MACHINE_ARN: optionalText,
  RESTORE_STATE_MACHINE_ARN: optionalText,
  UPGRADE_STATE_MACHINE_ARN: optionalText,
  RESTART_STATE_MACHINE_ARN: optionalText,
  RESIZE_STATE_MACHINE_ARN: optionalText,
  UPGRADE_BATCH_STATE_MACHINE_ARN: optionalText,

  /** Customers' backup archives (shared/backups): the bucket, set on the functions granted it, and the Job's image. */
  BACKUP_BUCKET: optionalText,
  BACKUP_JOB_IMAGE: text.default(DEFAULT_BACKUP_JOB_IMAGE),
  /** Minutes a download link of an archive stays valid. */
  BACKUP_DOWNLOAD_MINUTES: wholeNumber.min(1).max(720).default(15),
  /**
   * Bytes above which GET /v1/auth/me/export answers a link instead of the document (shared/account-data/
   * export-delivery.ts); never above what a Lambda response can carry.
   */
  EXPORT_INLINE_MAX_BYTES: wholeNumber.min(1).max(EXPORT_INLINE_CAP_BYTES).default(EXPORT_INLINE_DEFAULT_BYTES),
});

export type FunctionEnvironment = z.output<typeof functionEnvironmentSchema>;
export type FunctionEnvironmentInput = z.input<typeof functionEnvironmentSchema>;
