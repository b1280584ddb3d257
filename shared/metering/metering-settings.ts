import * as z from 'zod';
import { loadConfig } from '../config/load-config';

const meteringEnvironmentSchema = z.object({
  /** How long an hourly usage sample is kept before its TTL removes it. */
  USAGE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
});

export interface MeteringSettings {
  retentionDays: number;
}

export const meteringSettings = (env: NodeJS.ProcessEnv = process.env): MeteringSettings => ({
  retentionDays: loadConfig(meteringEnvironmentSchema, env).USAGE_RETENTION_DAYS,
});
