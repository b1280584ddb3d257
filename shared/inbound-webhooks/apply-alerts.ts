import { createHash } from 'node:crypto';
import { domainEvent, type DomainEvent } from '../events/domain-event';
import type { Instance } from '../subscriptions/subscription';
import type { Alert, AlertmanagerWebhook } from './alertmanager';
import type { InboundClaims } from './inbound-claims';
import { INSTANCE_ALERT_LABEL } from './inbound-sources';

export interface AlertDeps {
  claims: InboundClaims;
  /** The instances the alerts name, read together (absent ids left out). */
  getInstances: (instanceIds: readonly string[]) => Promise<Map<string, Instance>>;
  now: () => Date;
}

const MAX_TEXT = 500;
const text = (value: string | undefined) => (value ? value.slice(0, MAX_TEXT) : undefined);
const defined = <T extends Record<string, unknown>>(value: T) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** An alert's identity across notifications: Alertmanager's fingerprint, or (older ones) a hash of its labels. */
const fingerprintOf = (alert: Alert) =>
  alert.fingerprint ??
  createHash('sha256')
    .update(JSON.stringify(Object.entries(alert.labels).sort(([a], [b]) => a.localeCompare(b))))
    .digest('hex')
    .slice(0, 16);

/**
 * One alert's claim: the group key, the status and the alert's fingerprint, with its start (an alert that
 * fires again after resolving starts anew). Alertmanager's repeat notifications of the same group carry the
 * same, so they are acknowledged and publish nothing new.
 */
export const alertClaimKey = (groupKey: string, alert: Alert) =>
  createHash('sha256').update(JSON.stringify([groupKey, alert.status, fingerprintOf(alert), alert.startsAt])).digest('hex');

const idOf = (value: string | undefined) => (value && /^[0-9a-hjkmnp-tv-z]{26}$/i.test(value) ? value.toUpperCase() : undefined);

const eventsOf = (alert: Alert, instance: Instance | undefined, now: Date): DomainEvent[] => {
  const alertName = alert.labels.alertname ?? 'unnamed';
  const severity = alert.labels.severity;
  const summary = text(alert.annotations?.summary ?? alert.annotations?.description);
  const common = defined({ alertName, fingerprint: fingerprintOf(alert), startsAt: alert.startsAt, severity, summary, labels: alert.labels, instanceId: instance?.id });
  const events: DomainEvent[] = [
    alert.status === 'firing' ? domainEvent('alert.firing', common, now) : domainEvent('alert.resolved', defined({ ...common, endsAt: alert.endsAt }), now),
  ];
  if (instance) {
    events.push(
      domainEvent(
        'instance.alert',
        defined({ userId: instance.userId, instanceId: instance.id, subscriptionId: instance.subscriptionId, alertName, status: alert.status, severity, summary }),
        now,
      ),
    );
  }
  return events;
};

/**
 * An Alertmanager notification (POST /v1/hooks/alerts): each alert of the group, firing or resolved, becomes
 * `alert.firing` / `alert.resolved` for administrators, and, when labelled with an instance of the platform
 * (`paas_instance`), `instance.alert` for that instance's owner (the alert's name, status, severity and
 * summary only: never the platform's other labels). Each alert is claimed with its events in one write, so a
 * repeated notification publishes nothing twice, and one cut short halfway publishes the rest when resent.
 */
export const applyAlerts = async (deps: AlertDeps, body: AlertmanagerWebhook): Promise<{ published: number; duplicates: number }> => {
  const ids = [...new Set(body.alerts.map((alert) => idOf(alert.labels[INSTANCE_ALERT_LABEL])).filter((id): id is string => Boolean(id)))];
  const instances = await deps.getInstances(ids);
  const now = deps.now();
  let published = 0;
  let duplicates = 0;
  for (const alert of body.alerts) {
    const events = eventsOf(alert, instances.get(idOf(alert.labels[INSTANCE_ALERT_LABEL]) ?? ''), now);
    if ((await deps.claims.claim('alerts', alertClaimKey(body.groupKey, alert), events)) === 'duplicate') duplicates += 1;
    else published += events.length;
  }
  return { published, duplicates };
};
