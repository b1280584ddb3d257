import { Agent, createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import { checkWebhookUrl, ForbiddenAddressError, guardedLookup, judgeAddress, type Resolver } from '../../../shared/webhooks/address-policy';

const deployed = { allowLoopback: false };
const local = { allowLoopback: true };

describe('which addresses a webhook may reach', () => {
  it.each([
    // public unicast: allowed
    ['93.184.215.14', 'unicast', 'unicast'],
    ['8.8.8.8', 'unicast', 'unicast'],
    ['2606:4700:4700::1111', 'unicast', 'unicast'],
    ['::ffff:93.184.215.14', 'unicast', 'unicast'],
    // loopback: only with the local allowance, and never in its IPv4-mapped spelling
    ['127.0.0.1', 'loopback', 'unicast'],
    ['127.8.9.10', 'loopback', 'unicast'],
    ['::1', 'loopback', 'unicast'],
    ['[::1]', 'loopback', 'unicast'],
    ['::ffff:127.0.0.1', 'loopback', 'loopback'],
    ['::ffff:7f00:1', 'loopback', 'loopback'],
    // private, shared, link-local, cloud metadata
    ['10.0.0.1', 'private', 'private'],
    ['172.16.5.4', 'private', 'private'],
    ['192.168.1.1', 'private', 'private'],
    ['::ffff:10.0.0.1', 'private', 'private'],
    ['100.64.0.1', 'carrierGradeNat', 'carrierGradeNat'],
    ['100.100.100.200', 'carrierGradeNat', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal', 'linkLocal'],
    ['::ffff:169.254.169.254', 'linkLocal', 'linkLocal'],
    ['fe80::1', 'linkLocal', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal', 'uniqueLocal'],
    ['fc00::1', 'uniqueLocal', 'uniqueLocal'],
    // unspecified, broadcast, multicast, reserved, documentation, translation prefixes
    ['0.0.0.0', 'unspecified', 'unspecified'],
    ['::', 'unspecified', 'unspecified'],
    ['255.255.255.255', 'broadcast', 'broadcast'],
    ['224.0.0.1', 'multicast', 'multicast'],
    ['239.255.255.250', 'multicast', 'multicast'],
    ['ff02::1', 'multicast', 'multicast'],
    ['240.0.0.1', 'reserved', 'reserved'],
    ['192.0.2.10', 'reserved', 'reserved'],
    ['198.18.0.1', 'reserved', 'reserved'],
    ['2001:db8::1', 'reserved', 'reserved'],
    ['64:ff9b::a00:1', 'rfc6052', 'rfc6052'],
    ['2002:a00:1::', '6to4', '6to4'],
    ['2001::1', 'teredo', 'teredo'],
    ['not-an-address', 'invalid', 'invalid'],
  ])('%s: deployed %s, local %s', (address, deployedRange, localRange) => {
    const verdict = (policy: { allowLoopback: boolean }) => {
      const result = judgeAddress(address, policy);
      return result.allowed ? 'unicast' : result.range;
    };
    expect(verdict(deployed)).toBe(deployedRange);
    expect(verdict(local)).toBe(localRange);
  });
});

/** A resolver with fixed answers, so no test depends on (or sends) real DNS. */
const fakeResolver =
  (answers: Record<string, string[]>): Resolver =>
  async (hostname) => {
    const found = answers[hostname];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found;
  };

const resolver = fakeResolver({
  'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'localhost': ['127.0.0.1', '::1'],
  'sneaky.example.com': ['93.184.215.14', '10.0.0.7'],
  'metadata.example.com': ['169.254.169.254'],
  'mapped.example.com': ['::ffff:127.0.0.1'],
  'empty.example.com': [],
});

const refusal = async (url: string, policy = deployed, resolve = resolver) => {
  try {
    await checkWebhookUrl(url, policy, resolve);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).type).toBe('unprocessable');
    expect((error as AppError).errors?.map((e) => e.field)).toEqual(['body.url']);
    return (error as AppError).errors![0]!.message;
  }
  return undefined;
};

describe('checking a URL at registration', () => {
  it('accepts https to a host whose every address is public, and normalises the URL', async () => {
    expect((await checkWebhookUrl('https://HOOKS.example.com/in?x=1', deployed, resolver)).href).toBe('https://hooks.example.com/in?x=1');
    expect((await checkWebhookUrl('https://93.184.215.14:8443/', deployed, resolver)).href).toBe('https://93.184.215.14:8443/');
  });

  it.each([
    ['plain http', 'http://hooks.example.com/', /https/],
    ['another scheme', 'ftp://hooks.example.com/', /https/],
    ['not a URL', 'hooks.example.com/in', /absolute URL/],
    ['credentials in the URL', 'https://user:pass@hooks.example.com/', /credentials/],
    ['a private literal', 'https://10.0.0.1/', /private/],
    ['the metadata address', 'https://169.254.169.254/latest/meta-data/', /linkLocal/],
    ['an IPv4-mapped loopback literal', 'https://[::ffff:127.0.0.1]/', /loopback/],
    ['a decimal spelling of loopback', 'https://2130706433/', /loopback/],
    ['a hex spelling of a private address', 'https://0x0a000001/', /private/],
    ['a host with one private address among public ones', 'https://sneaky.example.com/', /10\.0\.0\.7.*private/],
    ['a host resolving to the metadata address', 'https://metadata.example.com/', /169\.254\.169\.254/],
    ['localhost, deployed', 'https://localhost/', /loopback/],
    ['a host that does not resolve', 'https://nowhere.example.com/', /does not resolve/],
    ['a host with no addresses', 'https://empty.example.com/', /does not resolve/],
  ])('refuses %s', async (_name, url, message) => {
    expect(await refusal(url)).toMatch(message);
  });

  it('lets the local runtime reach loopback, over http too, but nothing else private', async () => {
    expect((await checkWebhookUrl('http://localhost:4000/hooks', local, resolver)).href).toBe('http://localhost:4000/hooks');
    expect((await checkWebhookUrl('http://127.0.0.1:4000/hooks', local, resolver)).host).toBe('127.0.0.1:4000');
    expect((await checkWebhookUrl('http://[::1]:4000/hooks', local, resolver)).host).toBe('[::1]:4000');
    expect((await checkWebhookUrl('https://localhost/', local, resolver)).hostname).toBe('localhost');
    expect(await refusal('http://hooks.example.com/', local)).toMatch(/plain http is allowed only for a loopback receiver/);
    expect(await refusal('http://10.0.0.1/', local)).toMatch(/private/);
    expect(await refusal('https://[::ffff:127.0.0.1]/', local)).toMatch(/loopback/);
    expect(await refusal('http://mapped.example.com/', local)).toMatch(/loopback/);
    expect(await refusal('https://169.254.169.254/', local)).toMatch(/linkLocal/);
  });

  it('passes on a resolver that cannot answer now (a 503 to retry), rather than calling the URL bad', async () => {
    const down: Resolver = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' });
    };
    await expect(checkWebhookUrl('https://hooks.example.com/', deployed, down)).rejects.toMatchObject({ code: 'EAI_AGAIN' });
  });
});

