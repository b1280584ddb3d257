import { describe, expect, it } from 'vitest';
import { isAllowedSource, parseSourceRanges } from '../../../shared/inbound-webhooks/source-ranges';

describe('source address ranges of an inbound hook', () => {
  it('allows any source when no range is configured', () => {
    expect(isAllowedSource('203.0.113.9', parseSourceRanges(undefined))).toBe(true);
    expect(isAllowedSource('203.0.113.9', parseSourceRanges(' , '))).toBe(true);
  });

  it('allows only addresses inside a range, IPv4 and IPv6', () => {
    const ranges = parseSourceRanges('192.0.2.0/24, 2001:db8::/32');
    expect(isAllowedSource('192.0.2.77', ranges)).toBe(true);
    expect(isAllowedSource('192.0.3.1', ranges)).toBe(false);
    expect(isAllowedSource('2001:db8:1::5', ranges)).toBe(true);
    expect(isAllowedSource('2001:db9::5', ranges)).toBe(false);
  });

  it('judges an IPv4-mapped IPv6 source as the IPv4 address it carries (how a dual-stack socket reports it)', () => {
    const ranges = parseSourceRanges('127.0.0.0/8');
    expect(isAllowedSource('::ffff:127.0.0.1', ranges)).toBe(true);
    expect(isAllowedSource('::ffff:10.0.0.1', ranges)).toBe(false);
  });

  it('refuses a missing or unparsable source when ranges are set', () => {
    const ranges = parseSourceRanges('192.0.2.0/24');
    expect(isAllowedSource(undefined, ranges)).toBe(false);
    expect(isAllowedSource('not-an-ip', ranges)).toBe(false);
  });

  it('names a bad range, so a typo fails the configuration rather than every request', () => {
    expect(() => parseSourceRanges('192.0.2.0/24, 10.0.0/8x')).toThrow('"10.0.0/8x" is not a CIDR range');
  });
});
