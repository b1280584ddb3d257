import { EventBus } from 'aws-cdk-lib/aws-events';
import { Construct } from 'constructs';

/**
 * The platform's own bus for domain events (DESIGN section 3's event catalogue). Only the outbox forwarder
 * puts events on it; rules to queues and webhook fan-out attach to it in later issues.
 */
export class PlatformEventBus extends Construct {
  readonly bus: EventBus;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // No fixed name: two stacks (stages, developers) in one account must not collide.
    this.bus = new EventBus(this, 'Bus', { description: 'Domain events of the PaaS platform' });
  }
}
