import type { DomainEvent } from '../events/domain-event';
import type { Instance } from '../subscriptions/subscription';
import type { Domain } from './domain';
import type { DomainDeps } from './domain-deps';
import { domainEventOf, domainProblemOf } from './domain-events';
import { missingRecords } from './domain-records';
import { certificateKind, certificateStateOf, domainObjectNames } from './domain-routing';
import { applyRouting, removeRouting } from './domain-routing-ops';
import { pendingRetryAt, recheckAt, windowClosed } from './domain-timing';

/**
 * One check of a domain, on demand or by the schedule: its DNS records are looked up (two queries) and the
 * domain moves on, written conditionally on the version read, with its events.
 * - PENDING (or FAILED, checked again on demand): records seen → its Certificate and Ingress are applied,
 *   VERIFIED; not seen → retried later with backoff, FAILED once not seen for a day (the retry of a FAILED
 *   one opens a new window).
 * - VERIFIED / ACTIVE: records gone → PENDING again, `domain.lapsed` (the rule stays while the customer
 *   fixes them; the window's end removes it); records there → the certificate's state is read from its
 *   Certificate: ready → ACTIVE.
 * Kubernetes is changed before the record: a lost write is repaired by the next check, which applies again.
 */
export const checkDomain = async (deps: DomainDeps, domain: Domain, instance: Instance): Promise<Domain> => {
  const now = deps.now();
  const at = now.toISOString();
  const missing = await missingRecords(deps.resolver, domain.records);
  const checked: Domain = { ...domain, lastCheckedAt: at, updatedAt: at };
  const events: DomainEvent[] = [];
  let next: Domain;

  if (domain.status === 'PENDING' || domain.status === 'FAILED') {
    const retried = domain.status === 'FAILED';
    if (missing.length === 0) {
      await applyRouting(deps, instance, domain.hostname);
      next = { ...checked, status: 'VERIFIED', reason: undefined, attempts: 0, pendingSince: undefined, verifiedAt: at, certificate: { state: 'issuing' }, nextCheckAt: recheckAt(now, true) };
      events.push(domainEventOf('domain.verified', next, now));
    } else {
      const pendingSince = retried ? at : (domain.pendingSince ?? domain.createdAt);
      const attempts = (retried ? 0 : domain.attempts) + 1;
      const seen = `Not seen yet: ${missing.join('; ')}.`;
      if (!retried && windowClosed(now, pendingSince)) {
        await removeRouting(deps, domain, instance);
        const reason = `The records were not seen within a day (${missing.join('; ')}).`;
        next = { ...checked, status: 'FAILED', reason, attempts, certificate: undefined, nextCheckAt: undefined };
        events.push(domainProblemOf('domain.failed', next, reason, now));
      } else {
        next = { ...checked, status: 'PENDING', reason: seen, attempts, pendingSince, nextCheckAt: pendingRetryAt(now, attempts) };
      }
    }
  } else if (missing.length > 0) {
    const reason = missing.join('; ');
    next = { ...checked, status: 'PENDING', reason: `No longer seen: ${reason}.`, attempts: 1, pendingSince: at, nextCheckAt: pendingRetryAt(now, 1) };
    events.push(domainProblemOf('domain.lapsed', next, reason, now));
  } else {
    const names = domainObjectNames(instance, domain.hostname);
    const certificate = await deps.cluster.read(certificateKind, names.certificate, instance.namespace);
    // Deleted by hand, or a write lost after an earlier apply: put back.
    if (!certificate) await applyRouting(deps, instance, domain.hostname);
    const state = certificateStateOf(certificate);
    const status = state.state === 'ready' ? 'ACTIVE' : 'VERIFIED';
    next = { ...checked, status, certificate: state, reason: undefined, attempts: 0, nextCheckAt: recheckAt(now, state.state === 'issuing') };
    if (status === 'ACTIVE' && domain.status !== 'ACTIVE') events.push(domainEventOf('domain.active', next, now));
    if (state.state === 'failed' && domain.certificate?.state !== 'failed') events.push(domainProblemOf('domain.certificate-failed', next, state.reason ?? 'unknown', now));
  }

  await deps.domains.update(domain, next, events);
  return { ...next, version: domain.version + 1 };
};
