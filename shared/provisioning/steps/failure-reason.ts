import type { WorkflowState } from './provisioning-deps';

/** A customer reads the reason: one line, short, never a stack. */
const MAX_REASON = 300;

const parsed = (text: string): Record<string, unknown> | undefined => {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

/** The first line of a message, without what looks like a stack frame (`    at fn (file:1:2)`). */
const firstLine = (text: string) => text.split('\n').find((line) => line.trim() && !/^\s*at\s/.test(line))?.trim() ?? '';

/**
 * What the customer is told when a workflow step failed, from the Catch's `{Error, Cause}`. In AWS a Lambda
 * task's Cause is the runtime's JSON (`errorType`, `errorMessage`, `trace` with the stack): only the message
 * is kept. A failed rollout's Cause is its status JSON: its reason. Anything else: the Cause's first line.
 */
export const failureReason = (failure: WorkflowState['failure']): string => {
  const error = failure?.Error ?? failure?.error ?? 'Failed';
  const cause = failure?.Cause ?? failure?.cause ?? '';
  const json = parsed(cause);
  const message =
    typeof json?.errorMessage === 'string' ? json.errorMessage : typeof json?.reason === 'string' ? json.reason : json ? '' : cause;
  const detail = firstLine(message) || 'no detail';
  return `${error}: ${detail}`.slice(0, MAX_REASON);
};
