import { AppError } from '../errors/app-error';
import { checkDomain } from './check-domain';
import type { DomainDeps } from './domain-deps';
import { isGone } from './domain-instance';
import { dropDomain } from './remove-domain';

/** Domains checked per run of the schedule (every minute): the rest wait for the next run, oldest first. */
export const DOMAINS_PER_RUN = 100;

export interface RecheckRun {
  checked: number;
  removed: number;
  failed: number;
}

/**
 * The schedule's pass over the domains whose next check is due: each is checked as on demand; one whose
 * instance is deleted is removed (its claim released, so the name is free again). A domain that another
 * request changed meanwhile is left to that request; other failures are counted and the rest go on.
 */
export const recheckDomains = async (deps: DomainDeps, warn: (message: string, fields: Record<string, unknown>) => void): Promise<RecheckRun> => {
  const run: RecheckRun = { checked: 0, removed: 0, failed: 0 };
  const { items } = await deps.domains.listDue(deps.now(), { limit: DOMAINS_PER_RUN });
  for (const domain of items) {
    try {
      const instance = await deps.subscriptions.getInstance(domain.instanceId);
      if (isGone(instance)) {
        await dropDomain(deps, domain, instance);
        run.removed += 1;
        continue;
      }
      await checkDomain(deps, domain, instance!);
      run.checked += 1;
    } catch (error) {
      if (error instanceof AppError && error.type === 'conflict') continue;
      run.failed += 1;
      warn('domain check failed', { hostname: domain.hostname, subscriptionId: domain.subscriptionId, error: (error as Error).message });
    }
  }
  return run;
};
