import { readFile, statfs } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from './log.js';
import {
  type CpuTimes,
  type DiskFigures,
  type LoadAverages,
  type MemoryFigures,
  cpuUsagePercent,
  diskFromStatfs,
  parseCpuTimes,
  parseCpuinfoCores,
  parseLoadavg,
  parseMeminfo,
  parseOsRelease,
  parseStatCores,
  parseUptime,
} from './proc-metrics.js';

/**
 * Reads the host's figures: /proc under procRoot (the host's /proc mounted at /host/proc in the DaemonSet)
 * and statfs of diskPath (the host's / mounted at /host/root). Where a /proc file cannot be read (a machine
 * without procfs, e.g. a developer's Mac) it falls back to node:os, and says so once.
 */

export interface SystemInfo {
  cpuCores: number;
  memoryTotalBytes: number;
  diskTotalBytes: number;
  kernel?: string;
}

export interface HostSample {
  cpu: { usagePercent: number; cores: number };
  memory: MemoryFigures;
  load: LoadAverages;
  disk: DiskFigures;
  uptimeSeconds: number;
}

export interface HostSampler {
  system(): Promise<SystemInfo>;
  /** CPU usage is measured since the previous call (since boot on the first). */
  sample(): Promise<HostSample>;
}

export interface HostSamplerOptions {
  procRoot: string;
  diskPath: string;
  log: Logger;
}

export const createHostSampler = ({ procRoot, diskPath, log }: HostSamplerOptions): HostSampler => {
  const warned = new Set<string>();
  let previousCpu: CpuTimes = { total: 0, idle: 0 };

  /** A /proc file's text, or undefined (after one warning per file) when it cannot be read. */
  const readProc = async (file: string): Promise<string | undefined> => {
    try {
      return await readFile(path.join(procRoot, file), 'utf8');
    } catch (error) {
      if (!warned.has(file)) {
        warned.add(file);
        log.warn('cannot read a /proc file; using node:os figures instead', { file: path.join(procRoot, file), code: (error as NodeJS.ErrnoException).code });
      }
      return undefined;
    }
  };

  const cores = async (stat: string | undefined): Promise<number> => {
    const fromStat = stat ? parseStatCores(stat) : 0;
    if (fromStat > 0) return fromStat;
    const cpuinfo = await readProc('cpuinfo');
    const fromCpuinfo = cpuinfo ? parseCpuinfoCores(cpuinfo) : 0;
    return fromCpuinfo > 0 ? fromCpuinfo : Math.max(1, os.availableParallelism());
  };

  const cpuTimes = (stat: string | undefined): CpuTimes => {
    if (stat) return parseCpuTimes(stat);
    const ticks = os.cpus().map((c) => c.times);
    const sum = (pick: (t: os.CpuInfo['times']) => number) => ticks.reduce((acc, t) => acc + pick(t), 0);
    return { total: sum((t) => t.user + t.nice + t.sys + t.idle + t.irq), idle: sum((t) => t.idle) };
  };

  const memory = async (): Promise<MemoryFigures> => {
    const meminfo = await readProc('meminfo');
    if (meminfo) return parseMeminfo(meminfo);
    const totalBytes = os.totalmem();
    return { totalBytes, usedBytes: Math.max(0, totalBytes - os.freemem()) };
  };

  const load = async (): Promise<LoadAverages> => {
    const loadavg = await readProc('loadavg');
    if (loadavg) return parseLoadavg(loadavg);
    const [one = 0, five = 0, fifteen = 0] = os.loadavg();
    return { one, five, fifteen };
  };

  const uptime = async (): Promise<number> => {
    const text = await readProc('uptime');
    return text ? parseUptime(text) : os.uptime();
  };

  // No fallback: without the disk figures a heartbeat cannot be sent, and the caller retries.
  const disk = async (): Promise<DiskFigures> => diskFromStatfs(await statfs(diskPath));

  return {
    async system() {
      const [stat, mem, diskFigures, osrelease] = await Promise.all([readProc('stat'), memory(), disk(), readProc('sys/kernel/osrelease')]);
      const kernel = osrelease ? parseOsRelease(osrelease) : os.release();
      return { cpuCores: await cores(stat), memoryTotalBytes: mem.totalBytes, diskTotalBytes: diskFigures.totalBytes, ...(kernel ? { kernel } : {}) };
    },
    async sample() {
      const [stat, mem, loadFigures, diskFigures, uptimeSeconds] = await Promise.all([readProc('stat'), memory(), load(), disk(), uptime()]);
      const times = cpuTimes(stat);
      const usagePercent = cpuUsagePercent(previousCpu, times);
      previousCpu = times;
      return { cpu: { usagePercent, cores: await cores(stat) }, memory: mem, load: loadFigures, disk: diskFigures, uptimeSeconds };
    },
  };
};
