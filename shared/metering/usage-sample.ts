import * as z from 'zod';

const ulidSchema = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be an id');

/**
 * One instance's usage for one hour, as the metering job read it from the cluster. The reading is taken
 * once an hour and stands for the whole hour: `cpuMillicores` is also the hour's millicore-hours, and so on.
 */
export const usageSampleSchema = z
  .object({
    hour: z.iso.datetime().meta({ description: 'Start of the UTC hour the sample stands for', example: '2026-11-26T10:00:00.000Z' }),
    instanceId: ulidSchema.meta({ example: '01JD7Y7Q5B2S8X4N6R3T9V0W1Z' }),
    cpuMillicores: z.number().nonnegative().meta({
      description: "CPU in use when read (the sum of the instance's pods, metrics.k8s.io), taken as the hour's average: 1000 is one core",
      example: 37.512,
    }),
    memoryMiB: z.number().nonnegative().meta({ description: 'Memory in use when read (working set of its pods), in MiB', example: 212.344 }),
    storageGiB: z.number().nonnegative().meta({ description: "Capacity of the instance's volumes (PersistentVolumeClaims), in GiB", example: 5 }),
    pods: z.number().int().nonnegative().meta({ description: 'Running pods the metrics API listed', example: 1 }),
    measuredAt: z.iso.datetime().meta({ description: 'When the metering job read the figures', example: '2026-11-26T10:17:03.000Z' }),
  })
  .meta({ id: 'UsageSample' });

/** Each sample stands for one hour, so a sum of samples is in unit-hours: what usage is billed in. */
export const usageTotalsSchema = z
  .object({
    hours: z.number().int().nonnegative().meta({ description: 'Hours with a sample in the range', example: 2 }),
    cpuMillicoreHours: z.number().nonnegative().meta({ example: 74.9 }),
    memoryMiBHours: z.number().nonnegative().meta({ example: 430.25 }),
    storageGiBHours: z.number().nonnegative().meta({ example: 10 }),
  })
  .meta({ id: 'UsageTotals' });

export const subscriptionUsageSchema = z
  .object({
    subscriptionId: ulidSchema.meta({ example: '01JD7Y7Q5B2S8X4N6R3T9V0W1Y' }),
    from: z.iso.datetime().meta({ description: 'The range asked for: samples whose hour starts at or after this…', example: '2026-11-26T00:00:00.000Z' }),
    to: z.iso.datetime().meta({ description: '…and before this', example: '2026-11-27T00:00:00.000Z' }),
    samples: z.array(usageSampleSchema).meta({ description: 'Hourly samples, oldest first; an hour the job could not read has none' }),
    totals: usageTotalsSchema,
  })
  .meta({ id: 'SubscriptionUsage' });

export type UsageSample = z.infer<typeof usageSampleSchema>;
export type UsageTotals = z.infer<typeof usageTotalsSchema>;
export type SubscriptionUsage = z.infer<typeof subscriptionUsageSchema>;

/** Figures are kept to a thousandth of their unit: finer than any bill, and sums stay readable. */
export const roundFigure = (value: number) => Math.round(value * 1000) / 1000;

export const sumUsage = (samples: readonly UsageSample[]): UsageTotals => ({
  hours: samples.length,
  cpuMillicoreHours: roundFigure(samples.reduce((sum, s) => sum + s.cpuMillicores, 0)),
  memoryMiBHours: roundFigure(samples.reduce((sum, s) => sum + s.memoryMiB, 0)),
  storageGiBHours: roundFigure(samples.reduce((sum, s) => sum + s.storageGiB, 0)),
});
