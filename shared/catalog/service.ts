import * as z from 'zod';
import { maxServiceVersions, serviceVersionSchema, versionNameSchema } from './service-version';
import { priceSchema, slugSchema } from './slug-and-price';

/** Catalog types as the API shows them (the slug and price they are made of: slug-and-price.ts). */

export const planSchema = z
  .strictObject({
    id: slugSchema.meta({ example: 'starter' }),
    name: z.string().trim().min(1).max(80).meta({ example: 'Starter' }),
    price: priceSchema,
    billingPeriod: z.enum(['month', 'year']).meta({ example: 'month' }),
    limits: z
      .strictObject({
        cpuMillicores: z.number().int().min(50).max(64_000).meta({ example: 500 }),
        memoryMiB: z.number().int().min(64).max(262_144).meta({ example: 1024 }),
        storageGiB: z.number().int().min(1).max(10_000).meta({ example: 5 }),
      })
      .meta({ description: 'What the instance may use; enforced by the namespace quota.' }),
    backups: z
      .strictObject({
        keep: z.number().int().min(1).max(90).meta({ description: 'Daily backups kept; older ones are deleted', example: 7 }),
        maxTotalGiB: z.number().int().min(1).max(100_000).optional().meta({ description: 'Cap on the size of all backups kept; 10 times the storage by default' }),
      })
      .optional()
      .meta({ description: 'Backup retention; 7 daily and 10 times the storage when left out' }),
  })
  .meta({ id: 'Plan' });

const serviceFields = {
  slug: slugSchema,
  name: z.string().trim().min(1).max(80).meta({ example: 'n8n' }),
  description: z.string().trim().max(2000).meta({ example: 'Workflow automation with a visual editor.' }),
  // An image-tag-like word: it names a catalog version (and, with no image given, is the image's tag).
  version: versionNameSchema.meta({ description: 'The app version deployed: the default version’s', example: '1.64.0' }),
  template: slugSchema.meta({ description: 'The Kubernetes template the service deploys', example: 'n8n' }),
  plans: z
    .array(planSchema)
    .min(1)
    .max(20)
    .refine((plans) => new Set(plans.map((p) => p.id)).size === plans.length, 'plan ids must be unique'),
  active: z.boolean().meta({ example: true }),
};

const versionsSchema = z
  .array(serviceVersionSchema)
  .min(1)
  .max(maxServiceVersions)
  .refine((versions) => new Set(versions.map((v) => v.version)).size === versions.length, 'versions must be unique')
  .refine((versions) => versions.filter((v) => v.default).length === 1, 'exactly one version must be the default')
  .meta({ description: "The app's versions: image and tag, status, the default for new instances" });

export const serviceSchema = z
  .strictObject({
    ...serviceFields,
    versions: versionsSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Service' });

export const createServiceSchema = z
  .strictObject({
    ...serviceFields,
    active: serviceFields.active.default(true),
    versions: versionsSchema.optional().meta({ description: 'One supported default version, `version` on the template’s official image, when left out' }),
  })
  .refine((input) => !input.versions || input.versions.find((v) => v.default)?.version === input.version, {
    path: ['version'],
    message: 'must be the default version’s',
  })
  .meta({ id: 'CreateService' });

// The versions have their own routes; `version` here makes that version the default (added when new).
const { slug: _slug, ...changeable } = serviceFields;
export const updateServiceSchema = z
  .strictObject(changeable)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change')
  .meta({ id: 'UpdateService' });

export type Plan = z.infer<typeof planSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type CreateService = z.infer<typeof createServiceSchema>;
export type UpdateService = z.infer<typeof updateServiceSchema>;
