import * as z from 'zod';
import { loadConfig } from '../config/load-config';
import type { AddressPolicy } from './address-policy';
import { DEFAULT_HEALTH_SETTINGS, type HealthSettings } from './endpoint-health';
import { DEFAULT_RETRY_SCHEDULE_SECONDS, parseRetrySchedule } from './retry-schedule';

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
  /** The waits before each attempt, in seconds (retry-schedule.ts); tests compress them, the length is fixed. */
  WEBHOOK_RETRY_SCHEDULE: z
    .string()
    .optional()
    .transform((text, context) => {
      if (text === undefined || text.trim() === '') return [...DEFAULT_RETRY_SCHEDULE_SECONDS];
      const parsed = parseRetrySchedule(text);
      if (typeof parsed === 'string') {
        context.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  /** One attempt's deadline: connecting, sending and the receiver's answer (Svix: 15 s). Under the consumer's 30 s. */
  WEBHOOK_ATTEMPT_TIMEOUT_MS: z.coerce.number().int().min(50).max(25_000).default(15_000),
  /** A failure streak this long tells the owner (webhook.failing); 0 tells at the first failure. */
  WEBHOOK_FAILING_AFTER_MINUTES: z.coerce.number().min(0).max(7 * 24 * 60).default(DEFAULT_HEALTH_SETTINGS.failingAfterSeconds / 60),
  /** A failure streak this long disables the endpoint (webhook.disabled): 5 days, as Svix. */
  WEBHOOK_DISABLE_AFTER_HOURS: z.coerce.number().min(0).max(90 * 24).default(DEFAULT_HEALTH_SETTINGS.disableAfterSeconds / 3600),
});

export interface WebhookSettings {
  addressPolicy: AddressPolicy;
  attemptRetentionDays: number;
  /** Entry i: seconds before attempt i + 1. */
  retrySchedule: number[];
  attemptTimeoutMs: number;
  health: HealthSettings;
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
    retrySchedule: config.WEBHOOK_RETRY_SCHEDULE,
    attemptTimeoutMs: config.WEBHOOK_ATTEMPT_TIMEOUT_MS,
    health: {
      ...DEFAULT_HEALTH_SETTINGS,
      failingAfterSeconds: Math.round(config.WEBHOOK_FAILING_AFTER_MINUTES * 60),
      disableAfterSeconds: Math.round(config.WEBHOOK_DISABLE_AFTER_HOURS * 3600),
    },
  };
};
