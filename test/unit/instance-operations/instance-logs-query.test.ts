import { describe, expect, it } from 'vitest';
import { DEFAULT_LOG_LINES, instanceLogsQuerySchema, MAX_LOG_LINES, sinceSeconds } from '../../../shared/instance-operations/instance-logs';

const now = new Date('2026-12-06T12:00:00Z');

describe('the logs query', () => {
  it.each([
    ['300', 300],
    ['PT5M', 300],
    ['PT1H30M', 5400],
    ['P1DT2H', 93600],
    ['PT45S', 45],
    ['2026-12-06T11:00:00Z', 3600],
    ['2026-12-06T13:00:00+02:00', 3600],
  ])('since=%s is %i seconds back', (since, seconds) => {
    expect(sinceSeconds(since, now)).toBe(seconds);
  });

  it.each(['0', 'P', 'PT', 'P8D', '604801', 'yesterday', '2026-12-06T13:00:00Z', '-5', '5m', 'PT5M ', '1e3'])('since=%s is refused', (since) => {
    expect(sinceSeconds(since, now)).toBeUndefined();
  });

  it(`tail defaults to ${DEFAULT_LOG_LINES}, is capped at ${MAX_LOG_LINES}, and a bad field is named`, () => {
    expect(instanceLogsQuerySchema.parse({})).toEqual({ tail: DEFAULT_LOG_LINES });
    expect(instanceLogsQuerySchema.parse({ tail: '20', container: 'n8n', since: 'PT1M' })).toEqual({ tail: 20, container: 'n8n', since: 'PT1M' });
    for (const [query, field] of [
      [{ tail: String(MAX_LOG_LINES + 1) }, 'tail'],
      [{ tail: '0' }, 'tail'],
      [{ tail: '1.5' }, 'tail'],
      [{ since: 'soon' }, 'since'],
      [{ container: 'N8N' }, 'container'],
      [{ container: 'a'.repeat(64) }, 'container'],
      [{ follow: 'true' }, ''],
    ] as const) {
      const result = instanceLogsQuerySchema.safeParse(query);
      expect(result.success, JSON.stringify(query)).toBe(false);
      if (field) expect(result.error!.issues[0]!.path).toEqual([field]);
    }
  });
});
