import { UpdateCommand, type DocumentClient } from '../aws/dynamodb';
import { isConditionFailure, onConditionFailure } from '../data/data-errors';
import { queryAllItems } from '../data/query-pages';
import { queryPage } from '../data/query-page';
import { entityTypes, keys } from '../data/keys';
import { putNew } from '../data/put-new';
import { notFound } from '../errors/app-error';
import { agentTokenSchema } from './agent-token';
import type { AgentTokenStore } from './agent-token-store';

const fromItem = (item: Record<string, unknown>) =>
  agentTokenSchema.parse({ id: item.id, name: item.name, createdAt: item.createdAt, revokedAt: item.revokedAt });

export const dynamoAgentTokenStore = (db: DocumentClient, tableName: string): AgentTokenStore => ({
  async create(token) {
    await putNew(db, tableName, { ...keys.agentToken(token.id), ...keys.agentTokenListing(token.id), type: entityTypes.agentToken, ...token });
  },

  list: (page) => queryPage(db, { tableName, partition: { GSI1PK: keys.agentTokenListing('').GSI1PK }, descending: true }, page, fromItem),

  async revoke(id, now) {
    await onConditionFailure(
      () =>
        db.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.agentToken(id),
            UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :now)',
            ConditionExpression: 'attribute_exists(PK)',
            ExpressionAttributeValues: { ':now': now },
          }),
        ),
      () => notFound('The agent token'),
    );
    // The token is refused for new registrations from here on; the nodes that registered with it carry a
    // copy of it (so a heartbeat is one write) and are marked too, found under the token's own partition.
    const links = await queryAllItems(db, {
      TableName: tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.agentToken(id).PK, ':prefix': keys.agentTokenNodePrefix },
      ConsistentRead: true,
    });
    for (const link of links) {
      await db
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.node(String(link.nodeName)),
            UpdateExpression: 'SET tokenRevokedAt = :now',
            ConditionExpression: 'tokenId = :id',
            ExpressionAttributeValues: { ':now': now, ':id': id },
          }),
        )
        .catch((error) => {
          // The node moved to another token or was deleted: nothing to revoke there.
          if (!isConditionFailure(error)) throw error;
        });
    }
  },
});

/** The token half of a registration: the token must exist with this secret and not be revoked. */
export const agentTokenCondition = (tableName: string, credential: { tokenId: string; secretHash: string }) => ({
  TableName: tableName,
  Key: keys.agentToken(credential.tokenId),
  ConditionExpression: 'secretHash = :secretHash AND attribute_not_exists(revokedAt)',
  ExpressionAttributeValues: { ':secretHash': credential.secretHash },
});
