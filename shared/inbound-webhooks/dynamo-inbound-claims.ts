import { PutCommand, type DocumentClient } from '../aws/dynamodb';
import { failedConditionIndexes, isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { commitWithEvents } from '../events/outbox';
import type { InboundClaims } from './inbound-claims';
import { INBOUND_CLAIM_SECONDS } from './inbound-sources';

/** The DynamoDB claims: `INBOUND#<source>#<key>`/`CLAIM`, refused while one exists and has not expired. */
export const dynamoInboundClaims = (db: DocumentClient, tableName: string, now: () => Date = () => new Date()): InboundClaims => {
  const claimPut = (source: string, key: string) => {
    const at = now();
    const seconds = Math.floor(at.getTime() / 1000);
    return {
      TableName: tableName,
      Item: { ...keys.inboundClaim(source, key), type: entityTypes.inboundClaim, source, createdAt: at.toISOString(), updatedAt: at.toISOString(), expiresAt: seconds + INBOUND_CLAIM_SECONDS },
      // TTL deletion is lazy: an expired claim no longer counts.
      ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
      ExpressionAttributeValues: { ':now': seconds },
    };
  };
  return {
    async claim(source, key, events) {
      try {
        if (events.length) await commitWithEvents(db, tableName, [{ Put: claimPut(source, key) }], events);
        else await db.send(new PutCommand(claimPut(source, key)));
        return 'claimed';
      } catch (error) {
        if (failedConditionIndexes(error).includes(0) || (!events.length && isConditionFailure(error))) return 'duplicate';
        throw error;
      }
    },
    claimPart: (source, key) => ({ label: 'inbound claim', write: { Put: claimPut(source, key) } }),
  };
};
