import { keys, entityTypes } from '../data/keys';
import { createCondition } from '../data/versioned-update';
import type { RestartRecords } from './restart';

/** A restart's record lives a week: long enough to see in the table, no longer. */
const RECORD_SECONDS = 7 * 24 * 60 * 60;

/**
 * The record of a restart, put with the instance's move to RESTARTING: the table's stream starts the
 * workflow from it (stream-consumers.ts filters `InstanceRestart` inserts). Nothing reads it otherwise.
 */
export const dynamoRestartRecords = (tableName: string): RestartRecords => ({
  createPart: (restart) => ({
    label: 'restart',
    write: {
      Put: {
        TableName: tableName,
        Item: {
          ...keys.instanceRestart(restart.subscriptionId, restart.id),
          type: entityTypes.instanceRestart,
          schemaVersion: 1,
          ...restart,
          createdAt: restart.requestedAt,
          expiresAt: Math.floor(Date.parse(restart.requestedAt) / 1000) + RECORD_SECONDS,
        },
        ...createCondition,
      },
    },
  }),
});
