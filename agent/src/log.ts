/**
 * JSON lines on stdout (what `kubectl logs` and any collector read): time, level, msg, then the fields.
 * Callers pass the few fields they mean to record; any field whose name smells of a secret is masked
 * anyway, so the agent token cannot reach a log line by accident.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const secretKey = /token|authorization|password|secret/i;

export const isLogLevel = (value: string): value is LogLevel => value in rank;

export interface LoggerOptions {
  level?: LogLevel;
  write?: (line: string) => void;
  now?: () => Date;
}

export const createLogger = ({ level = 'info', write = (line) => process.stdout.write(line), now = () => new Date() }: LoggerOptions = {}): Logger => {
  const emit = (lineLevel: LogLevel, msg: string, fields: LogFields = {}) => {
    if (rank[lineLevel] < rank[level]) return;
    const safe = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, secretKey.test(key) ? '[redacted]' : value]));
    write(`${JSON.stringify({ time: now().toISOString(), level: lineLevel, msg, ...safe })}\n`);
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
};

/** What a log line may say about an error: its name, code and a bounded message, never the stack. */
export const errorFields = (error: unknown): LogFields => {
  if (!(error instanceof Error)) return { error: String(error).slice(0, 300) };
  const code = (error as { code?: unknown }).code;
  // fetch reports every network failure as "fetch failed"; the reason (ECONNREFUSED, a TLS error) is the cause.
  const cause = error.cause instanceof Error ? ((error.cause as { code?: string }).code ?? error.cause.message.slice(0, 200)) : undefined;
  return {
    error: error.message.slice(0, 300),
    errorName: error.name,
    ...(code !== undefined ? { errorCode: code } : {}),
    ...(cause !== undefined ? { errorCause: cause } : {}),
  };
};
