import { describe, expect, it } from 'vitest';
import { defaultExpirySettings, dueAction, duePhaseOf, dueUntil } from '../../../shared/subscriptions/expiry';
import type { Subscription } from '../../../shared/subscriptions/subscription';

const base: Subscription = {
  id: '01JD7Y7Q00000000000000SUB1',
  userId: '01JD7Y7Q00000000000000USR1',
  serviceSlug: 'n8n',
  planId: 'starter',
  name: 'n8n',
  status: 'ACTIVE',
  instanceId: '01JD7Y7Q00000000000000INS1',
  price: { amount: 900, currency: 'EUR' },
  billingPeriod: 'month',
  currentPeriodStart: '2026-11-01T10:00:00.000Z',
  currentPeriodEnd: '2026-12-01T10:00:00.000Z',
  createdAt: '2026-11-01T09:59:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};
const at = (iso: string) => new Date(iso);
const settings = defaultExpirySettings;

describe('the due index phases', () => {
  it('puts an active subscription in NOTICE until told, then in END, both dated by its period end', () => {
    expect(duePhaseOf(base)).toEqual({ phase: 'NOTICE', at: base.currentPeriodEnd });
    expect(duePhaseOf({ ...base, expiringNoticeFor: base.currentPeriodEnd })).toEqual({ phase: 'END', at: base.currentPeriodEnd });
    // Renewed: the notice was for the old end, so the new period needs its own.
    expect(duePhaseOf({ ...base, currentPeriodEnd: '2027-01-01T10:00:00.000Z', expiringNoticeFor: base.currentPeriodEnd })?.phase).toBe('NOTICE');
  });

  it('puts a subscription suspended for payment in GRACE, dated by its suspension; nothing else is indexed', () => {
    expect(duePhaseOf({ ...base, status: 'SUSPENDED', suspendedReason: 'payment', suspendedAt: '2026-12-01T11:00:00.000Z' })).toEqual({ phase: 'GRACE', at: '2026-12-01T11:00:00.000Z' });
    expect(duePhaseOf({ ...base, status: 'SUSPENDED', suspendedReason: 'admin', suspendedAt: '2026-12-01T11:00:00.000Z' })).toBeUndefined();
    for (const status of ['PENDING', 'PROVISIONING', 'CANCELLED', 'EXPIRED', 'FAILED'] as const) expect(duePhaseOf({ ...base, status })).toBeUndefined();
    expect(duePhaseOf({ ...base, currentPeriodEnd: undefined })).toBeUndefined();
  });

  it('reaches as far as each phase needs: the notice period ahead, now, the grace period back', () => {
    expect(dueUntil(at('2026-11-20T00:00:00Z'), { noticeDays: 7, graceDays: 3 })).toEqual({
      NOTICE: '2026-11-27T00:00:00.000Z',
      END: '2026-11-20T00:00:00.000Z',
      GRACE: '2026-11-17T00:00:00.000Z',
    });
  });
});

describe('what the expiry job does', () => {
  it.each([
    ['a month before the end', '2026-11-02T00:00:00Z', base, undefined],
    ['eight days before', '2026-11-23T09:00:00Z', base, undefined],
    ['seven days before, to the minute', '2026-11-24T10:00:00Z', base, 'notify-expiring'],
    ['three days before, already told', '2026-11-28T00:00:00Z', { ...base, expiringNoticeFor: base.currentPeriodEnd }, undefined],
    ['at the end, told', '2026-12-01T10:00:00Z', { ...base, expiringNoticeFor: base.currentPeriodEnd }, 'suspend'],
    ['past the end, never told (the job was down)', '2026-12-03T00:00:00Z', base, 'suspend'],
    ['in the grace period', '2026-12-05T00:00:00Z', { ...base, status: 'SUSPENDED', suspendedReason: 'payment', suspendedAt: '2026-12-01T11:00:00.000Z' }, undefined],
    ['grace over', '2026-12-08T11:00:00Z', { ...base, status: 'SUSPENDED', suspendedReason: 'payment', suspendedAt: '2026-12-01T11:00:00.000Z' }, 'expire'],
    ['suspended by an administrator, long ago', '2027-06-01T00:00:00Z', { ...base, status: 'SUSPENDED', suspendedReason: 'admin', suspendedAt: '2026-12-01T11:00:00.000Z' }, undefined],
    ['cancelled', '2027-06-01T00:00:00Z', { ...base, status: 'CANCELLED' }, undefined],
  ] as const)('%s → %s', (_what, now, subscription, action) => {
    expect(dueAction(subscription as Subscription, at(now), settings)).toBe(action);
  });
});
