import type { DomainEvent } from '../../shared/events/domain-event';
import type { EventPublisher } from '../../shared/events/event-publisher';
import { logger } from '../../shared/logging/logger';

export type EventListener = (event: DomainEvent) => void | Promise<void>;

/**
 * The local EventBridge bus: receives what the outbox forwarder publishes, logs it, keeps the recent ones
 * for inspection and hands each to the listeners (the rules of later features: webhook fan-out, say).
 */
export const createLocalEventBus = (keep = 500) => {
  const recent: DomainEvent[] = [];
  const listeners = new Set<EventListener>();
  const publisher: EventPublisher = {
    async publish(events) {
      for (const event of events) {
        recent.push(event);
        if (recent.length > keep) recent.shift();
        logger.info('local bus: event', { eventId: event.id, eventType: event.type });
        for (const listener of listeners) await listener(event);
      }
    },
  };
  return {
    publisher,
    recent: (): readonly DomainEvent[] => recent,
    subscribe(listener: EventListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export type LocalEventBus = ReturnType<typeof createLocalEventBus>;
