import * as z from 'zod';
import { loadConfig } from '../config/load-config';
import type { AddressPolicy } from './address-policy';

/**
 * The webhook functions' own settings, read from the environment with defaults, so the stack needs to set
 * none of them.
 */
const webhookEnvironmentSchema = z.object({
  /** `1` lets webhooks target loopback receivers over plain http: the local runtime sets it (see below). */
  WEBHOOKS_ALLOW_LOOPBACK: z.enum(['0', '1']).optional(),
  /** Set by Lambda itself: its presence means this is the deployed stack. */
  AWS_LAMBDA_FUNCTION_NAME: z.string().optional(),
  /** How long delivery attempts stay readable before their TTL removes them. */
  WEBHOOK_ATTEMPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
});

export interface WebhookSettings {
  addressPolicy: AddressPolicy;
  attemptRetentionDays: number;
}

/**
 * The loopback allowance is honoured only outside Lambda: the deployed stack cannot turn it on, whatever its
 * environment says.
 */
export const webhookSettings = (env: NodeJS.ProcessEnv = process.env): WebhookSettings => {
  const config = loadConfig(webhookEnvironmentSchema, env);
  return {
    addressPolicy: { allowLoopback: config.WEBHOOKS_ALLOW_LOOPBACK === '1' && !config.AWS_LAMBDA_FUNCTION_NAME },
    attemptRetentionDays: config.WEBHOOK_ATTEMPT_RETENTION_DAYS,
  };
};
