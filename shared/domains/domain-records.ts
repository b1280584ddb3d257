import { challengeName, challengeValue, type DnsRecord } from './domain';
import type { DnsResolver } from './dns-resolver';

/** What a customer publishes for a hostname: the TXT record with its token, and the CNAME to the instance's host. */
export const recordsFor = (hostname: string, token: string, instanceHost: string): DnsRecord[] => [
  { type: 'TXT', name: challengeName(hostname), value: challengeValue(token) },
  { type: 'CNAME', name: hostname, value: instanceHost },
];

/**
 * A zone's apex (`example.com`) cannot hold a CNAME beside its SOA and NS records: there the customer
 * publishes A records instead, to the addresses the instance's host resolves to. They route the name as
 * the CNAME would, so they count when every one of them is such an address.
 */
const apexAddressesHold = async (resolver: DnsResolver, record: DnsRecord): Promise<boolean> => {
  const [published, wanted] = await Promise.all([resolver.addresses(record.name), resolver.addresses(record.value)]);
  return published.length > 0 && published.every((address) => wanted.includes(address));
};

/**
 * Looks the domain's records up (two DNS queries: the TXT and the CNAME; two more, the A records of the name
 * and of the instance's host, only when the name has no CNAME) and says which do not hold, in the customer's
 * words; none means the name is theirs and points at the instance.
 */
export const missingRecords = async (resolver: DnsResolver, records: readonly DnsRecord[]): Promise<string[]> => {
  const checks = records.map(async (record) => {
    const found = record.type === 'TXT' ? await resolver.txt(record.name) : await resolver.cname(record.name);
    if (found.includes(record.type === 'TXT' ? record.value : record.value.toLowerCase())) return undefined;
    if (record.type === 'TXT') return found.length === 0 ? `no TXT record at ${record.name}` : `the TXT record at ${record.name} does not hold the token`;
    if (found.length > 0) return `${record.name} is a CNAME to ${found.join(', ')}, not ${record.value}`;
    if (await apexAddressesHold(resolver, record)) return undefined;
    return `no CNAME record at ${record.name} (at a zone's apex, A records to the addresses of ${record.value} instead)`;
  });
  return (await Promise.all(checks)).filter((problem): problem is string => problem !== undefined);
};
