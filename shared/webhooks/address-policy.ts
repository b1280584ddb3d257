import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { AppError } from '../errors/app-error';

/**
 * The SSRF guard of webhook delivery. A webhook URL may only lead to a public unicast address: ipaddr.js
 * classifies the address (its `range()`), and anything but `unicast` (loopback, private, link-local and so
 * the cloud metadata 169.254.169.254, shared 100.64/10, reserved, multicast, unique-local and so AWS's
 * fd00:ec2::254, NAT64, 6to4, Teredo…) is refused. IPv4-mapped IPv6 (`::ffff:10.0.0.1`) is judged as the
 * IPv4 address it carries.
 *
 * The check runs twice: at registration on every address the host resolves to (`checkWebhookUrl`), and at
 * connect time on the addresses actually dialled (`guardedLookup`), since DNS can change in between.
 */
export interface AddressPolicy {
  /**
   * Let loopback targets through (127.0.0.0/8, ::1), plain http included: only the local runtime turns this
   * on (webhook-settings.ts), so a newcomer can point a webhook at a receiver on their own machine.
   */
  allowLoopback: boolean;
}

export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

/** Judges one IP address (a string as DNS or the URL gives it, brackets and zone id allowed). */
export const judgeAddress = (address: string, policy: AddressPolicy): AddressVerdict => {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return { allowed: false, range: 'invalid' };
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    // The mapped spelling is the classic way around a guard: judged as its IPv4 address, and never given
    // the loopback allowance, which is for the forms a person types (localhost, 127.0.0.1, [::1]).
    const range = (parsed as ipaddr.IPv6).toIPv4Address().range();
    return range === 'unicast' ? { allowed: true } : { allowed: false, range };
  }
  const range = parsed.range();
  if (range === 'unicast') return { allowed: true };
  if (range === 'loopback' && policy.allowLoopback) return { allowed: true };
  return { allowed: false, range };
};

export type Resolver = (hostname: string) => Promise<string[]>;

/** Every address the host resolves to, as the system resolver gives them (A and AAAA, /etc/hosts too). */
export const systemResolver: Resolver = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

const refuse = (message: string) => new AppError('unprocessable', 'The webhook URL is not allowed.', { errors: [{ field: 'body.url', message }] });

const RESOLUTION_FAILURES = new Set(['ENOTFOUND', 'ENODATA', 'ESERVFAIL', 'EBADNAME']);

/**
 * The registration check: https only (plain http only for loopback targets when the policy allows them), no
 * credentials in the URL, and every address the host resolves to allowed. Refusals are 422 naming `url`; a
 * resolver that cannot answer right now is a dependency failure (503, retry).
 */
export const checkWebhookUrl = async (raw: string, policy: AddressPolicy, resolve: Resolver = systemResolver): Promise<URL> => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('must be an https URL');
  if (url.protocol === 'http:' && !policy.allowLoopback) throw refuse('must be an https URL');
  if (url.username || url.password) throw refuse('must not carry credentials');

  // WHATWG URL has already normalised the host: decimal, octal and hex IPv4 spellings become dotted quads.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = ipaddr.isValid(host);
  let addresses: string[];
  if (literal) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && RESOLUTION_FAILURES.has(code)) throw refuse(`its host "${host}" does not resolve`);
      throw error;
    }
    if (addresses.length === 0) throw refuse(`its host "${host}" does not resolve`);
  }

  for (const address of addresses) {
    const verdict = judgeAddress(address, policy);
    if (!verdict.allowed) throw refuse(`${literal ? 'is' : 'resolves to'} ${address}, a ${verdict.range} address: webhooks may only target public addresses`);
  }
  // Plain http is the local allowance for a receiver on this machine, nothing more.
  if (url.protocol === 'http:' && !addresses.every((address) => ipaddr.parse(address.replace(/%.*$/, '')).range() === 'loopback')) {
    throw refuse('must be an https URL (plain http is allowed only for a loopback receiver in the local runtime)');
  }
  return url;
};

/** The error a refused address gives the connection: a code the delivery can report as its error kind. */
export class ForbiddenAddressError extends Error {
  readonly code = 'EWEBHOOKADDRESS';
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`${hostname} resolves to ${address} (${range}); webhooks may only target public addresses`);
    this.name = 'ForbiddenAddressError';
  }
}

/**
 * The connect-time check: a `lookup` for node:net/tls/http(s) (`{ lookup }` in the request or agent options)
 * and undici (`connect: { lookup }`). It resolves as usual and fails the connection if any address of the
 * host is refused, so the address dialled is always one the policy allows. Node skips `lookup` for a URL
 * whose host is an IP literal: the delivery calls `judgeAddress` on such a host itself (or `checkWebhookUrl`).
 */
export const guardedLookup = (policy: AddressPolicy, resolve: (hostname: string) => Promise<LookupAddress[]> = (hostname) => dnsLookup(hostname, { all: true, verbatim: true })): LookupFunction =>
  (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted = options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : undefined;
        const addresses = wanted ? found.filter((entry) => entry.family === wanted) : found;
        for (const entry of addresses) {
          const verdict = judgeAddress(entry.address, policy);
          if (!verdict.allowed) return callback(new ForbiddenAddressError(hostname, entry.address, verdict.range), options.all ? [] : '');
        }
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), options.all ? [] : '');
        if (options.all) return callback(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, options.all ? [] : ''),
    );
  };
