import * as z from 'zod';

/**
 * The environment of the HTTP and event functions. The CDK construct types its `environment` with
 * `z.input` of this schema, so a variable missing from the stack fails at compile time, and every function
 * validates it once at first use.
 */
export const functionEnvironmentSchema = z.object({
  TABLE_NAME: z.string().min(1, 'is required'),
  EVENT_BUS_NAME: z.string().min(1, 'is required'),
  SERVICE_VERSION: z.string().min(1).default('0.0.0-local'),
  CORS_ALLOWED_ORIGINS: z.string().optional(),
  POWERTOOLS_SERVICE_NAME: z.string().optional(),
  POWERTOOLS_LOG_LEVEL: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT', 'CRITICAL']).optional(),
});

export type FunctionEnvironment = z.output<typeof functionEnvironmentSchema>;
export type FunctionEnvironmentInput = z.input<typeof functionEnvironmentSchema>;
