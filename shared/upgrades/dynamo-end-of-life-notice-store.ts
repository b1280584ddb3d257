import type { DocumentClient } from '../aws/dynamodb';
import { isConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import { commitWithEvents } from '../events/outbox';
import type { EndOfLifeNoticeStore } from './end-of-life-notices';

/** A notice is remembered for 60 days: past any version's end of life it was given for. */
const NOTICE_SECONDS = 60 * 24 * 3600;

export const dynamoEndOfLifeNoticeStore = (db: DocumentClient, tableName: string): EndOfLifeNoticeStore => ({
  async claim(instanceId, version, thresholdDays, event) {
    try {
      await commitWithEvents(
        db,
        tableName,
        [
          {
            Put: {
              TableName: tableName,
              Item: {
                ...keys.endOfLifeNotice(instanceId, version, thresholdDays),
                type: entityTypes.endOfLifeNotice,
                createdAt: event.occurredAt,
                expiresAt: Math.floor(Date.parse(event.occurredAt) / 1000) + NOTICE_SECONDS,
              },
              ...createCondition,
            },
          },
        ],
        [event],
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },
});
