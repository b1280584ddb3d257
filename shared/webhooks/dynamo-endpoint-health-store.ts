import { UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { isConditionFailure } from '../data/data-errors';
import { keys } from '../data/keys';
import { versionedUpdate } from '../data/versioned-update';
import { commitWithEvents } from '../events/outbox';
import type { HealthChange } from './endpoint-health';
import type { EndpointHealthStore } from './endpoint-health-store';
import type { WebhookOwner } from './webhook-endpoint';

type Update = { UpdateExpression: string; ConditionExpression: string; ExpressionAttributeNames: Record<string, string>; ExpressionAttributeValues: Record<string, unknown> };

const names = { '#first': 'firstFailureAt', '#notified': 'failingNotifiedAt', '#lastSuccess': 'lastSuccessAt', '#enabled': 'enabled' };

/**
 * The conditional write on the endpoint item that makes one health change (at `now`); also sent, for a
 * `touch`, in the transaction that logs a successful attempt (dynamo-delivery-attempt-store.ts).
 */
export const healthUpdate = (tableName: string, owner: WebhookOwner, endpointId: string, change: Exclude<HealthChange, { kind: 'none' }>, now: Date) => {
  const at = now.toISOString();
  let update: Update;
  switch (change.kind) {
    case 'touch':
      update = {
        UpdateExpression: 'SET #lastSuccess = :now',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#first)',
        ExpressionAttributeNames: { '#lastSuccess': names['#lastSuccess'], '#first': names['#first'] },
        ExpressionAttributeValues: { ':now': at },
      };
      break;
    case 'recover':
      update = {
        UpdateExpression: 'SET #lastSuccess = :now REMOVE #first, #notified',
        ConditionExpression: '#first = :seen',
        ExpressionAttributeNames: { '#lastSuccess': names['#lastSuccess'], '#first': names['#first'], '#notified': names['#notified'] },
        ExpressionAttributeValues: { ':now': at, ':seen': change.firstFailureAt },
      };
      break;
    case 'start-failing':
      update = {
        UpdateExpression: change.notify ? 'SET #first = :now, #notified = :now' : 'SET #first = :now',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#first) AND #enabled = :true',
        ExpressionAttributeNames: { '#first': names['#first'], '#enabled': names['#enabled'], ...(change.notify ? { '#notified': names['#notified'] } : {}) },
        ExpressionAttributeValues: { ':now': at, ':true': true },
      };
      break;
    case 'notify-failing':
      update = {
        UpdateExpression: 'SET #notified = :now',
        ConditionExpression: '#first = :seen AND attribute_not_exists(#notified)',
        ExpressionAttributeNames: { '#first': names['#first'], '#notified': names['#notified'] },
        ExpressionAttributeValues: { ':now': at, ':seen': change.firstFailureAt },
      };
      break;
    case 'disable':
      update = versionedUpdate(
        { enabled: false, disabledReason: change.reason },
        { now: at, remove: ['firstFailureAt', 'failingNotifiedAt'], condition: { expression: '#enabledNow = :on', names: { '#enabledNow': 'enabled' }, values: { ':on': true } } },
      );
      break;
  }
  return { TableName: tableName, Key: keys.webhookEndpoint(owner, endpointId), ...update };
};

/**
 * The health fields are the platform's bookkeeping, not the owner's settings: they leave `version` and
 * `updatedAt` alone (a rotation racing a delivery must not fail for it), except disabling, which changes
 * what the owner sees and so is a versioned update like theirs.
 */
export const dynamoEndpointHealthStore = (db: DocumentClient, tableName: string): EndpointHealthStore => ({
  async apply(owner, endpointId, change, now, events) {
    const update = healthUpdate(tableName, owner, endpointId, change, now);
    try {
      if (events.length) await commitWithEvents(db, tableName, [{ Update: update }], events);
      else await db.send(new UpdateCommand(update));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  },
});
