/** Hour buckets of usage samples, in UTC (an hour is the same everywhere, time zones aside). */
export const HOUR_MS = 3_600_000;
const DAY_SECONDS = 86_400;

/** The start of the UTC hour `at` falls in: the one bucket a run at that time meters. */
export const hourStart = (at: Date): Date => new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);

/** The TTL of a sample (epoch seconds): its hour plus the retention, so a sample lives the same span whenever it was written. */
export const sampleExpiresAt = (hour: Date, retentionDays: number): number => Math.floor(hour.getTime() / 1000) + retentionDays * DAY_SECONDS;
