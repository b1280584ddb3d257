import type { CommitPart } from '../data/commit-part';
import type { DomainEvent } from '../events/domain-event';
import type { InboundSource } from './inbound-sources';

export type ClaimOutcome = 'claimed' | 'duplicate';

/**
 * Applying each inbound event once (DESIGN section 7): an event's claim is a conditional put, with a TTL,
 * committed in the same transaction as what the event changes, so a redelivered event finds its claim and
 * changes nothing, and an event whose change failed left no claim behind and can be applied when resent.
 */
export interface InboundClaims {
  /** Claims the key with the events it causes, in one write: `duplicate` (nothing written) when it was claimed. */
  claim(source: InboundSource, key: string, events: readonly DomainEvent[]): Promise<ClaimOutcome>;
  /** The claim as a part of another store's change (an instance's health move): its failure rejects the change. */
  claimPart(source: InboundSource, key: string): CommitPart;
}
