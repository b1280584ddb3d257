import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { unauthorized } from '../auth/bearer-token';
import { decodeCursor, encodeCursor } from '../data/cursor';
import { failedConditionIndexes, isConditionFailure, onConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryAllItems } from '../data/query-pages';
import { versionedUpdate } from '../data/versioned-update';
import { conflict, notFound } from '../errors/app-error';
import type { Heartbeat } from './agent-contract';
import { agentTokenCondition } from './dynamo-agent-token-store';
import { nodeIdSchema, nodeSchema, type WorkerNode } from './node';
import type { NodeStore } from './node-store';

/** Absent attributes (no heartbeat yet, no cluster) read as null; nulls are never stored, streams choke on them. */
const fromItem = (item: Record<string, unknown>): WorkerNode =>
  nodeSchema.parse({
    id: item.id,
    name: item.name,
    status: item.status,
    schedulable: item.schedulable,
    draining: item.draining ?? false,
    labels: item.labels ?? {},
    agentVersion: item.agentVersion,
    registeredAt: item.registeredAt,
    lastHeartbeatAt: item.lastHeartbeatAt,
    system: item.system,
    usage: item.usage ?? null,
    kubernetes: item.kubernetes ?? null,
    instanceCount: item.instanceCount ?? 0,
  });

const usageOf = (heartbeat: Heartbeat) => ({
  cpuPercent: heartbeat.cpu.usagePercent,
  memoryUsedBytes: heartbeat.memory.usedBytes,
  diskUsedBytes: heartbeat.disk.usedBytes,
  load: heartbeat.load,
  uptimeSeconds: heartbeat.uptimeSeconds,
});

const tokenRefused = () => unauthorized('The agent token is unknown or revoked.');

