import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../agent/src/log';

describe('the agent log', () => {
  it('writes one JSON object per line, and masks any field named like a secret', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => lines.push(l), now: () => new Date('2025-11-26T00:00:00Z') });
    log.debug('hidden');
    log.info('registered', { nodeName: 'n1', token: 's3cret', authorization: 'Bearer s3cret' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0]!)).toEqual({ time: '2025-11-26T00:00:00.000Z', level: 'info', msg: 'registered', nodeName: 'n1', token: '[redacted]', authorization: '[redacted]' });
    expect(lines.join('')).not.toContain('s3cret');
  });
});
