import * as z from 'zod';
import { DEFAULT_SIGNATURE_TOLERANCE_SECONDS, type InboundSource } from './inbound-sources';
import { sourceRangesSchema } from './source-ranges';

const secret = z.string().min(1).optional();
const ranges = sourceRangesSchema;

/**
 * The environment of the inbound hook functions, beside the functions' shared one: per source, the secret
 * itself (the local runtime, tests) or the Secrets Manager secret holding it (AWS: the stack sets only the
 * ARN, on that source's function alone), and the source address ranges it accepts (empty: any).
 */
export const inboundEnvironmentSchema = z.object({
  PAYMENTS_WEBHOOK_SECRET: secret,
  PAYMENTS_WEBHOOK_SECRET_ARN: secret,
  PAYMENTS_WEBHOOK_SOURCE_RANGES: ranges,
  KUBERNETES_WEBHOOK_SECRET: secret,
  KUBERNETES_WEBHOOK_SECRET_ARN: secret,
  KUBERNETES_WEBHOOK_SOURCE_RANGES: ranges,
  ALERTS_WEBHOOK_TOKEN: secret,
  ALERTS_WEBHOOK_TOKEN_ARN: secret,
  ALERTS_WEBHOOK_SOURCE_RANGES: ranges,
  /** Seconds a signed timestamp stays acceptable (Stripe's default tolerance). */
  INBOUND_SIGNATURE_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(DEFAULT_SIGNATURE_TOLERANCE_SECONDS),
  /** Seconds a secret read from Secrets Manager is kept before it is read again (a rotation shows within this). */
  INBOUND_SECRET_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
});

export type InboundEnvironment = z.output<typeof inboundEnvironmentSchema>;
export type InboundEnvironmentInput = z.input<typeof inboundEnvironmentSchema>;

/** The variable names of one source, so the stack and the local runtime set the same ones. */
export const inboundVariables = {
  payments: { secret: 'PAYMENTS_WEBHOOK_SECRET', secretArn: 'PAYMENTS_WEBHOOK_SECRET_ARN', sourceRanges: 'PAYMENTS_WEBHOOK_SOURCE_RANGES' },
  kubernetes: { secret: 'KUBERNETES_WEBHOOK_SECRET', secretArn: 'KUBERNETES_WEBHOOK_SECRET_ARN', sourceRanges: 'KUBERNETES_WEBHOOK_SOURCE_RANGES' },
  alerts: { secret: 'ALERTS_WEBHOOK_TOKEN', secretArn: 'ALERTS_WEBHOOK_TOKEN_ARN', sourceRanges: 'ALERTS_WEBHOOK_SOURCE_RANGES' },
} as const satisfies Record<InboundSource, { secret: keyof InboundEnvironment; secretArn: keyof InboundEnvironment; sourceRanges: keyof InboundEnvironment }>;
