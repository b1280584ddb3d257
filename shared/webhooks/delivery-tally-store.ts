/** Delivery attempts in a span of hours: how many reached their endpoint (a 2xx) and how many did not. */
export interface DeliveryTally {
  succeeded: number;
  failed: number;
}

/** The hour an attempt is counted in (UTC, `YYYY-MM-DDTHH`). */
export const tallyHourOf = (at: Date): string => at.toISOString().slice(0, 13);

/**
 * Webhook delivery attempts counted per hour, for /v1/admin/stats (the success rate of the last 24 hours);
 * the DynamoDB adapter is dynamo-delivery-tally-store.ts.
 */
export interface DeliveryTallyStore {
  /** Adds attempts to the hour of `at` (a delivery consumer's batch: batch-tally.ts). */
  add(at: Date, attempts: DeliveryTally): Promise<void>;
  /** The attempts of the hours from `from`'s hour up to now, summed. */
  since(from: Date): Promise<DeliveryTally>;
}
