import { ConfigError } from '../config/load-config';
import { deadLetterQueueUrlVariable, isQueueName, QUEUE_NAMES_VARIABLE, queueUrlVariable } from './queue-names';

/** Where one row of the queue table lives: its queue and its dead-letter queue. */
export interface QueueLocation {
  name: string;
  url: string;
  deadLetterUrl: string;
}

const required = (env: NodeJS.ProcessEnv, variable: string, problems: string[]): string => {
  const value = env[variable];
  if (!value) problems.push(`${variable}: is required`);
  return value ?? '';
};

/** The URL of one queue, for a function that sends to or consumes from it; names the variable when absent. */
export const queueUrlFromEnvironment = (name: string, env: NodeJS.ProcessEnv = process.env): string => {
  const problems: string[] = [];
  const url = required(env, queueUrlVariable(name), problems);
  if (problems.length) throw new ConfigError(problems);
  return url;
};

/**
 * Every queue the function was given (QUEUE_NAMES) with its DLQ, in table order. An empty or absent list is
 * an empty table, not an error; a listed queue without its URLs is a configuration error naming the variable.
 */
export const queueLocationsFromEnvironment = (env: NodeJS.ProcessEnv = process.env): QueueLocation[] => {
  const names = (env[QUEUE_NAMES_VARIABLE] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const problems: string[] = names.filter((name) => !isQueueName(name)).map((name) => `${QUEUE_NAMES_VARIABLE}: "${name}" is not a queue name`);
  if (problems.length) throw new ConfigError(problems);
  const locations = names.map((name) => ({
    name,
    url: required(env, queueUrlVariable(name), problems),
    deadLetterUrl: required(env, deadLetterQueueUrlVariable(name), problems),
  }));
  if (problems.length) throw new ConfigError(problems);
  return locations;
};
