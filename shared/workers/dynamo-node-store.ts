import { GetCommand, TransactWriteCommand, UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { ulid } from 'ulid';
import { unauthorized } from '../auth/bearer-token';
import { failedConditionIndexes, isConditionFailure, onConditionFailure } from '../data/data-errors';
import { entityTypes, keys } from '../data/keys';
import { queryAllItems } from '../data/query-pages';
import { queryPage } from '../data/query-page';
import { versionedUpdate } from '../data/versioned-update';
import { conflict, notFound } from '../errors/app-error';
import type { Heartbeat } from './agent-contract';
import { agentTokenCondition } from './dynamo-agent-token-store';
import { nodeIdSchema, nodeSchema, type NodeStatus, type WorkerNode } from './node';
import type { NodeStore, Reservation } from './node-store';

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

/** An instance's reservation added to a node's map and totals (reserve and recordPlacement differ only in their condition). */
const ADD_RESERVATION =
  'SET reservations.#instance = :reservation, reservedCpuMillicores = if_not_exists(reservedCpuMillicores, :zero) + :cpu, reservedMemoryMiB = if_not_exists(reservedMemoryMiB, :zero) + :memory';

/** The values ADD_RESERVATION reads. */
const addReservationValues = (request: { cpuMillicores: number; memoryMiB: number }) => ({
  ':reservation': request,
  ':zero': 0,
  ':cpu': request.cpuMillicores,
  ':memory': request.memoryMiB,
});

export const dynamoNodeStore = (db: DocumentClient, tableName: string): NodeStore => {
  const byName = async (name: string) => {
    const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.node(name), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  };

  /**
   * Only on the failure path: tell a node that was never registered (404, register again) from a bad or
   * revoked token (401). A valid token the node did not register with (a rotated token) is also told to
   * register again, which moves the node to it.
   */
  /**
   * Why a heartbeat's conditional update failed: the node is unknown, the token is refused, or (undefined) the
   * heartbeat is stale, older than the draining one already recorded, and changes nothing.
   */
  const whyRefused = async (heartbeat: { nodeName: string; draining?: boolean }, sentAt: string, credential: { tokenId: string; secretHash: string }) => {
    const nodeName = heartbeat.nodeName;
    const node = await db.send(
      new GetCommand({
        TableName: tableName,
        Key: keys.node(nodeName),
        ConsistentRead: true,
        ProjectionExpression: 'tokenId, tokenSecretHash, tokenRevokedAt, draining, lastSentAt',
      }),
    );
    if (!node.Item) return notFound(`The node "${nodeName}" (register it first)`);
    if (node.Item.tokenId === credential.tokenId) {
      const accepted = node.Item.tokenSecretHash === credential.secretHash && node.Item.tokenRevokedAt === undefined;
      const stale = !heartbeat.draining && node.Item.draining === true && String(node.Item.lastSentAt) > sentAt;
      return accepted && stale ? undefined : tokenRefused();
    }
    const token = await db.send(new GetCommand({ TableName: tableName, Key: keys.agentToken(credential.tokenId), ConsistentRead: true }));
    const valid = token.Item && token.Item.secretHash === credential.secretHash && token.Item.revokedAt === undefined;
    return valid ? notFound(`The node "${nodeName}" is registered with another token (register it again)`) : tokenRefused();
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
        // The node keeps the credential it registered with, so a heartbeat checks it on this very item.
        tokenId: credential.tokenId,
        tokenSecretHash: credential.secretHash,
      };
      try {
        await db.send(
          new TransactWriteCommand({
            TransactItems: [
              { ConditionCheck: agentTokenCondition(tableName, credential) },
              existing
                ? {
                    Update: {
                      TableName: tableName,
                      Key: keys.node(input.nodeName),
                      ...versionedUpdate(fields, { now, remove: ['tokenRevokedAt'], condition: { expression: '#id = :id', names: { '#id': 'id' }, values: { ':id': id } } }),
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
              { Put: { TableName: tableName, Item: { ...keys.agentTokenNode(credential.tokenId, input.nodeName), type: entityTypes.agentTokenNode, nodeName: input.nodeName } } },
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
      // One format, so the times compare as strings in the condition.
      const sentAt = new Date(heartbeat.sentAt).toISOString();
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.node(heartbeat.nodeName),
            ...versionedUpdate(
              {
                ...keys.nodeHealth('HEALTHY', receivedAt),
                status: 'HEALTHY',
                lastHeartbeatAt: receivedAt,
                lastSentAt: sentAt,
                agentVersion: heartbeat.agentVersion,
                draining: heartbeat.draining ?? false,
                usage: usageOf(heartbeat),
                kubernetes: heartbeat.kubernetes,
              },
              {
                now: receivedAt,
                condition: {
                  // A heartbeat the agent sent before its draining one, but that arrived after it (it was in
                  // flight when the agent stopped), must not undo the draining.
                  expression: `tokenId = :tokenId AND tokenSecretHash = :secretHash AND attribute_not_exists(tokenRevokedAt)${
                    heartbeat.draining ? '' : ' AND (attribute_not_exists(lastSentAt) OR draining <> :draining OR lastSentAt <= :sentAt)'
                  }`,
                  values: { ':tokenId': credential.tokenId, ':secretHash': credential.secretHash, ...(heartbeat.draining ? {} : { ':draining': true, ':sentAt': sentAt }) },
                },
              },
            ),
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        const refusal = await whyRefused(heartbeat, sentAt, credential);
        if (refusal) throw refusal;
      }
    },

    list: (page) => queryPage(db, { tableName, partition: { GSI1PK: keys.nodeListing('').GSI1PK } }, page, fromItem),

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

    async countByStatus() {
      // Nodes are few: one Query of the by-name index, reading only each node's status, counted here.
      const items = await queryAllItems(db, {
        TableName: tableName,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :p',
        ExpressionAttributeValues: { ':p': keys.nodeListing('').GSI1PK },
        ProjectionExpression: '#status',
        ExpressionAttributeNames: { '#status': 'status' },
      });
      const counts: Record<NodeStatus, number> = { HEALTHY: 0, UNHEALTHY: 0, OFFLINE: 0 };
      for (const item of items) if (typeof item.status === 'string' && item.status in counts) counts[item.status as NodeStatus] += 1;
      return counts;
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
            UpdateExpression: ADD_RESERVATION,
            ConditionExpression:
              '#status = :healthy AND schedulable = :true AND attribute_not_exists(reservations.#instance) AND (attribute_not_exists(reservedCpuMillicores) OR reservedCpuMillicores <= :cpuRoom) AND (attribute_not_exists(reservedMemoryMiB) OR reservedMemoryMiB <= :memoryRoom)',
            ExpressionAttributeNames: { '#instance': instanceId, '#status': 'status' },
            ExpressionAttributeValues: {
              ...addReservationValues(request),
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

    async recordPlacement(nodeName, instanceId, request) {
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.node(nodeName),
            UpdateExpression: ADD_RESERVATION,
            ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(reservations.#instance)',
            ExpressionAttributeNames: { '#instance': instanceId },
            ExpressionAttributeValues: addReservationValues(request),
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return true;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        // An existing node item comes back with the failure: the reservation is there already (a retried step).
        return Boolean((error as { Item?: unknown }).Item);
      }
    },

    async resizeReservation(nodeName, instanceId, request, allocatable) {
      const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: keys.node(nodeName), ConsistentRead: true, ProjectionExpression: 'reservations.#instance', ExpressionAttributeNames: { '#instance': instanceId } }));
      const held = (Item?.reservations as Record<string, Reservation> | undefined)?.[instanceId];
      if (!held) return 'absent';
      if (held.cpuMillicores === request.cpuMillicores && held.memoryMiB === request.memoryMiB) return 'resized';
      const cpu = request.cpuMillicores - held.cpuMillicores;
      const memory = request.memoryMiB - held.memoryMiB;
      try {
        await db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.node(nodeName),
            UpdateExpression: 'SET reservations.#instance = :reservation, reservedCpuMillicores = reservedCpuMillicores + :cpu, reservedMemoryMiB = reservedMemoryMiB + :memory',
            // On what was read (a concurrent resize makes this fail and the caller's retry read again), and,
            // for what grows, only when the rest of the node's reservations leave room for the difference.
            ConditionExpression: [
              'reservations.#instance.cpuMillicores = :heldCpu AND reservations.#instance.memoryMiB = :heldMemory',
              ...(cpu > 0 ? ['reservedCpuMillicores <= :cpuRoom'] : []),
              ...(memory > 0 ? ['reservedMemoryMiB <= :memoryRoom'] : []),
            ].join(' AND '),
            ExpressionAttributeNames: { '#instance': instanceId },
            ExpressionAttributeValues: {
              ':reservation': request,
              ':cpu': cpu,
              ':memory': memory,
              ':heldCpu': held.cpuMillicores,
              ':heldMemory': held.memoryMiB,
              ...(cpu > 0 && { ':cpuRoom': allocatable.cpuMillicores - cpu }),
              ...(memory > 0 && { ':memoryRoom': allocatable.memoryMiB - memory }),
            },
          }),
        );
        return 'resized';
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        return 'no-room';
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
