import * as z from 'zod';
import { addDomainRequestSchema, domainSchema } from '../../shared/domains/domain';
import { MAX_DOMAINS_PER_SUBSCRIPTION } from '../../shared/domains/domain-store';
import { hostnameSchema } from '../../shared/domains/hostname';
import { defineRoute } from '../../shared/http/route';
import { domainVerifyLimit } from '../../shared/rate-limit/api-call-limits';
import { countedLimit } from '../../shared/rate-limit/call-limit';

const tags = ['Domains'];
const ulid = (what: string) => z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, `must be a ${what} id`);
const subscriptionParams = z.object({ id: ulid('subscription') });
const domainParams = z.object({ id: ulid('subscription'), hostname: hostnameSchema });
const busy = 'The instance is busy with another operation (named), or is being deleted or failed.';

export const addDomainRoute = defineRoute({
  operationId: 'addDomain',
  method: 'POST',
  path: '/v1/subscriptions/{id}/domains',
  handler: 'domains/add-domain',
  auth: 'customer',
  summary: 'Put the instance on a hostname of your own: answers the DNS records that prove it yours and point it at the instance',
  tags,
  request: { params: subscriptionParams, body: addDomainRequestSchema },
  responses: { 201: { description: 'The domain, PENDING, with the TXT and CNAME records to publish.', schema: domainSchema } },
  errors: {
    400: 'The hostname is not a public DNS name, or is the platform’s own domain.',
    409: `The hostname is claimed already (by anyone), the subscription holds ${MAX_DOMAINS_PER_SUBSCRIPTION} domains, or: ${busy}`,
  },
});

export const listDomainsRoute = defineRoute({
  operationId: 'listDomains',
  method: 'GET',
  path: '/v1/subscriptions/{id}/domains',
  handler: 'domains/list-domains',
  auth: 'customer',
  summary: "The instance's domains, by hostname: status, records, certificate state",
  tags,
  request: { params: subscriptionParams },
  responses: {
    200: {
      description: 'Every domain of the subscription.',
      schema: z.object({ items: z.array(domainSchema).max(MAX_DOMAINS_PER_SUBSCRIPTION) }).meta({ id: 'DomainList' }),
    },
  },
});

export const verifyDomainRoute = defineRoute({
  operationId: 'verifyDomain',
  method: 'POST',
  path: '/v1/subscriptions/{id}/domains/{hostname}/verify',
  handler: 'domains/verify-domain',
  auth: 'customer',
  summary: 'Check the domain’s DNS records now (the platform also checks on a schedule, with backoff)',
  tags,
  request: { params: domainParams },
  responses: { 200: { description: 'The domain after the check: PENDING with what is missing, VERIFIED, ACTIVE, or FAILED; and its certificate’s state.', schema: domainSchema } },
  errors: { 409: `${busy} Or the domain changed meanwhile.` },
  rateLimit: countedLimit(domainVerifyLimit),
});

export const removeDomainRoute = defineRoute({
  operationId: 'removeDomain',
  method: 'DELETE',
  path: '/v1/subscriptions/{id}/domains/{hostname}',
  handler: 'domains/remove-domain',
  auth: 'customer',
  summary: 'Remove the domain: its Ingress rule and certificate go, the name is free again, nothing else changes',
  tags,
  request: { params: domainParams },
  responses: { 204: { description: 'Removed.' } },
  errors: { 409: busy },
});

export const domainRoutes = [addDomainRoute, listDomainsRoute, verifyDomainRoute, removeDomainRoute];
