import { describe, expect, it } from 'vitest';
import { batchEndpointReads } from '../../../shared/webhooks/batch-endpoint-reads';
import type { WebhookOwner } from '../../../shared/webhooks/webhook-endpoint';
import type { DeliverableWebhookEndpoint } from '../../../shared/webhooks/webhook-endpoint-store';

const customer = (userId: string): WebhookOwner => ({ kind: 'customer', userId });
const endpointOf = (owner: WebhookOwner, id: string) => ({ id, owner, url: `https://hooks.example.com/${id}` }) as unknown as DeliverableWebhookEndpoint;

/** A store answering every endpoint but `missing`, recording what each of its calls asked. */
const recordingStore = (missing = 'NONE') => {
  const calls: { owner: WebhookOwner; id: string }[][] = [];
  return {
    calls,
    getEndpointsForDelivery: async (wanted: readonly { owner: WebhookOwner; id: string }[]) => {
      calls.push([...wanted]);
      return wanted.map(({ owner, id }) => (id === missing ? undefined : endpointOf(owner, id)));
    },
  };
};

describe('a delivery batch’s endpoint reads', () => {
  it('ask the store once for what the deliveries ask side by side, each endpoint once, and answer each its own', async () => {
    const store = recordingStore('GONE');
    const reads = batchEndpointReads(store);
    const answers = await Promise.all([
      reads.getEndpointForDelivery(customer('U1'), 'A'),
      reads.getEndpointForDelivery(customer('U2'), 'A'),
      reads.getEndpointForDelivery(customer('U1'), 'A'),
      reads.getEndpointForDelivery(customer('U1'), 'GONE'),
      reads.getEndpointForDelivery({ kind: 'platform' }, 'B'),
    ]);
    expect(store.calls).toEqual([[{ owner: customer('U1'), id: 'A' }, { owner: customer('U2'), id: 'A' }, { owner: customer('U1'), id: 'GONE' }, { owner: { kind: 'platform' }, id: 'B' }]]);
    expect(answers.map((endpoint) => endpoint && [endpoint.owner, endpoint.id])).toEqual([[customer('U1'), 'A'], [customer('U2'), 'A'], [customer('U1'), 'A'], undefined, [{ kind: 'platform' }, 'B']]);
  });

  it('read again for a later ask: nothing is kept past the read that answered it', async () => {
    const store = recordingStore();
    const reads = batchEndpointReads(store);
    await reads.getEndpointForDelivery(customer('U1'), 'A');
    await reads.getEndpointForDelivery(customer('U1'), 'A');
    expect(store.calls).toHaveLength(2);
  });

  it('fail every delivery that asked when the read fails', async () => {
    const reads = batchEndpointReads({ getEndpointsForDelivery: async () => Promise.reject(new Error('throttled')) });
    const outcomes = await Promise.allSettled([reads.getEndpointForDelivery(customer('U1'), 'A'), reads.getEndpointForDelivery(customer('U1'), 'B')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
  });
});
