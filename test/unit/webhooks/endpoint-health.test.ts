import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, DEFAULT_HEALTH_SETTINGS } from '../../../shared/webhooks/endpoint-health';
import { webhookSettings } from '../../../shared/webhooks/webhook-settings';

const at = (iso: string) => new Date(iso);
const settings = DEFAULT_HEALTH_SETTINGS;

describe('endpoint health after an attempt', () => {
  it('defaults to telling the owner after 15 minutes of failures and disabling after 5 days; both are configuration', () => {
    expect(settings).toMatchObject({ failingAfterSeconds: 900, disableAfterSeconds: 432_000 });
    expect(webhookSettings({}).health).toMatchObject({ failingAfterSeconds: 900, disableAfterSeconds: 432_000 });
    expect(webhookSettings({ WEBHOOK_FAILING_AFTER_MINUTES: '0', WEBHOOK_DISABLE_AFTER_HOURS: '0.5' }).health).toMatchObject({ failingAfterSeconds: 0, disableAfterSeconds: 1800 });
    expect(() => webhookSettings({ WEBHOOK_DISABLE_AFTER_HOURS: 'soon' })).toThrow(/WEBHOOK_DISABLE_AFTER_HOURS/);
  });

  it('a first failure starts a streak quietly; the owner is told once it has lasted the period', () => {
    expect(afterFailure({}, at('2025-01-01T00:00:00Z'), settings)).toEqual({ kind: 'start-failing', notify: false });
    expect(afterFailure({ firstFailureAt: '2025-01-01T00:00:00Z' }, at('2025-01-01T00:10:00Z'), settings)).toEqual({ kind: 'none' });
    expect(afterFailure({ firstFailureAt: '2025-01-01T00:00:00Z' }, at('2025-01-01T00:15:00Z'), settings)).toEqual({ kind: 'notify-failing', firstFailureAt: '2025-01-01T00:00:00Z' });
    expect(afterFailure({ firstFailureAt: '2025-01-01T00:00:00Z', failingNotifiedAt: '2025-01-01T00:15:00Z' }, at('2025-01-02T00:00:00Z'), settings)).toEqual({ kind: 'none' });
    expect(afterFailure({}, at('2025-01-01T00:00:00Z'), { ...settings, failingAfterSeconds: 0 })).toEqual({ kind: 'start-failing', notify: true });
  });

  it('a streak of 5 days disables the endpoint, saying since when', () => {
    expect(afterFailure({ firstFailureAt: '2025-01-01T00:00:00Z', failingNotifiedAt: '2025-01-01T00:15:00Z' }, at('2025-01-06T00:00:00Z'), settings)).toEqual({
      kind: 'disable',
      reason: 'Every delivery attempt failed since 2025-01-01T00:00:00Z.',
    });
    expect(afterFailure({ firstFailureAt: '2025-01-01T00:00:00Z' }, at('2025-01-05T23:59:59Z'), settings).kind).not.toBe('disable');
  });

  it('a success ends a streak (recovered is announced only if failing was), and otherwise refreshes lastSuccessAt at most hourly', () => {
    expect(afterSuccess({ firstFailureAt: '2025-01-01T00:00:00Z' }, at('2025-01-01T00:00:05Z'), settings)).toEqual({ kind: 'recover', firstFailureAt: '2025-01-01T00:00:00Z', notify: false });
    expect(afterSuccess({ firstFailureAt: '2025-01-01T00:00:00Z', failingNotifiedAt: '2025-01-01T00:15:00Z' }, at('2025-01-01T01:00:00Z'), settings)).toEqual({
      kind: 'recover',
      firstFailureAt: '2025-01-01T00:00:00Z',
      notify: true,
    });
    expect(afterSuccess({}, at('2025-01-01T00:00:00Z'), settings)).toEqual({ kind: 'touch' });
    expect(afterSuccess({ lastSuccessAt: '2025-01-01T00:00:00Z' }, at('2025-01-01T00:30:00Z'), settings)).toEqual({ kind: 'none' });
    expect(afterSuccess({ lastSuccessAt: '2025-01-01T00:00:00Z' }, at('2025-01-01T01:00:00Z'), settings)).toEqual({ kind: 'touch' });
  });
});
