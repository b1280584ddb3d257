import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import * as z from 'zod';
import { functionEnvironmentSchema } from '../../shared/config/function-environment';
import { dnsServerSchema } from '../../shared/domains/dns-server';
import { sourceRangesSchema } from '../../shared/inbound-webhooks/source-ranges';
import { stripePricesSchema } from '../../shared/payments/payments-environment';

/** `cdk.json` gives JSON values, `-c key=value` gives strings: both spellings must mean the same thing. */
const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

const sourceRanges = sourceRangesSchema;

const retentionPeriods = Object.values(RetentionDays).filter((value): value is number => typeof value === 'number');

/**
 * The CDK context this app reads, with its defaults. cdk.json repeats the defaults so they are visible
 * where operators look; a value missing from both still yields a working stack.
 */
export const platformSettingsSchema = z.object({
  /** Off only for throwaway stacks: the table then goes with `cdk destroy`, and so do the log groups. */
  deletionProtection: flag.default(true),
  logRetentionDays: z.coerce
    .number()
    .refine((days) => retentionPeriods.includes(days), `must be a CloudWatch Logs retention period (${retentionPeriods.join(', ')})`)
    .default(RetentionDays.ONE_MONTH),
  /** Comma-separated origins, `*` for any; the same format as the functions' CORS_ALLOWED_ORIGINS. */
  corsAllowedOrigins: z.string().trim().min(1).default('*'),
  /** The stage's default throttling; routes with their own `throttle` row override it. */
  apiThrottleRate: z.coerce.number().positive().default(100),
  apiThrottleBurst: z.coerce.number().int().positive().default(200),
  logLevel: functionEnvironmentSchema.shape.POWERTOOLS_LOG_LEVEL.unwrap().default('INFO'),
  /**
   * The `iss` and `aud` of customer access tokens. The defaults are the functions' own defaults, so AWS and
   * the local runtime agree; a deployment that has a public domain may name it here.
   */
  customerTokenIssuer: z.url().default('https://paas-platform/customers'),
  customerTokenAudience: z.string().trim().min(1).default('paas-api'),
  /** Instances are served at https://<instance>.<appsDomain>: a wildcard DNS record and certificate point there. */
  appsDomain: functionEnvironmentSchema.shape.APPS_DOMAIN.unwrap().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, 'must be a DNS domain').default('apps.localhost'),
  /** Instances' volumes: a StorageClass of the cluster (gp3, say); unset: the cluster's default. */
  instanceStorageClass: z.string().trim().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be a StorageClass name').optional(),
  /** The IngressClass that serves instances; the tenant NetworkPolicy lets its controller in. */
  instanceIngressClass: z.string().trim().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be an IngressClass name').default('nginx'),
  /**
   * A cert-manager ClusterIssuer for each instance's certificate; unset: the ingress controller's default
   * certificate (a wildcard for appsDomain, set up with the controller) serves every instance.
   */
  instanceCertIssuer: z.string().trim().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be a ClusterIssuer name').optional(),
  /** The cert-manager ClusterIssuer of custom domains' certificates (infra/aws/kubernetes/ sets it up with cert-manager). */
  domainCertIssuer: z.string().trim().regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'must be a ClusterIssuer name').default('letsencrypt'),
  /** The DNS server custom domains' records are checked against (an IP with an optional port); unset: the functions' system resolver (the VPC's, or AWS's). */
  dnsResolver: dnsServerSchema.optional(),
  /** The image of backup-job/Dockerfile, built and pushed by the operator like the agent's; unset: the default tag. */
  backupJobImage: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9._\-/:@]*$/, 'must be an image reference (registry/repository:tag or @digest)')
    .max(255)
    .optional(),
  /**
   * The EKS cluster the instances run on, imported by name. Unset: the stack deploys without cluster access
   * and provisioning fails at its first Kubernetes step (useful only for trying the API).
   */
  eksClusterName: z.string().trim().regex(/^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/, 'must be an EKS cluster name').optional(),
  /** The Kubernetes group the functions' roles are mapped to; infra/aws/kubernetes/platform-rbac.yaml binds it. */
  eksKubernetesGroup: z.string().trim().min(1).default('paas-platform:provisioner'),
  /** Comma-separated subnet and security group ids, when the cluster's endpoint is private. */
  eksSubnetIds: z.string().trim().optional(),
  eksSecurityGroupIds: z.string().trim().optional(),
  /** When set, the alarm topic mails this address; the topic exists either way for other subscribers. */
  alarmEmail: z.email().optional(),
  /** Comma-separated CIDR ranges each inbound hook accepts requests from (e.g. Stripe's webhook addresses); unset: any. */
  paymentsWebhookSourceRanges: sourceRanges,
  kubernetesWebhookSourceRanges: sourceRanges,
  alertsWebhookSourceRanges: sourceRanges,
  /**
   * The address notification emails come from: an identity verified in SES in the stack's region (the address
   * or its domain). Unset: emails are off, and customers still get their notifications through the API.
   */
  notificationSender: z.email().optional(),
  /**
   * Whether a customer must confirm their email address (the link emailed at registration) before subscribing
   * or adding webhooks. On by default; a stack without notificationSender sends no links, so turn it off there.
   */
  requireVerifiedEmail: flag.default(true),
  /** The page the account emails' links open (it POSTs the token from the link's fragment to the API). */
  accountLinkBaseUrl: z.url().optional(),
  /**
   * Days after which the backups bucket's lifecycle expires any archive. The platform deletes archives itself,
   * by count per plan (the largest keeps 30 daily), so this is a safety net: keep it above the longest
   * retention a plan offers, with a margin (an archive the platform still lists must not vanish under it).
   */
  backupRetentionDays: z.coerce.number().int().min(1).max(3650).default(35),
  /**
   * Payments (shared/payments): which Stripe price each plan is sold at, `{"<serviceSlug>/<planId>": "price_…"}`
   * (a JSON object in cdk.json, or its text with -c); a plan left out is sold at its catalog price, sent inline.
   */
  stripePrices: z
    .union([z.string(), z.record(z.string(), z.unknown())])
    .optional()
    .transform((value, ctx) => {
      if (typeof value !== 'string') return value;
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object {"<serviceSlug>/<planId>": "price_…"}' });
        return z.NEVER;
      }
    })
    .pipe(stripePricesSchema),
  /** Where Stripe sends the customer after Checkout (paid, or given up) and back from the Customer Portal: the console's pages. */
  checkoutSuccessUrl: z.url().optional(),
  checkoutCancelUrl: z.url().optional(),
  billingPortalReturnUrl: z.url().optional(),
  /** Days AWS Backup keeps each daily recovery point of the platform's table (PITR keeps its own 35 days). */
  tableBackupRetentionDays: z.coerce.number().int().min(1).max(3650).default(35),
});

export type PlatformSettings = z.output<typeof platformSettingsSchema>;

export const readPlatformSettings = (scope: Construct): PlatformSettings => {
  const raw = Object.fromEntries(Object.keys(platformSettingsSchema.shape).map((key) => [key, scope.node.tryGetContext(key)]));
  const result = platformSettingsSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`Invalid CDK context: ${problems.join('; ')}`);
};
