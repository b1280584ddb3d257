import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import { usageRange } from '../../../shared/metering/usage-range';

const now = new Date('2026-11-26T10:17:00Z');
const refusal = (query: { from?: string; to?: string }) => {
  try {
    usageRange(query, now);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).type).toBe('validation');
    return (error as AppError).errors;
  }
  throw new Error('the range was accepted');
};

describe('the usage range', () => {
  it('defaults to the 24 hours before now, or before `to`', () => {
    expect(usageRange({}, now)).toEqual({ from: new Date('2026-11-25T10:17:00Z'), to: now });
    expect(usageRange({ to: '2026-11-20T00:00:00Z' }, now)).toEqual({ from: new Date('2026-11-19T00:00:00Z'), to: new Date('2026-11-20T00:00:00Z') });
    expect(usageRange({ from: '2026-11-01T00:00:00Z' }, now)).toEqual({ from: new Date('2026-11-01T00:00:00Z'), to: now });
  });

  it('reads offsets as the instants they are', () => {
    expect(usageRange({ from: '2026-11-26T02:00:00+02:00', to: '2026-11-26T03:00:00Z' }, now).from.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });

  it('refuses a reversed or empty range, naming the parameter the caller gave', () => {
    expect(refusal({ from: '2026-11-26T00:00:00Z', to: '2026-11-25T00:00:00Z' })).toEqual([{ field: 'query.to', message: 'must be later than from' }]);
    expect(refusal({ from: '2026-11-26T00:00:00Z', to: '2026-11-26T00:00:00Z' })?.[0]?.field).toBe('query.to');
    expect(refusal({ from: '2026-12-01T00:00:00Z' })).toEqual([{ field: 'query.from', message: 'must be earlier than now (to defaults to now)' }]);
  });

  it('accepts 31 days and refuses a millisecond more', () => {
    expect(usageRange({ from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }, now).to.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(refusal({ from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00.001Z' })).toEqual([{ field: 'query.to', message: 'must be at most 31 days after from' }]);
    expect(refusal({ from: '2026-01-01T00:00:00Z' })).toEqual([{ field: 'query.from', message: 'must be at most 31 days before now (to defaults to now)' }]);
  });
});
