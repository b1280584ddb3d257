import { Resolver } from 'node:dns/promises';
import type { DnsResolver } from './dns-resolver';

/** Answers that mean "no such record" rather than "could not ask". */
const noRecord = new Set(['ENODATA', 'ENOTFOUND', 'NXDOMAIN', 'ENONAME']);

const orEmpty = async <T>(query: () => Promise<T[]>): Promise<T[]> => {
  try {
    return await query();
  } catch (error) {
    if (noRecord.has((error as NodeJS.ErrnoException).code ?? '')) return [];
    throw error;
  }
};

/**
 * node:dns's Resolver on the server given (`ip:port` or `ip`, checked by dns-server.ts; unset: the system's). Short timeouts and few tries:
 * a check that cannot ask is retried by the schedule, never held up.
 */
export const nodeDnsResolver = (server?: string): DnsResolver => {
  const resolver = new Resolver({ timeout: 2000, tries: 2 });
  if (server) resolver.setServers([server]);
  return {
    txt: async (name) => (await orEmpty(() => resolver.resolveTxt(name))).map((chunks) => chunks.join('')),
    cname: async (name) => (await orEmpty(() => resolver.resolveCname(name))).map((target) => target.toLowerCase().replace(/\.$/, '')),
    addresses: (name) => orEmpty(() => resolver.resolve4(name)),
  };
};
