import * as z from 'zod';

/**
 * A custom domain's name: a public DNS name, lowercased. Only the shape is checked here (the route's schema,
 * so a bad one is a 400 naming the field); which names belong to the platform is a setting, checked by
 * `platformOwnedReason` when the domain is added.
 */
const label = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Names that never resolve publicly (RFC 6761, 6762, 8375 and common private suffixes). */
const privateSuffixes = ['localhost', 'local', 'internal', 'lan', 'home.arpa', 'arpa', 'test', 'invalid', 'example', 'onion', 'intranet', 'corp', 'private'];

export const hostnameProblem = (raw: string): string | undefined => {
  const name = raw.endsWith('.') ? raw.slice(0, -1) : raw;
  if (name.length === 0) return 'must not be empty';
  if (name.length > 253) return 'must be at most 253 characters';
  if (name.includes(':') || ipv4.test(name)) return 'must be a DNS name, not an IP address';
  if (name.startsWith('*')) return 'must not be a wildcard';
  const labels = name.split('.');
  if (labels.length < 2) return 'must be a fully qualified name (e.g. app.example.com)';
  if (labels.some((part) => !label.test(part))) return 'must be made of labels of letters, digits and inner hyphens, 1 to 63 characters each';
  if (/^\d+$/.test(labels.at(-1)!)) return 'must end in a top-level domain, not a number';
  if (privateSuffixes.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return 'must be a public name (not localhost, .local, .internal and the like)';
  return undefined;
};

export const hostnameSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 253 characters')
  .transform((value) => value.toLowerCase())
  .superRefine((value, ctx) => {
    const problem = hostnameProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => (value.endsWith('.') ? value.slice(0, -1) : value))
  .meta({ description: 'A public DNS name, e.g. app.example.com', example: 'app.example.com' });

/** The platform's own names (its apps domain and everything under it) are never a customer's to claim. */
export const platformOwnedReason = (hostname: string, platformDomains: readonly string[]): string | undefined =>
  platformDomains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`)) ? 'is the platform’s own domain; use a name you own' : undefined;
