/**
 * The subset of Lambda event filtering (EventBridge pattern syntax) the stream consumers use: objects nest,
 * an array lists the accepted values. Locally it keeps a consumer from seeing records AWS would not send it.
 */
export const matchesFilter = (pattern: unknown, value: unknown): boolean => {
  if (Array.isArray(pattern)) return pattern.some((accepted) => accepted === value);
  if (pattern && typeof pattern === 'object') {
    if (!value || typeof value !== 'object') return false;
    return Object.entries(pattern).every(([key, inner]) => matchesFilter(inner, (value as Record<string, unknown>)[key]));
  }
  return pattern === value;
};
