import { afterAll, beforeAll } from 'vitest';
import { logger } from '../../shared/logging/logger';

/**
 * Every line the platform's logger writes while the file's tests run, for asserting that no token, key,
 * code or secret is ever logged. The file sets POWERTOOLS_LOG_LEVEL=DEBUG itself in a `vi.hoisted` block
 * (before the logger is first imported), so the quietest lines are captured too.
 */
export const captureLogLines = (): string[] => {
  const lines: string[] = [];
  const sink = (logger as unknown as { console: Record<string, (...args: unknown[]) => void> }).console;
  const original = { ...sink };
  beforeAll(() => {
    for (const method of ['debug', 'info', 'warn', 'error', 'log']) sink[method] = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  });
  afterAll(() => Object.assign(sink, original));
  return lines;
};
