import { defineRoute } from '../../shared/http/route';
import { exportQuerySchema, exportResultSchema } from '../../shared/account-data/export-delivery';
import { EXPORT_INLINE_CAP_BYTES, EXPORT_LINK_SECONDS } from '../../shared/account-data/export-limits';
import { accountTags } from './auth-routes';

/**
 * The account export's row of the route table, apart from the other account routes (auth-routes.ts): its
 * answer is every entity the platform keeps about a customer, so its schema is built from all of theirs, and
 * only this route's cold start should build them.
 */
export const exportMeRoute = defineRoute({
  operationId: 'exportMe',
  method: 'GET',
  path: '/v1/auth/me/export',
  handler: 'auth/export-me',
  auth: 'customer',
  summary: 'Everything the platform holds about the caller, as JSON, or a short-lived link to it when large',
  tags: accountTags,
  // Not counted per caller: GET routes only read the table (a counter is a write), and the export reads no
  // more than the paginated lists it gathers, each capped (EXPORT_CAPS). A link writes one object, which the
  // bucket expires after a day.
  request: { query: exportQuerySchema },
  responses: {
    200: {
      description: `The profile, subscriptions, instances, backups, webhook endpoints (no secrets), ledger entries and notifications; or, for a large export or with delivery=link, {url, expiresAt, sizeBytes}: a GET link to that document, valid ${EXPORT_LINK_SECONDS / 60} minutes.`,
      schema: exportResultSchema,
    },
  },
  errors: { 413: `delivery=inline for an export larger than an answer can carry (${EXPORT_INLINE_CAP_BYTES} bytes): ask for a link.` },
});

export const accountExportRoutes = [exportMeRoute];
