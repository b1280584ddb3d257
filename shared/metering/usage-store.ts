import type { UsageSample } from './usage-sample';

export interface StoredSample {
  subscriptionId: string;
  userId: string;
  sample: UsageSample;
  /** TTL, epoch seconds. */
  expiresAt: number;
}

/** Usage samples' storage port; the DynamoDB adapter is dynamo-usage-store.ts. */
export interface UsageStore {
  /** Puts the sample unless its hour is already metered for that instance: `exists` then, and nothing changes. */
  putSample(stored: StoredSample): Promise<'written' | 'exists'>;
  /** A subscription's samples whose hour starts in [from, to), oldest first. */
  listSamples(subscriptionId: string, range: { from: Date; to: Date }): Promise<UsageSample[]>;
}
