import { ulid } from 'ulid';
import * as z from 'zod';
import { AppError } from '../errors/app-error';
import { accountExportSchema, exportAccount, type AccountExport } from './account-export';
import type { AccountDataDeps } from './account-data-deps';
import { EXPORT_INLINE_CAP_BYTES, EXPORT_LINK_SECONDS } from './export-limits';
import { exportKey, type ExportStore } from './export-store';

export const exportDeliveries = ['inline', 'link'] as const;
export type ExportDelivery = (typeof exportDeliveries)[number];

export const exportQuerySchema = z.object({
  delivery: z
    .enum(exportDeliveries)
    .optional()
    .meta({
      description: `Left out, the size decides: inline up to the platform's threshold (1 MiB by default), a link above it. \`link\` always answers a link; \`inline\` always answers the document, up to ${EXPORT_INLINE_CAP_BYTES} bytes (413 above).`,
    }),
});

export const exportLinkSchema = z
  .object({
    url: z.string().meta({ description: 'A presigned GET of the export (JSON, served as an attachment); anyone holding it can read it until it expires' }),
    expiresAt: z.iso.datetime(),
    sizeBytes: z.number().int().min(0),
  })
  .meta({ id: 'AccountExportLink', description: 'Where to download the export, for a large one or when asked with delivery=link.' });

export type ExportLink = z.infer<typeof exportLinkSchema>;

/** The document itself, or a link to it. */
export const exportResultSchema = z.union([accountExportSchema, exportLinkSchema]).meta({ id: 'AccountExportResult' });

export interface ExportDeliveryDeps extends Pick<AccountDataDeps, 'users' | 'subscriptions' | 'backups' | 'webhooks' | 'ledger' | 'notifications' | 'now'> {
  exports: ExportStore;
  /** EXPORT_INLINE_MAX_BYTES: an export larger than this is answered with a link unless asked inline. */
  inlineMaxBytes: number;
}

/**
 * Inline or a link. `sizeBytes` is the document's size, `responseBytes` what it weighs inside Lambda's
 * response (quotes escaped), which is what the cap is about: an export under the threshold but over the cap
 * still goes by link, and one asked inline that Lambda could not return is a 413, never a failed invocation.
 */
export const chooseDelivery = (asked: ExportDelivery | undefined, size: { sizeBytes: number; responseBytes: number }, inlineMaxBytes: number): ExportDelivery => {
  if (asked === 'link') return 'link';
  const fits = size.responseBytes <= EXPORT_INLINE_CAP_BYTES;
  if (asked === 'inline') {
    if (fits) return 'inline';
    throw new AppError('payload-too-large', `The export is ${size.sizeBytes} bytes, more than an answer can carry inline; ask with delivery=link or leave delivery out.`, {
      errors: [{ field: 'query.delivery', message: `inline is refused for an export this large (${size.sizeBytes} bytes)` }],
    });
  }
  return fits && size.sizeBytes <= inlineMaxBytes ? 'inline' : 'link';
};

/**
 * The caller's export (account-export.ts), answered inline or written under `exports/<userId>/<ulid>.json`
 * and answered with a link to it. The link is never logged: whoever holds it reads the export.
 */
export const deliverExport = async (deps: ExportDeliveryDeps, userId: string, asked?: ExportDelivery): Promise<AccountExport | ExportLink> => {
  const document = await exportAccount(deps, userId);
  const json = JSON.stringify(document);
  const sizeBytes = Buffer.byteLength(json);
  const responseBytes = Buffer.byteLength(JSON.stringify(json));
  if (chooseDelivery(asked, { sizeBytes, responseBytes }, deps.inlineMaxBytes) === 'inline') return document;
  const now = deps.now();
  const key = exportKey(userId, ulid(now.getTime()));
  await deps.exports.put(key, json);
  const url = await deps.exports.downloadLink(key, EXPORT_LINK_SECONDS);
  return { url, expiresAt: new Date(now.getTime() + EXPORT_LINK_SECONDS * 1000).toISOString(), sizeBytes };
};
