/**
 * What a log line may say about an error: its name, a bounded message and the name of its cause. Never the
 * stack (the handbook's rule: no stack trace in any log line) and never the objects attached to it, which
 * may carry request data or secrets.
 */
export const errorFields = (error: unknown) => {
  if (!(error instanceof Error)) return { errorName: typeof error, errorMessage: String(error).slice(0, 300) };
  const cause = error.cause instanceof Error ? error.cause.name : undefined;
  return { errorName: error.name, errorMessage: error.message.slice(0, 300), ...(cause ? { errorCause: cause } : {}) };
};
