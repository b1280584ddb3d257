import { tallyHourOf, type DeliveryTally, type DeliveryTallyStore } from './delivery-tally-store';

/** Counts one attempt; what a delivery is given as its tally (deliver-webhook.ts). */
export interface AttemptCounter {
  count(succeeded: boolean, at: Date): void;
}

/**
 * The attempts of one delivery consumer batch, counted in memory and written once per hour they fall in
 * (one UpdateItem for a batch of up to ten deliveries, instead of one per delivery): the tally is a rate
 * for /v1/admin/stats, and a batch lost before it is written only nudges it.
 */
export const batchTally = () => {
  const hours = new Map<string, { at: Date; tally: DeliveryTally }>();
  return {
    count(succeeded: boolean, at: Date) {
      const hour = tallyHourOf(at);
      const entry = hours.get(hour) ?? { at, tally: { succeeded: 0, failed: 0 } };
      if (succeeded) entry.tally.succeeded++;
      else entry.tally.failed++;
      hours.set(hour, entry);
    },
    /** Writes the counts (nothing when the batch made no attempt) and starts again from zero. */
    async flush(store: Pick<DeliveryTallyStore, 'add'>) {
      const entries = [...hours.values()];
      hours.clear();
      await Promise.all(entries.map(({ at, tally }) => store.add(at, tally)));
    },
  } satisfies AttemptCounter & { flush(store: Pick<DeliveryTallyStore, 'add'>): Promise<void> };
};
