import { challengeName, challengeValue, type DnsRecord } from './domain';
import type { DnsResolver } from './dns-resolver';

/** What a customer publishes for a hostname: the TXT record with its token, and the CNAME to the instance's host. */
export const recordsFor = (hostname: string, token: string, instanceHost: string): DnsRecord[] => [
  { type: 'TXT', name: challengeName(hostname), value: challengeValue(token) },
  { type: 'CNAME', name: hostname, value: instanceHost },
];

/**
 * Looks the domain's records up (two DNS queries: the TXT and the CNAME) and says which do not hold, in the
 * customer's words; none means the name is theirs and points at the instance.
 */
export const missingRecords = async (resolver: DnsResolver, records: readonly DnsRecord[]): Promise<string[]> => {
  const checks = records.map(async (record) => {
    const found = record.type === 'TXT' ? await resolver.txt(record.name) : await resolver.cname(record.name);
    if (found.includes(record.type === 'TXT' ? record.value : record.value.toLowerCase())) return undefined;
    if (found.length === 0) return `no ${record.type} record at ${record.name}`;
    return record.type === 'TXT'
      ? `the TXT record at ${record.name} does not hold the token`
      : `${record.name} is a CNAME to ${found.join(', ')}, not ${record.value}`;
  });
  return (await Promise.all(checks)).filter((problem): problem is string => problem !== undefined);
};
