import { describe, expect, it } from 'vitest';
import { allocatableOf, rankNodes, type NodeRoom } from '../../../shared/provisioning/placement';
import { cpuMillicores, memoryMiB } from '../../../shared/provisioning/quantity';

describe('quantities', () => {
  it.each([
    ['4', 4000],
    ['3920m', 3920],
    ['0.5', 500],
    ['1e1', 10_000],
    ['nonsense', undefined],
  ])('cpu %s → %s millicores', (q, v) => expect(cpuMillicores(q)).toBe(v));

  it.each([
    ['16Gi', 16_384],
    ['16310172Ki', 15_927],
    ['1G', 953],
    ['512Mi', 512],
    ['x1', undefined],
  ])('memory %s → %s MiB', (q, v) => expect(memoryMiB(q)).toBe(v));
});

describe('placement', () => {
  const room = (name: string, cpu: number, mem: number, usedCpu = 0, usedMem = 0): NodeRoom => ({
    name,
    allocatable: { cpuMillicores: cpu, memoryMiB: mem },
    reserved: { cpuMillicores: usedCpu, memoryMiB: usedMem },
  });

  it('keeps only nodes with room, emptiest first', () => {
    const request = { cpuMillicores: 500, memoryMiB: 1024 };
    const ranked = rankNodes([room('full', 4000, 8192, 3800, 1000), room('busy', 4000, 8192, 2000, 4096), room('idle', 4000, 8192)], request);
    expect(ranked.map((r) => r.name)).toEqual(['idle', 'busy']);
  });

  it('accepts an exact fit and refuses one millicore more', () => {
    expect(rankNodes([room('exact', 1000, 1024, 500, 0)], { cpuMillicores: 500, memoryMiB: 1024 })).toHaveLength(1);
    expect(rankNodes([room('exact', 1000, 1024, 501, 0)], { cpuMillicores: 500, memoryMiB: 1024 })).toHaveLength(0);
  });

  it('reads allocatable from Kubernetes when reported, else from the machine', () => {
    const system = { cpuCores: 4, memoryTotalBytes: 8 * 2 ** 30, diskTotalBytes: 1 };
    expect(allocatableOf({ system, kubernetes: null })).toEqual({ cpuMillicores: 4000, memoryMiB: 8192 });
    const kubernetes = { kubeletVersion: 'v1.31', capacity: {}, allocatable: { cpu: '3920m', memory: '7Gi' }, labels: {}, conditions: { Ready: 'True', MemoryPressure: 'False', DiskPressure: 'False', PIDPressure: 'False' }, podCount: 3 } as const;
    expect(allocatableOf({ system, kubernetes })).toEqual({ cpuMillicores: 3920, memoryMiB: 7168 });
  });
});