describe('checking the address dialled, at connect time', () => {
  const answers: Record<string, LookupAddress[]> = {
    'public.test': [{ address: '93.184.215.14', family: 4 }],
    'rebound.test': [{ address: '169.254.169.254', family: 4 }],
    'receiver.test': [{ address: '127.0.0.1', family: 4 }],
    'dual.test': [{ address: '93.184.215.14', family: 4 }, { address: 'fd00:ec2::254', family: 6 }],
  };
  const resolve = async (hostname: string) => answers[hostname] ?? [];
  const lookupWith = (policy: { allowLoopback: boolean }, hostname: string, options: { all?: boolean; family?: number }) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown; family?: number }>((done) =>
      guardedLookup(policy, resolve)(hostname, options, (error, address, family) => done({ error, address, family })),
    );

  it('answers node:net in both forms (one address, or all of them)', async () => {
    expect(await lookupWith(deployed, 'public.test', {})).toEqual({ error: null, address: '93.184.215.14', family: 4 });
    expect(await lookupWith(deployed, 'public.test', { all: true })).toEqual({ error: null, address: [{ address: '93.184.215.14', family: 4 }], family: undefined });
  });

  it('fails the connection when DNS now points somewhere forbidden', async () => {
    const rebound = await lookupWith(deployed, 'rebound.test', { all: true });
    expect(rebound.error).toBeInstanceOf(ForbiddenAddressError);
    expect(rebound.error).toMatchObject({ code: 'EWEBHOOKADDRESS', address: '169.254.169.254', range: 'linkLocal' });
    expect((await lookupWith(deployed, 'dual.test', {})).error).toMatchObject({ address: 'fd00:ec2::254' });
    // Asked for IPv4 only, the IPv6 answer is not the address dialled.
    expect(await lookupWith(deployed, 'dual.test', { family: 4 })).toEqual({ error: null, address: '93.184.215.14', family: 4 });
    expect((await lookupWith(deployed, 'receiver.test', {})).error).toBeInstanceOf(ForbiddenAddressError);
    expect((await lookupWith(local, 'receiver.test', {})).error).toBeNull();
    expect((await lookupWith(deployed, 'unknown.test', {})).error).toMatchObject({ code: 'ENOTFOUND' });
  });

  describe('in a real request through node:http', () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer((_request, response) => response.end('received'));
      await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((closed) => server.close(() => closed())));

    const request = (policy: { allowLoopback: boolean }) =>
      new Promise<string>((done, fail) => {
        // A host name goes through the agent's lookup (an IP literal would skip it). A fresh agent per request:
        // a kept-alive socket would be reused without a new lookup.
        const agent = new Agent({ keepAlive: false, lookup: guardedLookup(policy, resolve) });
        get({ host: 'receiver.test', port, path: '/', agent }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => done(body));
        }).on('error', fail);
      });

    it('connects when the policy allows the address and refuses before connecting when not', async () => {
      expect(await request(local)).toBe('received');
      await expect(request(deployed)).rejects.toMatchObject({ code: 'EWEBHOOKADDRESS' });
    });
  });
});
