import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../shared/provisioning/quantity';
import { hourStart, sampleExpiresAt } from '../../../shared/metering/usage-hour';
import { sumUsage, type UsageSample } from '../../../shared/metering/usage-sample';

describe('hour buckets', () => {
  it('puts a time in the UTC hour it falls in, its first and last millisecond included', () => {
    expect(hourStart(new Date('2026-11-26T10:17:03.456Z')).toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(hourStart(new Date('2026-11-26T10:00:00.000Z')).toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(hourStart(new Date('2026-11-26T10:59:59.999Z')).toISOString()).toBe('2026-11-26T10:00:00.000Z');
    // A time given with an offset is the same instant: 01:30+02:00 is 23:30 UTC the day before.
    expect(hourStart(new Date('2026-11-27T01:30:00+02:00')).toISOString()).toBe('2026-11-26T23:00:00.000Z');
    // Across a year end and a leap day.
    expect(hourStart(new Date('2027-01-01T00:00:00.001Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(hourStart(new Date('2028-02-29T23:59:59Z')).toISOString()).toBe('2028-02-29T23:00:00.000Z');
  });

  it('expires a sample its retention after its hour, whenever it was written', () => {
    const hour = new Date('2026-11-26T10:00:00Z');
    expect(sampleExpiresAt(hour, 90)).toBe(Date.parse('2027-02-24T10:00:00Z') / 1000);
    expect(sampleExpiresAt(hour, 1)).toBe(Date.parse('2026-11-27T10:00:00Z') / 1000);
  });
});

describe('Kubernetes quantities as metering reads them', () => {
  it('reads the metrics API units (nanocores, kibibytes) and a volume capacity, decimals included', () => {
    expect(parseQuantity('12345678n')).toBeCloseTo(0.012345678, 12);
    expect(parseQuantity('250m')).toBe(0.25);
    expect(parseQuantity('1500u')).toBeCloseTo(0.0015, 12);
    expect(parseQuantity('2')).toBe(2);
    expect(parseQuantity('204800Ki')).toBe(200 * 2 ** 20);
    expect(parseQuantity('10Gi')).toBe(10 * 2 ** 30);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 2 ** 30);
    expect(parseQuantity('500M')).toBe(500e6);
    expect(parseQuantity('1e3')).toBe(1000);
  });

  it('gives undefined rather than a guess for what is not a quantity', () => {
    for (const bad of ['', 'ten', '10 Gi', '10GB', '1.2.3', 'Ki', '--1']) expect(parseQuantity(bad), bad).toBeUndefined();
  });
});

describe('usage totals', () => {
  const sample = (hour: string, cpu: number, memory: number, storage: number): UsageSample => ({
    hour,
    instanceId: '01JD7Y7Q5B2S8X4N6R3T9V0W1Z',
    cpuMillicores: cpu,
    memoryMiB: memory,
    storageGiB: storage,
    pods: 1,
    measuredAt: hour,
  });

  it('sums samples into unit-hours, to a thousandth', () => {
    expect(sumUsage([sample('2026-11-26T10:00:00.000Z', 37.5, 200.25, 5), sample('2026-11-26T11:00:00.000Z', 0.1, 0.2, 5)])).toEqual({
      hours: 2,
      cpuMillicoreHours: 37.6,
      memoryMiBHours: 200.45,
      storageGiBHours: 10,
    });
    expect(sumUsage([])).toEqual({ hours: 0, cpuMillicoreHours: 0, memoryMiBHours: 0, storageGiBHours: 0 });
  });
});
