/**
 * Pure parsers of the /proc files the agent reads. They take the file's text and never touch the disk, so
 * they are tested on fixture files. Each throws ProcParseError when the text is not what the kernel writes:
 * a wrong figure sent to the API is worse than a skipped heartbeat.
 */

export class ProcParseError extends Error {
  override readonly name = 'ProcParseError';
}

/** A decimal figure as the kernel prints it; NaN for anything else (Number('') would be 0). */
const figure = (text: string | undefined): number => (text !== undefined && /^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN);

/** Cumulative CPU time since boot, in USER_HZ ticks, summed over all CPUs (the `cpu` line of /proc/stat). */
export interface CpuTimes {
  total: number;
  idle: number;
}

export const parseCpuTimes = (stat: string): CpuTimes => {
  const line = stat.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) throw new ProcParseError('/proc/stat has no aggregate cpu line');
  const fields = line.trim().split(/\s+/).slice(1).map(figure);
  if (fields.length < 4 || fields.some((n) => !Number.isFinite(n) || n < 0)) throw new ProcParseError('/proc/stat cpu line is malformed');
  // user nice system idle iowait irq softirq steal guest guest_nice. guest and guest_nice are already
  // counted in user and nice, so they are left out of the total; iowait is time the CPU had nothing to run.
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields;
  return { total: user + nice + system + idle + iowait + irq + softirq + steal, idle: idle + iowait };
};

/** The share of time the CPUs were busy between two samples, 0–100, rounded to 0.01. */
export const cpuUsagePercent = (previous: CpuTimes, next: CpuTimes): number => {
  const total = next.total - previous.total;
  const idle = next.idle - previous.idle;
  // No ticks elapsed (two samples within one tick) or a counter went backwards (a new boot): nothing to say.
  if (total <= 0 || idle < 0) return 0;
  const busy = (1 - idle / total) * 100;
  return Math.round(Math.min(100, Math.max(0, busy)) * 100) / 100;
};

/** Online CPUs: the `cpuN` lines of /proc/stat (0 when there are none). */
export const parseStatCores = (stat: string): number => stat.split('\n').filter((l) => /^cpu\d+\s/.test(l)).length;

/** Logical processors listed in /proc/cpuinfo, the fallback when /proc/stat lists no cpuN lines. */
export const parseCpuinfoCores = (cpuinfo: string): number => cpuinfo.split('\n').filter((l) => /^processor\s*:/.test(l)).length;

export interface MemoryFigures {
  totalBytes: number;
  usedBytes: number;
}

/**
 * Used memory is MemTotal − MemAvailable: what `free` calls used, the memory that could not be handed to a
 * new workload without swapping. Kernels older than 3.14 have no MemAvailable; there free + buffers + page
 * cache approximates it.
 */
export const parseMeminfo = (meminfo: string): MemoryFigures => {
  const kib = new Map<string, number>();
  for (const line of meminfo.split('\n')) {
    const match = /^(\w+):\s+(\d+)(?:\s+kB)?\s*$/.exec(line);
    if (match) kib.set(match[1]!, Number(match[2]));
  }
  const total = kib.get('MemTotal');
  if (total === undefined || total <= 0) throw new ProcParseError('/proc/meminfo has no MemTotal');
  const available = kib.get('MemAvailable') ?? (kib.get('MemFree') ?? 0) + (kib.get('Buffers') ?? 0) + (kib.get('Cached') ?? 0);
  const used = Math.min(total, Math.max(0, total - available));
  return { totalBytes: total * 1024, usedBytes: used * 1024 };
};

export interface LoadAverages {
  one: number;
  five: number;
  fifteen: number;
}

export const parseLoadavg = (loadavg: string): LoadAverages => {
  const [one, five, fifteen] = loadavg.trim().split(/\s+/).map(figure);
  if (![one, five, fifteen].every((n) => n !== undefined && Number.isFinite(n) && n >= 0)) throw new ProcParseError('/proc/loadavg is malformed');
  return { one: one!, five: five!, fifteen: fifteen! };
};

/** Seconds since boot: the first figure of /proc/uptime (the second is idle time summed over CPUs). */
export const parseUptime = (uptime: string): number => {
  const seconds = figure(uptime.trim().split(/\s+/)[0]);
  if (!Number.isFinite(seconds) || seconds < 0) throw new ProcParseError('/proc/uptime is malformed');
  return seconds;
};

/** /proc/sys/kernel/osrelease, e.g. `6.1.0-18-amd64`; undefined when empty. */
export const parseOsRelease = (osrelease: string): string | undefined => osrelease.trim() || undefined;

export interface DiskFigures {
  totalBytes: number;
  usedBytes: number;
}

/** The subset of fs.StatFs the disk figures need. */
export interface StatFsLike {
  bsize: number;
  blocks: number;
  bfree: number;
}

/**
 * Used = blocks − free blocks, the figure `df` prints as Used. Blocks reserved for root count as free here
 * (they are not used), so used + available < total on ext4, as with df.
 */
export const diskFromStatfs = (stats: StatFsLike): DiskFigures => ({
  totalBytes: stats.blocks * stats.bsize,
  usedBytes: Math.max(0, stats.blocks - stats.bfree) * stats.bsize,
});
