import { describe, expect, it } from 'vitest';
import { toCronerPattern } from '../../../infra/local/scheduler';
import { matchesFilter } from '../../../infra/local/stream-filter';

describe('local scheduler', () => {
  it('turns AWS cron into a five-field pattern with Sunday = 0', () => {
    expect(toCronerPattern('0 * * * ? *')).toBe('0 * * * *');
    expect(toCronerPattern('30 2 ? * 1 *')).toBe('30 2 * * 0');
    expect(toCronerPattern('0 9 ? * 2-6 *')).toBe('0 9 * * 1-5');
    expect(() => toCronerPattern('0 * * *')).toThrow(/6 fields/);
  });
});

describe('stream filter', () => {
  const filter = { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['OutboxEvent'] } } } };
  it('accepts what the pattern names and nothing else', () => {
    expect(matchesFilter(filter, { eventName: 'INSERT', dynamodb: { NewImage: { type: { S: 'OutboxEvent' } } } })).toBe(true);
    expect(matchesFilter(filter, { eventName: 'MODIFY', dynamodb: { NewImage: { type: { S: 'OutboxEvent' } } } })).toBe(false);
    expect(matchesFilter(filter, { eventName: 'INSERT', dynamodb: { NewImage: { type: { S: 'Service' } } } })).toBe(false);
    expect(matchesFilter(filter, { eventName: 'INSERT', dynamodb: {} })).toBe(false);
  });
});
