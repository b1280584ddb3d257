import { describe, expect, it } from 'vitest';
import { hostnameSchema, platformOwnedReason } from '../../../shared/domains/hostname';
import { isDnsServer } from '../../../shared/domains/dns-server';

describe('custom domain hostnames', () => {
  it('accepts public DNS names, lowercased and without a trailing dot', () => {
    expect(hostnameSchema.parse('Shop.Example.COM')).toBe('shop.example.com');
    expect(hostnameSchema.parse('a-b.c-d.example.co.uk.')).toBe('a-b.c-d.example.co.uk');
  });

  it.each([
    ['an IPv4 address', '10.0.0.1', 'not an IP address'],
    ['an IPv6 address', '::1', 'not an IP address'],
    ['a single label', 'intranet', 'fully qualified'],
    ['an empty label', 'a..example.com', 'labels'],
    ['a label starting with a hyphen', '-a.example.com', 'labels'],
    ['a label of 64 characters', `${'a'.repeat(64)}.example.com`, 'labels'],
    ['an underscore', 'a_b.example.com', 'labels'],
    ['a wildcard', '*.example.com', 'wildcard'],
    ['localhost', 'app.localhost', 'public name'],
    ['mDNS', 'printer.local', 'public name'],
    ['an internal name', 'db.svc.internal', 'public name'],
    ['a numeric top-level label', 'example.123', 'top-level'],
    ['more than 253 characters', `${'a'.repeat(60)}.`.repeat(5) + 'com', '253'],
  ])('refuses %s', (_what, value, message) => {
    const result = hostnameSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toContain(message);
  });

  it('refuses the platform’s own domain and every name under it, and nothing else', () => {
    expect(platformOwnedReason('apps.example.com', ['apps.example.com'])).toContain('platform');
    expect(platformOwnedReason('x.apps.example.com', ['apps.example.com'])).toContain('platform');
    expect(platformOwnedReason('myapps.example.com', ['apps.example.com'])).toBeUndefined();
  });

  it('takes a DNS server as an address with an optional port, never a name', () => {
    for (const good of ['1.1.1.1', '127.0.0.1:5353', '::1', '[::1]:53']) expect(isDnsServer(good), good).toBe(true);
    for (const bad of ['dns.google', '1.1.1.1:0', '1.1.1.1:70000', '[::1', '']) expect(isDnsServer(bad), bad).toBe(false);
  });
});
