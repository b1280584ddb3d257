/**
 * Whether an endpoint's deliveries are getting through, kept on the endpoint item and moved by the delivery
 * after each attempt. A failure starts a streak (`firstFailureAt`); a success ends it. The owner is told
 * (webhook.failing) once a streak has lasted `failingAfterSeconds`, and again when it ends (webhook.recovered)
 * if it was told; a streak that lasts `disableAfterSeconds` disables the endpoint (webhook.disabled), as Svix
 * does after 5 days. Telling only after a while keeps one blip (a retry that then succeeds) from sending two
 * events, and keeps those events, which are delivered to the owner's endpoints too, from feeding themselves.
 */
export interface EndpointHealth {
  /** When the current streak of failed attempts began; absent while deliveries succeed. */
  firstFailureAt?: string;
  /** When the owner was told the endpoint is failing (webhook.failing), within the current streak. */
  failingNotifiedAt?: string;
  /** The last success, refreshed at most every `touchEverySeconds` (so a busy endpoint is not one write per delivery). */
  lastSuccessAt?: string;
}

export interface HealthSettings {
  failingAfterSeconds: number;
  disableAfterSeconds: number;
  touchEverySeconds: number;
}

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  failingAfterSeconds: 15 * 60,
  disableAfterSeconds: 5 * 24 * 3600,
  touchEverySeconds: 3600,
};

/** What the store is asked to change, each a conditional write on what was read (so two deliveries never both act). */
export type HealthChange =
  | { kind: 'none' }
  /** lastSuccessAt = now, no event. */
  | { kind: 'touch' }
  /** The streak ends: its fields go, lastSuccessAt = now; webhook.recovered when the owner had been told. */
  | { kind: 'recover'; firstFailureAt: string; notify: boolean }
  /** A streak begins at now; told at once when failingAfterSeconds is 0. */
  | { kind: 'start-failing'; notify: boolean }
  /** The streak that began at firstFailureAt has lasted long enough: webhook.failing, once. */
  | { kind: 'notify-failing'; firstFailureAt: string }
  /** Off, with the reason shown to the owner; webhook.disabled. */
  | { kind: 'disable'; reason: string };

const secondsBetween = (from: string, to: Date) => (to.getTime() - Date.parse(from)) / 1000;

export const afterSuccess = (health: EndpointHealth, now: Date, settings: HealthSettings): HealthChange => {
  if (health.firstFailureAt) return { kind: 'recover', firstFailureAt: health.firstFailureAt, notify: Boolean(health.failingNotifiedAt) };
  if (!health.lastSuccessAt || secondsBetween(health.lastSuccessAt, now) >= settings.touchEverySeconds) return { kind: 'touch' };
  return { kind: 'none' };
};

export const afterFailure = (health: EndpointHealth, now: Date, settings: HealthSettings): HealthChange => {
  if (!health.firstFailureAt) {
    if (settings.disableAfterSeconds <= 0) return { kind: 'disable', reason: disabledForFailuresReason(now.toISOString()) };
    return { kind: 'start-failing', notify: settings.failingAfterSeconds <= 0 };
  }
  const lasted = secondsBetween(health.firstFailureAt, now);
  if (lasted >= settings.disableAfterSeconds) return { kind: 'disable', reason: disabledForFailuresReason(health.firstFailureAt) };
  if (!health.failingNotifiedAt && lasted >= settings.failingAfterSeconds) return { kind: 'notify-failing', firstFailureAt: health.firstFailureAt };
  return { kind: 'none' };
};

export const disabledForFailuresReason = (since: string) => `Every delivery attempt failed since ${since}.`;
export const GONE_REASON = 'The receiver answered 410 Gone.';
