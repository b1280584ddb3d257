import { GetCommand, type DocumentClient } from '../aws/dynamodb';
import { batchGetItems } from '../data/batch-get';
import { CommitPartRejected } from '../data/commit-part';
import { failedConditionIndexes, isConditionFailure } from '../data/data-errors';
import { keys } from '../data/keys';
import { conflict } from '../errors/app-error';
import { commitWithEvents } from '../events/outbox';
import type { InstanceHealthStore } from './instance-health-store';
import { instanceSchema } from './subscription';

const instanceKeys = Object.keys(instanceSchema.shape);
const instanceOf = (item: Record<string, unknown>) =>
  instanceSchema.parse(Object.fromEntries(instanceKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])));

export const dynamoInstanceHealthStore = (db: DocumentClient, tableName: string): InstanceHealthStore => ({
  async getInstance(instanceId) {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.instance(instanceId), ConsistentRead: true }));
    return Item ? instanceOf(Item) : undefined;
  },

  async getInstances(instanceIds) {
    const items = await batchGetItems(db, tableName, instanceIds.map((id) => keys.instance(id)), { consistentRead: true });
    return new Map(items.map((item) => instanceOf(item)).map((instance) => [instance.id, instance]));
  },

  async moveHealth(current, move, events, parts) {
    const values: Record<string, unknown> = { ':from': current.status, ':to': move.to, ':now': move.now, ':one': 1, ':zero': 0, ':none': [], ':step': [move.step] };
    const sets = ['#status = :to', 'updatedAt = :now', '#version = if_not_exists(#version, :zero) + :one', 'steps = list_append(if_not_exists(steps, :none), :step)'];
    if (move.degradation) (sets.push('degradation = :degradation'), (values[':degradation'] = move.degradation));
    try {
      await commitWithEvents(
        db,
        tableName,
        [
          {
            Update: {
              TableName: tableName,
              Key: keys.instance(current.id),
              UpdateExpression: `SET ${sets.join(', ')}${move.degradation ? '' : ' REMOVE degradation'}`,
              ConditionExpression: 'attribute_exists(PK) AND #status = :from',
              ExpressionAttributeNames: { '#status': 'status', '#version': 'version' },
              ExpressionAttributeValues: values,
            },
          },
          ...parts.map((part) => part.write as NonNullable<Parameters<typeof commitWithEvents>[2]>[number]),
        ],
        events,
      );
    } catch (error) {
      const rejected = failedConditionIndexes(error).find((index) => index >= 1 && index <= parts.length);
      if (rejected !== undefined) throw new CommitPartRejected(parts[rejected - 1]!);
      if (isConditionFailure(error)) throw conflict(`The instance changed while this was handled (it was ${current.status}).`);
      throw error;
    }
    const { degradation: _previous, ...rest } = current;
    return { ...rest, status: move.to, updatedAt: move.now, steps: [...current.steps, move.step], ...(move.degradation ? { degradation: move.degradation } : {}) };
  },
});
