/**
 * The DNS as the domain checks read it. The adapter (node-dns-resolver.ts) asks the resolver the stack names
 * (DNS_RESOLVER), the system's by default; the tests point it at a DNS server of their own on loopback.
 * A name with no such record answers an empty list, never an error: only a failure to ask is thrown.
 */
export interface DnsResolver {
  /** Each TXT record's strings joined, as RFC 7208 reads split records. */
  txt(name: string): Promise<string[]>;
  /** The CNAME targets of the name, lowercased, without the trailing dot. */
  cname(name: string): Promise<string[]>;
  /** The name's IPv4 addresses (its A records, after any CNAME the resolver follows). */
  addresses(name: string): Promise<string[]>;
}
