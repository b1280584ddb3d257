import type { DomainEvent } from './domain-event';

/** The port through which events reach the bus: EventBridge in AWS, the local bus on this machine. */
export interface EventPublisher {
  publish(events: readonly DomainEvent[]): Promise<void>;
}
