import type { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads configuration once from the environment and validates it. The error names each missing or bad
 * variable (never its value, which may be a secret).
 */
export const loadConfig = <S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> => {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
};

/** Memoises a loader so the environment is read on first use, not at import (tests import freely). */
export const once = <T>(load: () => T): (() => T) => {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
};

/**
 * Memoises an async load (a module imported on first use, a file read) while it succeeds or is under way:
 * one promise serves every caller, and a rejected one is dropped, so the next call tries again rather than
 * failing for the container's life (a file that appears later, a chunk that failed to read once).
 */
export const onceUnlessRejected = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
};
