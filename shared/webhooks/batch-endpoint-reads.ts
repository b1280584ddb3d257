import type { WebhookOwner } from './webhook-endpoint';
import type { DeliverableWebhookEndpoint, WebhookEndpointStore } from './webhook-endpoint-store';

type Wanted = { owner: WebhookOwner; id: string; now: Date; resolve: (endpoint: DeliverableWebhookEndpoint | undefined) => void; reject: (error: unknown) => void };

/**
 * The endpoint reads of one delivery consumer batch: the deliveries ask for their endpoint side by side, and
 * what they ask within one turn of the event loop is read in one consistent BatchGetItem (each endpoint
 * once), not a GetItem each: a batch of ten deliveries costs one read instead of ten. Each read is as fresh
 * as its own GetItem would be: none is kept past the request that answered it.
 */
export const batchEndpointReads = (store: Pick<WebhookEndpointStore, 'getEndpointsForDelivery'>): Pick<WebhookEndpointStore, 'getEndpointForDelivery'> => {
  let waiting: Wanted[] = [];
  const read = async () => {
    const asked = waiting;
    waiting = [];
    const keyOf = ({ owner, id }: Pick<Wanted, 'owner' | 'id'>) => `${owner.kind === 'customer' ? owner.userId : ''} ${id}`;
    const distinct = [...new Map(asked.map(({ owner, id }) => [keyOf({ owner, id }), { owner, id }])).values()];
    try {
      // One `now` for the batch's secrets: the earliest asked, so a secret still active for any of them is kept.
      const now = new Date(Math.min(...asked.map((wanted) => wanted.now.getTime())));
      const found = await store.getEndpointsForDelivery(distinct, now);
      const byKey = new Map(distinct.map((wanted, i) => [keyOf(wanted), found[i]]));
      for (const wanted of asked) wanted.resolve(byKey.get(keyOf(wanted)));
    } catch (error) {
      for (const wanted of asked) wanted.reject(error);
    }
  };
  return {
    getEndpointForDelivery: (owner, id, now = new Date()) =>
      new Promise((resolve, reject) => {
        if (!waiting.length) setImmediate(() => void read());
        waiting.push({ owner, id, now, resolve, reject });
      }),
  };
};
