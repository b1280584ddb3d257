import * as z from 'zod';

/**
 * The versions of a service's app (issue 19): which image each runs, whether new instances may still get it
 * (`supported`), customers are pointed away from it (`deprecated`) or it is past its end (`end-of-life`: no
 * instance may move onto it), and which one new instances get (`default`, exactly one).
 */
export const versionStatuses = ['supported', 'deprecated', 'end-of-life'] as const;
export type VersionStatus = (typeof versionStatuses)[number];

/** An app version as written in the catalog and in paths: an image-tag-like word. */
export const versionNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,39}$/, 'must be 1–40 letters, digits, dots, dashes or underscores')
  .meta({ example: '1.64.0' });

/** An image repository (`registry/owner/name`), without its tag. */
const imageSchema = z
  .string()
  .regex(/^[a-z0-9]+([._-][a-z0-9]+)*(\/[a-z0-9]+([._-][a-z0-9]+)*)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/, 'must be an image repository such as n8nio/n8n')
  .max(200)
  .meta({ example: 'n8nio/n8n' });
const tagSchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, 'must be a valid image tag')
  .meta({ example: '1.64.0' });

export const serviceVersionSchema = z
  .strictObject({
    version: versionNameSchema,
    image: imageSchema,
    tag: tagSchema,
    status: z.enum(versionStatuses).meta({ example: 'supported' }),
    default: z.boolean().meta({ description: 'New instances get this version (exactly one per service)', example: true }),
    endOfLifeAt: z.iso.datetime().optional().meta({ description: 'When the version stops being maintained; customers are told ahead of it' }),
    releasedAt: z.iso.datetime(),
  })
  .meta({ id: 'ServiceVersion' });

export const createServiceVersionSchema = z
  .strictObject({
    version: versionNameSchema,
    image: imageSchema,
    tag: tagSchema,
    status: z.enum(versionStatuses).default('supported'),
    default: z.boolean().default(false),
    endOfLifeAt: z.iso.datetime().optional(),
    releasedAt: z.iso.datetime().optional().meta({ description: 'Now when left out' }),
  })
  .meta({ id: 'CreateServiceVersion' });

export const updateServiceVersionSchema = z
  .strictObject({
    status: z.enum(versionStatuses).optional(),
    endOfLifeAt: z.iso.datetime().nullable().optional().meta({ description: 'null clears it' }),
    default: z.literal(true).optional().meta({ description: 'Makes this the default (the previous default stops being it)' }),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'give at least one field to change')
  .meta({ id: 'UpdateServiceVersion' });

/** A version as administrators see it: with how many live instances run it. */
export const adminServiceVersionSchema = serviceVersionSchema
  .extend({ instances: z.number().int().min(0).meta({ description: 'Live instances on this version' }) })
  .meta({ id: 'AdminServiceVersion' });

export type ServiceVersion = z.infer<typeof serviceVersionSchema>;
export type CreateServiceVersion = z.infer<typeof createServiceVersionSchema>;
export type UpdateServiceVersion = z.infer<typeof updateServiceVersionSchema>;

/** A service keeps at most this many versions (the item stays small; old ones are end-of-life, not deleted). */
export const maxServiceVersions = 50;

const parts = (version: string) => {
  const [core = '', ...pre] = version.replace(/^v/i, '').split('-');
  return { numbers: core.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : Number.NaN)), pre: pre.join('-') };
};

/**
 * Orders versions semver-ish: numeric dot parts compared as numbers (1.10 after 1.9, missing parts are 0), a
 * pre-release (`2.0.0-rc1`) before its release, then plain text order for anything else. Negative when a < b.
 */
export const compareVersions = (a: string, b: string): number => {
  const pa = parts(a);
  const pb = parts(b);
  const length = Math.max(pa.numbers.length, pb.numbers.length);
  for (let i = 0; i < length; i++) {
    const x = pa.numbers[i] ?? 0;
    const y = pb.numbers[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return a.localeCompare(b);
    if (x !== y) return x - y;
  }
  if (pa.pre === pb.pre) return 0;
  if (!pa.pre) return 1;
  if (!pb.pre) return -1;
  return pa.pre.localeCompare(pb.pre, undefined, { numeric: true });
};

/** The versions an instance on `current` may move to: newer ones, not end-of-life, oldest first. */
export const availableUpgrades = (versions: readonly ServiceVersion[], current: string): ServiceVersion[] =>
  versions.filter((v) => v.status !== 'end-of-life' && compareVersions(v.version, current) > 0).sort((a, b) => compareVersions(a.version, b.version));

export const defaultVersionOf = (versions: readonly ServiceVersion[]): ServiceVersion | undefined => versions.find((v) => v.default);

/** The image reference a version runs (`repository:tag`). */
export const imageReference = (version: Pick<ServiceVersion, 'image' | 'tag'>) => `${version.image}:${version.tag}`;
