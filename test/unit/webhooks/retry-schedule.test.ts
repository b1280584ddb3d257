import { describe, expect, it } from 'vitest';
import { queues } from '../../../functions/queues';
import {
  DEFAULT_RETRY_SCHEDULE_SECONDS,
  DELIVERY_ATTEMPTS,
  nextAttempt,
  parseRetryAfter,
  parseRetrySchedule,
  withJitter,
} from '../../../shared/webhooks/retry-schedule';
import { WEBHOOK_DELIVERY_QUEUE } from '../../../shared/webhooks/webhook-queues';
import { webhookSettings } from '../../../shared/webhooks/webhook-settings';

const lowest = () => 0;
const middle = () => 0.5;
const highest = () => 0.999_999;

describe("the retry schedule (Svix's)", () => {
  it('is immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: eight attempts, the delivery queue’s maxReceiveCount', () => {
    expect(DEFAULT_RETRY_SCHEDULE_SECONDS).toEqual([0, 5, 300, 1800, 7200, 18_000, 36_000, 36_000]);
    expect(DELIVERY_ATTEMPTS).toBe(8);
    expect(queues.find((row) => row.name === WEBHOOK_DELIVERY_QUEUE)?.maxReceiveCount).toBe(DELIVERY_ATTEMPTS);
  });

  it('is configuration: WEBHOOK_RETRY_SCHEDULE compresses it, the default applies when unset', () => {
    expect(webhookSettings({}).retrySchedule).toEqual(DEFAULT_RETRY_SCHEDULE_SECONDS);
    expect(webhookSettings({ WEBHOOK_RETRY_SCHEDULE: '0,1,1,2,2,3,3,3' }).retrySchedule).toEqual([0, 1, 1, 2, 2, 3, 3, 3]);
  });

  it.each([
    ['0,1,2', /must list 8 waits/],
    ['0,1,1,1,1,1,1,x', /whole numbers/],
    ['0,1,1,1,1,1,1,-1', /whole numbers/],
    ['5,1,1,1,1,1,1,1', /must start with 0/],
    ['0,1,1,1,1,1,1,50000', /12 hours|43200/],
  ])('refuses %s, naming the variable', (text, message) => {
    expect(parseRetrySchedule(text)).toMatch(message);
    expect(() => webhookSettings({ WEBHOOK_RETRY_SCHEDULE: text })).toThrow(/WEBHOOK_RETRY_SCHEDULE/);
  });

  it('jitters each wait by at most a tenth either way, in whole seconds', () => {
    expect(withJitter(300, lowest)).toBe(270);
    expect(withJitter(300, middle)).toBe(300);
    expect(withJitter(300, highest)).toBe(330);
    expect(withJitter(0, highest)).toBe(0);
    for (let i = 0; i < 200; i++) {
      const wait = withJitter(36_000);
      expect(wait).toBeGreaterThanOrEqual(32_400);
      expect(wait).toBeLessThanOrEqual(39_600);
    }
  });

  it('after attempt n waits entry n, and after the last there is no next attempt', () => {
    const schedule = DEFAULT_RETRY_SCHEDULE_SECONDS;
    expect(nextAttempt(schedule, 1, { random: middle })).toEqual({ attempt: 2, delaySeconds: 5 });
    expect(nextAttempt(schedule, 2, { random: middle })).toEqual({ attempt: 3, delaySeconds: 300 });
    expect(nextAttempt(schedule, 7, { random: middle })).toEqual({ attempt: 8, delaySeconds: 36_000 });
    expect(nextAttempt(schedule, 8, { random: middle })).toBeUndefined();
    // The whole run, end to end, is about 27.6 hours before jitter.
    const total = [1, 2, 3, 4, 5, 6, 7].reduce((sum, attempt) => sum + nextAttempt(schedule, attempt, { random: middle })!.delaySeconds, 0);
    expect(total).toBe(5 + 300 + 1800 + 7200 + 18_000 + 36_000 + 36_000);
  });

  it('honours Retry-After as a lower bound, capped at the longest wait of the schedule', () => {
    const schedule = DEFAULT_RETRY_SCHEDULE_SECONDS;
    expect(nextAttempt(schedule, 1, { random: middle, retryAfterSeconds: 120 })).toEqual({ attempt: 2, delaySeconds: 120 });
    // Shorter than the schedule: the schedule's wait stands.
    expect(nextAttempt(schedule, 3, { random: middle, retryAfterSeconds: 10 })).toEqual({ attempt: 4, delaySeconds: 1800 });
    // A receiver asking for a week gets the schedule's longest wait, 10 hours.
    expect(nextAttempt(schedule, 1, { random: middle, retryAfterSeconds: 7 * 24 * 3600 })).toEqual({ attempt: 2, delaySeconds: 36_000 });
    expect(nextAttempt([0, 1, 2, 2, 2, 2, 2, 2], 1, { random: middle, retryAfterSeconds: 3600 })).toEqual({ attempt: 2, delaySeconds: 2 });
  });
});

describe('Retry-After', () => {
  const now = new Date('2025-03-04T05:06:07Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Tue, 04 Mar 2025 05:07:07 GMT', 60],
    ['Tue, 04 Mar 2025 05:00:00 GMT', 0],
    [undefined, undefined],
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
  ])('%j is %j seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });
});
