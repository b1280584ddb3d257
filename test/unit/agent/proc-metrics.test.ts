import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { createHostSampler } from '../../../agent/src/host-metrics';
import { createLogger } from '../../../agent/src/log';
import {
  ProcParseError,
  cpuUsagePercent,
  diskFromStatfs,
  parseCpuTimes,
  parseCpuinfoCores,
  parseLoadavg,
  parseMeminfo,
  parseOsRelease,
  parseStatCores,
  parseUptime,
} from '../../../agent/src/proc-metrics';
import { procFixtureRoot, readProcFixture } from './fixtures';

describe('the /proc parsers', () => {
  it('measures CPU usage from two /proc/stat samples', () => {
    // Between the samples: 2000 ticks, of which 1000 idle and 100 iowait: 45% busy.
    const first = parseCpuTimes(readProcFixture('stat'));
    const next = parseCpuTimes(readProcFixture('stat.next'));
    expect(first).toEqual({ total: 95_000, idle: 81_000 });
    expect(next.total - first.total).toBe(2000);
    expect(cpuUsagePercent(first, next)).toBe(45);
  });

  it('reports no usage rather than a wrong one when no tick elapsed or the counters went back', () => {
    const sample = parseCpuTimes(readProcFixture('stat'));
    expect(cpuUsagePercent(sample, sample)).toBe(0);
    expect(cpuUsagePercent(parseCpuTimes(readProcFixture('stat.next')), sample)).toBe(0);
  });

  it('gives the usage since boot when measured from zero (the first heartbeat)', () => {
    expect(cpuUsagePercent({ total: 0, idle: 0 }, parseCpuTimes(readProcFixture('stat')))).toBeCloseTo((1 - 81_000 / 95_000) * 100, 2);
  });

  it('counts cores from the cpuN lines of /proc/stat and from /proc/cpuinfo alike', () => {
    expect(parseStatCores(readProcFixture('stat'))).toBe(4);
    expect(parseCpuinfoCores(readProcFixture('cpuinfo'))).toBe(4);
  });

  it('takes used memory as MemTotal − MemAvailable, in bytes', () => {
    expect(parseMeminfo(readProcFixture('meminfo'))).toEqual({ totalBytes: 16_303_976 * 1024, usedBytes: (16_303_976 - 10_485_760) * 1024 });
  });

  it('approximates MemAvailable on kernels without it', () => {
    const old = 'MemTotal: 1000 kB\nMemFree: 200 kB\nBuffers: 100 kB\nCached: 300 kB\n';
    expect(parseMeminfo(old)).toEqual({ totalBytes: 1000 * 1024, usedBytes: 400 * 1024 });
  });

  it('reads load averages, uptime and the kernel release', () => {
    expect(parseLoadavg(readProcFixture('loadavg'))).toEqual({ one: 0.52, five: 0.58, fifteen: 0.59 });
    expect(parseUptime(readProcFixture('uptime'))).toBe(350_735.47);
    expect(parseOsRelease(readProcFixture('sys/kernel/osrelease'))).toBe('6.1.0-18-amd64');
  });

  it('refuses text that is not what the kernel writes', () => {
    expect(() => parseCpuTimes('intr 1 2 3\n')).toThrow(ProcParseError);
    expect(() => parseCpuTimes('cpu  1 2 x 4\n')).toThrow(ProcParseError);
    expect(() => parseMeminfo('MemFree: 1 kB\n')).toThrow(ProcParseError);
    expect(() => parseLoadavg('high\n')).toThrow(ProcParseError);
    expect(() => parseUptime('\n')).toThrow(ProcParseError);
  });

  it('computes disk figures as df does', () => {
    expect(diskFromStatfs({ bsize: 4096, blocks: 1000, bfree: 250 })).toEqual({ totalBytes: 4_096_000, usedBytes: 3_072_000 });
  });
});

describe('the host sampler', () => {
  const log = createLogger({ write: () => {} });

  it('reads a /proc root and a disk path', async () => {
    const sampler = createHostSampler({ procRoot: procFixtureRoot, diskPath: os.tmpdir(), log });
    const system = await sampler.system();
    expect(system).toMatchObject({ cpuCores: 4, memoryTotalBytes: 16_303_976 * 1024, kernel: '6.1.0-18-amd64' });
    expect(system.diskTotalBytes).toBeGreaterThan(0);
    const sample = await sampler.sample();
    expect(sample).toMatchObject({ cpu: { cores: 4 }, load: { one: 0.52 }, uptimeSeconds: 350_735.47 });
    expect(sample.disk.usedBytes).toBeLessThanOrEqual(sample.disk.totalBytes);
    // Nothing changed in the fixture since the first sample: no ticks, no usage.
    expect((await sampler.sample()).cpu.usagePercent).toBe(0);
  });

  it('falls back to node:os where there is no /proc, and warns once per file', async () => {
    const lines: string[] = [];
    const sampler = createHostSampler({ procRoot: '/nonexistent-proc', diskPath: os.tmpdir(), log: createLogger({ write: (l) => lines.push(l) }) });
    const sample = await sampler.sample();
    await sampler.sample();
    expect(sample.cpu.cores).toBeGreaterThanOrEqual(1);
    expect(sample.memory.totalBytes).toBe(os.totalmem());
    expect(sample.memory.usedBytes).toBeLessThanOrEqual(sample.memory.totalBytes);
    expect(lines.filter((l) => l.includes('meminfo'))).toHaveLength(1);
  });

  it('fails (and the loop retries) when the disk path is missing', async () => {
    const sampler = createHostSampler({ procRoot: procFixtureRoot, diskPath: '/nonexistent-disk', log });
    await expect(sampler.sample()).rejects.toThrow();
  });
});
