import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiClient, ApiResult } from './api-client.js';
import { type BackoffOptions, type Random, backoffDelay, jittered } from './backoff.js';
import type { KubernetesNodeInfo } from './contract.js';
import type { HostSampler } from './host-metrics.js';
import { type Logger, errorFields } from './log.js';
import { type PayloadIdentity, heartbeatPayload, registerPayload } from './payloads.js';

/**
 * The agent's life: register until the API accepts the node, then one heartbeat per interval (±10%).
 * A failure waits with backoff (Retry-After when the API names a wait, the cap on a rejected token) and
 * tries again, forever: nothing the API answers ends the loop, only the stop signal does. On stop, one last
 * heartbeat marked draining tells the API the node is going away on purpose, within a short deadline.
 */

export interface AgentDeps {
  api: ApiClient;
  host: HostSampler;
  /** The node's figures from the Kubernetes API, when running in (or pointed at) a cluster. */
  kubernetes?: { read(): Promise<KubernetesNodeInfo> };
  identity: PayloadIdentity;
  intervalMs: number;
  backoff: BackoffOptions;
  log: Logger;
  /** Longest Retry-After honoured, so an absurd value (a date next year) cannot park the agent. */
  maxRetryAfterMs?: number;
  /** The whole budget of the final draining heartbeat. */
  drainTimeoutMs?: number;
  random?: Random;
  now?: () => Date;
  /** Waits ms unless stopped first and says whether to go on; tests pass one that records the waits. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<boolean>;
}

export const runAgent = async (deps: AgentDeps, stop: AbortSignal): Promise<void> => {
  const { api, host, identity, log, backoff, intervalMs } = deps;
  const random = deps.random ?? Math.random;
  const now = deps.now ?? (() => new Date());
  const maxRetryAfterMs = deps.maxRetryAfterMs ?? 15 * 60_000;
  const wait = deps.sleep ?? pause;

  let registered = false;
  let everRegistered = false;
  let failures = 0;
  let lastKubernetes: KubernetesNodeInfo | undefined;
  let kubernetesFailing = false;
  // A slow Kubernetes API (up to its own timeout) must not hold up stopping.
  const stopped = new Promise<never>((_, reject) => stop.addEventListener('abort', () => reject(new Error('stopped')), { once: true }));
  stopped.catch(() => {});

  // Without fresh figures the heartbeat goes without its `kubernetes` part rather than with stale ones.
  const readKubernetes = async (): Promise<KubernetesNodeInfo | undefined> => {
    if (!deps.kubernetes) return undefined;
    try {
      lastKubernetes = await Promise.race([deps.kubernetes.read(), stopped]);
      if (kubernetesFailing) log.info('the Kubernetes API answers again');
      kubernetesFailing = false;
      return lastKubernetes;
    } catch (error) {
      if (stop.aborted) return undefined;
      if (!kubernetesFailing) log.warn('cannot read this node from the Kubernetes API; sending host figures only', errorFields(error));
      kubernetesFailing = true;
      return undefined;
    }
  };

  const register = async (): Promise<ApiResult> => {
    const [system, kubernetes] = await Promise.all([host.system(), readKubernetes()]);
    return api.register(registerPayload(identity, system, kubernetes), stop);
  };

  const heartbeat = async (): Promise<ApiResult> => {
    const [sample, kubernetes] = await Promise.all([host.sample(), readKubernetes()]);
    return api.heartbeat(heartbeatPayload(identity, sample, { sentAt: now(), ...(kubernetes ? { kubernetes } : {}) }), stop);
  };

  const failureDelay = (result: Extract<ApiResult, { ok: false }>): number => {
    if (result.retryAfterMs !== undefined) return Math.min(result.retryAfterMs, maxRetryAfterMs);
    // A token is not fixed by hammering the API; an operator (or a rotation) fixes it, so try at the cap.
    if (result.reason === 'unauthorized') return backoff.capMs;
    return backoffDelay(failures, backoff, random);
  };

  let delay = 0;
  while (await wait(delay, stop)) {
    const step = registered ? 'heartbeat' : 'register';
    let result: ApiResult;
    try {
      result = step === 'register' ? await register() : await heartbeat();
    } catch (error) {
      // The host figures could not be read (e.g. statfs of a missing disk path): nothing was sent.
      delay = backoffDelay(failures, backoff, random);
      failures += 1;
      log.error(`cannot read this host's figures; ${step} not sent`, { ...errorFields(error), attempt: failures, retryInMs: delay });
      continue;
    }

    if (result.ok) {
      if (step === 'register') log.info('node registered', { nodeName: identity.nodeName, agentVersion: identity.agentVersion });
      else if (failures > 0) log.info('heartbeats are accepted again', { failedAttempts: failures });
      registered = true;
      everRegistered = true;
      failures = 0;
      delay = jittered(intervalMs, random);
      continue;
    }
    if (result.reason === 'aborted') break;
    if (step === 'heartbeat' && result.reason === 'not-found') {
      // The API lost or removed the node's record: register again now and carry on.
      log.warn('the API does not know this node; registering again', { status: result.status, detail: result.message });
      registered = false;
      delay = 0;
      continue;
    }
    delay = failureDelay(result);
    failures += 1;
    logFailure(log, step, result, { attempt: failures, retryInMs: delay });
  }

  if (everRegistered) await drain(deps, lastKubernetes, now);
  else log.info('stopped before the node was registered; no draining heartbeat to send');
};

const drain = async (deps: AgentDeps, kubernetes: KubernetesNodeInfo | undefined, now: () => Date) => {
  const { api, host, identity, log } = deps;
  const deadline = AbortSignal.timeout(deps.drainTimeoutMs ?? 2_500);
  try {
    const sample = await host.sample();
    const body = heartbeatPayload(identity, sample, { sentAt: now(), draining: true, ...(kubernetes ? { kubernetes } : {}) });
    const result = await api.heartbeat(body, deadline);
    if (result.ok) log.info('sent the draining heartbeat');
    else log.warn('the draining heartbeat was not accepted', { reason: result.reason, status: result.status, detail: result.message });
  } catch (error) {
    log.warn('cannot send the draining heartbeat', errorFields(error));
  }
};

const logFailure = (log: Logger, step: string, result: Extract<ApiResult, { ok: false }>, fields: { attempt: number; retryInMs: number }) => {
  const common = { step, reason: result.reason, status: result.status, detail: result.message, ...fields };
  switch (result.reason) {
    case 'unauthorized':
      log.error('the API rejected the agent token (401): check the paas-agent-token Secret or --token; retrying at the backoff cap', common);
      return;
    case 'bad-request':
      // The API and this agent disagree about the contract: a bug to fix, not a blip.
      log.error(`the API rejected the ${step} body (${result.status}); this agent and the API disagree on the contract`, {
        ...common,
        ...(result.problem?.errors ? { errors: result.problem.errors } : {}),
      });
      return;
    default:
      log.warn(`${step} failed; retrying`, common);
  }
};

/** Waits ms unless stopped first; false once the stop signal has fired. */
export const pause = async (ms: number, signal: AbortSignal): Promise<boolean> => {
  if (signal.aborted) return false;
  if (ms <= 0) return true;
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
};