export const dynamoNodeStore = (db: DynamoDBDocumentClient, tableName: string): NodeStore => {
  const byName = async (name: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.node(name), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  };

  return {
    async register(input, credential, now) {
      const existing = await byName(input.nodeName);
      const id = existing?.id ?? ulid(Date.parse(now));
      const fields = {
        ...keys.nodeListing(input.nodeName),
        ...keys.nodeHealth('HEALTHY', now),
        type: entityTypes.node,
        schemaVersion: 1,
        name: input.nodeName,
        status: 'HEALTHY',
        draining: false,
        agentVersion: input.agentVersion,
        system: input.system,
        kubernetes: input.kubernetes ?? existing?.kubernetes ?? undefined,
        lastHeartbeatAt: now,
      };
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              { Update: { ...agentTokenCondition(tableName, credential), UpdateExpression: 'SET lastRegisteredAt = :now', ExpressionAttributeValues: { ...agentTokenCondition(tableName, credential).ExpressionAttributeValues, ':now': now } } },
              existing
                ? {
                    Update: {
                      TableName: tableName,
                      Key: keys.node(input.nodeName),
                      ...versionedUpdate(fields, { now, expectedVersion: undefined, condition: { expression: '#id = :id', names: { '#id': 'id' }, values: { ':id': id } } }),
                    },
                  }
                : {
                    Put: {
                      TableName: tableName,
                      Item: { ...keys.node(input.nodeName), ...fields, id, schedulable: true, labels: {}, reservations: {}, instanceCount: 0, registeredAt: now, createdAt: now, updatedAt: now, version: 1 },
                      ConditionExpression: 'attribute_not_exists(PK)',
                    },
                  },
              { Put: { TableName: tableName, Item: { ...keys.nodeIdPointer(id), type: entityTypes.nodeIdPointer, name: input.nodeName } } },
            ],
          }),
        );
      } catch (error) {
        const failed = failedConditionIndexes(error);
        if (failed.includes(0)) throw tokenRefused();
        if (failed.includes(1)) throw conflict('The node was registered by another request at the same moment; retry.');
        throw error;
      }
      return (await byName(input.nodeName))!;
    },

    async heartbeat(heartbeat, credential, receivedAt) {
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              { ConditionCheck: agentTokenCondition(tableName, credential) },
              {
                Update: {
                  TableName: tableName,
                  Key: keys.node(heartbeat.nodeName),
                  ...versionedUpdate(
                    {
                      ...keys.nodeHealth('HEALTHY', receivedAt),
                      status: 'HEALTHY',
                      lastHeartbeatAt: receivedAt,
                      agentVersion: heartbeat.agentVersion,
                      draining: heartbeat.draining ?? false,
                      usage: usageOf(heartbeat),
                      kubernetes: heartbeat.kubernetes,
                    },
                    { now: receivedAt },
                  ),
                },
              },
            ],
          }),
        );
      } catch (error) {
        const failed = failedConditionIndexes(error);
        if (failed.includes(0)) throw tokenRefused();
        if (failed.includes(1)) throw notFound(`The node "${heartbeat.nodeName}" (register it first)`);
        throw error;
      }
    },

    async list({ limit, cursor }) {
      const partition = keys.nodeListing('').GSI1PK;
      const { Items = [], LastEvaluatedKey } = await db.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :p',
          ExpressionAttributeValues: { ':p': partition },
          Limit: limit,
          ExclusiveStartKey: decodeCursor(cursor, { GSI1PK: partition }),
        }),
      );
      return { items: Items.map(fromItem), nextCursor: encodeCursor(LastEvaluatedKey) };
    },

    async get(idOrName) {
      if (!nodeIdSchema.safeParse(idOrName).success) return byName(idOrName);
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.nodeIdPointer(idOrName) }));
      return Item ? byName(String(Item.name)) : undefined;
    },

    async update(node, changes, now) {
      await onConditionFailure(
        () => db.send(new UpdateCommand({ TableName: tableName, Key: keys.node(node.name), ...versionedUpdate(changes, { now }) })),
        () => notFound(`The node "${node.name}"`),
      );
      return (await byName(node.name))!;
    },

    async delete(node) {
      await db.send(
        new TransactWriteCommand({
          TransactItems: [
            { Delete: { TableName: tableName, Key: keys.node(node.name) } },
            { Delete: { TableName: tableName, Key: keys.nodeIdPointer(node.id) } },
          ],
        }),
      );
    },

    async silentSince(status, before) {
      const partition = keys.nodeHealth(status, '').GSI2PK;
      const items = await queryAllItems(db, {
        TableName: tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :p AND GSI2SK < :before',
        ExpressionAttributeValues: { ':p': partition, ':before': before },
        ProjectionExpression: '#name, #status, lastHeartbeatAt',
        ExpressionAttributeNames: { '#name': 'name', '#status': 'status' },
      });
      return items.map((item) => ({ name: String(item.name), status, lastHeartbeatAt: String(item.lastHeartbeatAt) }));
    },

    async healthyWithReservations() {
      const items = await queryAllItems(db, {
        TableName: tableName,
        IndexName: 'GSI2',
        KeyConditionExpression: 'GSI2PK = :p',
        ExpressionAttributeValues: { ':p': keys.nodeHealth('HEALTHY', '').GSI2PK },
      });
      return items.map((item) => ({
        ...fromItem(item),
        reserved: { cpuMillicores: Number(item.reservedCpuMillicores ?? 0), memoryMiB: Number(item.reservedMemoryMiB ?? 0) },
      }));
    },

    async reserve(nodeName, instanceId, request, allocatable) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.node(nodeName),
            // Conditions cannot add, so the room is computed here: what may already be reserved for this to fit.
            UpdateExpression:
              'SET reservations.#instance = :reservation, reservedCpuMillicores = if_not_exists(reservedCpuMillicores, :zero) + :cpu, reservedMemoryMiB = if_not_exists(reservedMemoryMiB, :zero) + :memory',
            ConditionExpression:
              '#status = :healthy AND schedulable = :true AND attribute_not_exists(reservations.#instance) AND (attribute_not_exists(reservedCpuMillicores) OR reservedCpuMillicores <= :cpuRoom) AND (attribute_not_exists(reservedMemoryMiB) OR reservedMemoryMiB <= :memoryRoom)',
            ExpressionAttributeNames: { '#instance': instanceId, '#status': 'status' },
            ExpressionAttributeValues: {
              ':reservation': request,
              ':zero': 0,
              ':cpu': request.cpuMillicores,
              ':memory': request.memoryMiB,
              ':healthy': 'HEALTHY',
              ':true': true,
              ':cpuRoom': allocatable.cpuMillicores - request.cpuMillicores,
              ':memoryRoom': allocatable.memoryMiB - request.memoryMiB,
            },
          }),
        );
        return true;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        // A retried step finds its own reservation already there: that is success, not a full node.
        const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.node(nodeName), ConsistentRead: true, ProjectionExpression: 'reservations.#instance', ExpressionAttributeNames: { '#instance': instanceId } }));
        return Boolean((Item?.reservations as Record<string, unknown> | undefined)?.[instanceId]);
      }
    },

    async release(nodeName, instanceId) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.node(nodeName), ConsistentRead: true, ProjectionExpression: 'reservations.#instance', ExpressionAttributeNames: { '#instance': instanceId } }));
      const held = (Item?.reservations as Record<string, { cpuMillicores: number; memoryMiB: number }> | undefined)?.[instanceId];
      if (!held) return;
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.node(nodeName),
            UpdateExpression: 'REMOVE reservations.#instance SET reservedCpuMillicores = reservedCpuMillicores - :cpu, reservedMemoryMiB = reservedMemoryMiB - :memory',
            ConditionExpression: 'attribute_exists(reservations.#instance)',
            ExpressionAttributeNames: { '#instance': instanceId },
            ExpressionAttributeValues: { ':cpu': held.cpuMillicores, ':memory': held.memoryMiB },
          }),
        );
      } catch (error) {
        // Released by a concurrent run of the same step: nothing left to do.
        if (!isConditionFailure(error)) throw error;
      }
    },

    async transition(node, to, now) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.node(node.name),
            ...versionedUpdate(
              { status: to, ...keys.nodeHealth(to, node.lastHeartbeatAt) },
              {
                now,
                condition: {
                  expression: '#status = :from AND lastHeartbeatAt = :seen',
                  names: { '#status': 'status' },
                  values: { ':from': node.status, ':seen': node.lastHeartbeatAt },
                },
              },
            ),
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
};
