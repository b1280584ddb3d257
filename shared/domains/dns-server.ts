import { isIP } from 'node:net';
import * as z from 'zod';

/** `1.2.3.4`, `1.2.3.4:5353`, `::1` or `[::1]:5353`: what node:dns's Resolver#setServers takes (an address, never a name). */
export const isDnsServer = (value: string): boolean => {
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value);
  const [host, port] = bracketed ? [bracketed[1]!, bracketed[2]] : isIP(value) === 6 ? [value, undefined] : (value.split(':') as [string, string | undefined]);
  return isIP(host) !== 0 && (port === undefined || (Number(port) >= 1 && Number(port) <= 65_535));
};

export const dnsServerSchema = z.string().trim().refine(isDnsServer, 'must be a DNS server address: an IP, with an optional port (1.2.3.4:53, [::1]:5353)');
