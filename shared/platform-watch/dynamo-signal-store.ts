import type { DocumentClient } from '../aws/dynamodb';
import { failedConditionIndexes } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryAllItems } from '../data/query-pages';
import { commitWithEvents } from '../events/outbox';
import type { Signal } from './signals';

export interface SignalStore {
  /** Each signal's state as last recorded, by key; a signal never recorded is absent (it counts as cleared). */
  recorded(): Promise<ReadonlyMap<string, boolean>>;
  /** Records the signal's state; true when it changed, and then its event was committed with the change. */
  record(signal: Signal, now: string): Promise<boolean>;
}

/**
 * One item per signal under PLATFORM#SIGNALS. A change of state and its event are one transaction,
 * conditional on the state being the other one (a signal never seen counts as cleared), so two watches at
 * once, or a re-run, tell each change once.
 */
export const dynamoSignalStore = (db: DocumentClient, tableName: string): SignalStore => ({
  async recorded() {
    const { PK, SK: prefix } = keys.platformSignal('');
    const items = await queryAllItems(db, { TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': PK } });
    return new Map(items.map((item) => [String(item.SK).slice(prefix.length), item.raised === true]));
  },
  async record(signal, now) {
    try {
      await commitWithEvents(
        db,
        tableName,
        [
          {
            Update: {
              TableName: tableName,
              Key: keys.platformSignal(signal.key),
              UpdateExpression: 'SET #type = :type, raised = :raised, changedAt = :now',
              // Only a change: raised from cleared (or never seen), cleared from raised.
              ConditionExpression: signal.raised ? 'attribute_not_exists(raised) OR raised <> :raised' : 'attribute_exists(raised) AND raised <> :raised',
              ExpressionAttributeNames: { '#type': 'type' },
              ExpressionAttributeValues: { ':type': entityTypes.platformSignal, ':raised': signal.raised, ':now': now },
            },
          },
        ],
        [signal.raised ? signal.onRaise : signal.onClear],
      );
      return true;
    } catch (error) {
      if (failedConditionIndexes(error).includes(0)) return false;
      throw error;
    }
  },
});
