import * as z from 'zod';
import { hostnameSchema } from './hostname';

const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');

/**
 * A custom domain's life: PENDING until its DNS records are seen, VERIFIED once they are (its Ingress and
 * Certificate are applied), ACTIVE once cert-manager reports the certificate Ready, FAILED when the records
 * were not seen within the verification window (its rule and certificate are then removed).
 */
export const domainStatuses = ['PENDING', 'VERIFIED', 'ACTIVE', 'FAILED'] as const;
export type DomainStatus = (typeof domainStatuses)[number];

/** The certificate as cert-manager reports it on its Certificate's `Ready` condition. */
export const certificateStates = ['issuing', 'ready', 'failed'] as const;
export type CertificateState = (typeof certificateStates)[number];

export const dnsRecordSchema = z
  .object({
    type: z.enum(['TXT', 'CNAME']),
    name: z.string().meta({ description: 'The record’s full name' }),
    value: z.string().meta({ description: 'What it must hold: the token (TXT) or the instance’s host (CNAME; at a zone’s apex, where a CNAME cannot be, A records to the addresses this host resolves to)' }),
  })
  .meta({ id: 'DnsRecord' });
export type DnsRecord = z.infer<typeof dnsRecordSchema>;

export const domainSchema = z
  .object({
    hostname: z.string(),
    subscriptionId: ulidSchema,
    instanceId: ulidSchema,
    userId: ulidSchema,
    status: z.enum(domainStatuses),
    records: z.array(dnsRecordSchema).max(2).meta({ description: 'The DNS records that prove ownership and route the name to the instance' }),
    /** Why the last check did not pass (which record is missing or points elsewhere), or why the domain FAILED. */
    reason: z.string().optional(),
    certificate: z
      .object({ state: z.enum(certificateStates), reason: z.string().optional() })
      .optional()
      .meta({ description: 'The TLS certificate, once the domain is verified' }),
    attempts: z.number().int().nonnegative().meta({ description: 'Checks since the domain was added or last lapsed' }),
    lastCheckedAt: z.iso.datetime().optional(),
    nextCheckAt: z.iso.datetime().optional().meta({ description: 'When the schedule checks it again; absent once FAILED' }),
    /** Since when the records have been looked for (added, lapsed, or retried after FAILED): the verification window counts from here. */
    pendingSince: z.iso.datetime().optional(),
    verifiedAt: z.iso.datetime().optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** Optimistic lock: every write is conditional on the version read. */
    version: z.number().int().nonnegative(),
  })
  .meta({ id: 'Domain' });
export type Domain = z.infer<typeof domainSchema>;

export const addDomainRequestSchema = z.strictObject({ hostname: hostnameSchema }).meta({ id: 'AddDomainRequest' });

/** The secret-free token in the TXT record: only whoever controls the zone can publish it. */
export const CHALLENGE_LABEL = '_paas-challenge';
export const challengeName = (hostname: string) => `${CHALLENGE_LABEL}.${hostname}`;
export const challengeValue = (token: string) => `paas-verification=${token}`;
