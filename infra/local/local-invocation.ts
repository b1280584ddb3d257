import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Which local consumer an async chain belongs to, for tools running in the same process: the local runtime
 * runs every queue consumer's batch inside `localInvocation.run({ kind: 'queue', name })`, so a bench
 * recording the shared DynamoDB client can tell a queue consumer's requests (the webhook fan-out and
 * deliveries, notifications) from those of the request it is measuring, which no longer run in AWS's
 * separate processes. The scheduler's timer runs each job inside `{ kind: 'schedule' }` likewise (a job run on
 * demand, `npm run job`, is not marked: it is what is being measured then). HTTP handlers run outside it.
 */
export const localInvocation = new AsyncLocalStorage<{ kind: 'queue' | 'schedule'; name: string }>();
