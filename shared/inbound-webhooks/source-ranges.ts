import ipaddr from 'ipaddr.js';
import * as z from 'zod';

export type SourceRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

/**
 * A comma-separated list of CIDR ranges (`192.0.2.0/24, 2001:db8::/32`); an empty or absent list allows any
 * source. A bad entry throws naming it, so a mistyped range fails the configuration, not every request.
 */
export const parseSourceRanges = (text: string | undefined): SourceRange[] =>
  (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      try {
        return ipaddr.parseCIDR(entry) as SourceRange;
      } catch {
        throw new Error(`"${entry}" is not a CIDR range such as 192.0.2.0/24`);
      }
    });

/**
 * Whether a request's source address (API Gateway's `requestContext.http.sourceIp`) is in one of the ranges.
 * IPv4-mapped IPv6 (`::ffff:192.0.2.1`, how a dual-stack socket reports IPv4) is judged as its IPv4 address;
 * an address that does not parse is not allowed.
 */
export const isAllowedSource = (sourceIp: string | undefined, ranges: readonly SourceRange[]): boolean => {
  if (!ranges.length) return true;
  if (!sourceIp || !ipaddr.isValid(sourceIp)) return false;
  const address = ipaddr.process(sourceIp);
  return ranges.some(([network, bits]) => address.kind() === network.kind() && address.match(network, bits));
};

/** A comma-separated list of CIDR ranges as configuration gives it (environment or CDK context), checked by the same parser. */
export const sourceRangesSchema = z
  .string()
  .trim()
  .optional()
  .superRefine((text, context) => {
    try {
      parseSourceRanges(text);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
    }
  });
