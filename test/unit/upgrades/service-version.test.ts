import { describe, expect, it } from 'vitest';
import { availableUpgrades, compareVersions, type ServiceVersion } from '../../../shared/catalog/service-version';

const version = (name: string, status: ServiceVersion['status'] = 'supported'): ServiceVersion => ({
  version: name,
  image: 'n8nio/n8n',
  tag: name,
  status,
  default: false,
  releasedAt: '2026-01-01T00:00:00.000Z',
});

describe('comparing app versions', () => {
  it('compares dot parts as numbers, so 1.10.0 is newer than 1.9.3', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('1.9.3', '1.10.0')).toBeLessThan(0);
  });

  it('treats missing parts as zero and a leading v as nothing', () => {
    expect(compareVersions('1.64', '1.64.0')).toBe(0);
    expect(compareVersions('v2.0.0', '2.0.0')).toBe(0);
  });

  it('puts a pre-release before its release, and orders pre-releases numerically', () => {
    expect(compareVersions('2.0.0-rc1', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0-rc10', '2.0.0-rc2')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0-rc1', '1.99.0')).toBeGreaterThan(0);
  });

  it('falls back to text order for versions that are not numbers', () => {
    expect(compareVersions('latest', 'fail')).toBeGreaterThan(0);
  });
});

describe('the upgrades open to an instance', () => {
  const versions = [version('1.63.0'), version('1.64.0'), version('1.66.0', 'end-of-life'), version('1.65.0', 'deprecated'), version('1.70.0')];

  it('lists newer versions, oldest first, without end-of-life ones and without its own', () => {
    expect(availableUpgrades(versions, '1.64.0').map((v) => v.version)).toEqual(['1.65.0', '1.70.0']);
  });

  it('offers nothing to an instance on the newest version', () => {
    expect(availableUpgrades(versions, '1.70.0')).toEqual([]);
  });
});
