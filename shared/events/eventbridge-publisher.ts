import type { EventBridgeApi } from '../aws/eventbridge/eventbridge-api';
import { busDetailOf } from './bus-envelope';
import { EVENT_SOURCE } from './event-catalogue';
import type { EventPublisher } from './event-publisher';

const PUT_EVENTS_LIMIT = 10;

/** Puts events on an EventBridge bus, ten per request, and fails loudly if any entry is refused. */
export const eventBridgePublisher = (client: EventBridgeApi, busName: string): EventPublisher => ({
  async publish(events) {
    for (let start = 0; start < events.length; start += PUT_EVENTS_LIMIT) {
      const chunk = events.slice(start, start + PUT_EVENTS_LIMIT);
      const result = await client.PutEvents({
        Entries: chunk.map((event) => ({
          EventBusName: busName,
          Source: EVENT_SOURCE,
          DetailType: event.type,
          // The protocol's timestamps are epoch seconds.
          Time: Date.parse(event.occurredAt) / 1000,
          Detail: JSON.stringify(busDetailOf(event)),
        })),
      });
      if (result.FailedEntryCount) {
        const codes = (result.Entries ?? []).map((entry) => entry.ErrorCode).filter(Boolean);
        throw new Error(`EventBridge refused ${result.FailedEntryCount} of ${chunk.length} events: ${codes.join(', ')}`);
      }
    }
  },
});
