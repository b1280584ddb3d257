/**
 * Every key of the single table is built here and nowhere else (DESIGN section 4). The access patterns they
 * serve are listed in docs/access-patterns.md.
 */
export const keys = {
  service: (slug: string) => ({ PK: `SERVICE#${slug}`, SK: 'SERVICE' }),
  /** GSI1: services by activity, sorted by slug; a deactivated service moves to the INACTIVE partition. */
  serviceListing: (active: boolean, slug: string) => ({
    GSI1PK: active ? 'SERVICES#ACTIVE' : 'SERVICES#INACTIVE',
    GSI1SK: `SERVICE#${slug}`,
  }),
  outboxEvent: (eventId: string) => ({ PK: `OUTBOX#${eventId}`, SK: 'EVENT' }),

  user: (userId: string) => ({ PK: `USER#${userId}`, SK: 'PROFILE' }),
  /** GSI1: every account sorted by email (prefix search); GSI2: the same per status. */
  userListing: (email: string, status: string) => ({ GSI1PK: 'USERS', GSI1SK: email, GSI2PK: `USERS#${status}`, GSI2SK: email }),
  /** Owns an email address: its conditional create is what makes emails unique. */
  emailClaim: (email: string) => ({ PK: `EMAIL#${email}`, SK: 'EMAIL' }),
  session: (userId: string, sessionId: string) => ({ PK: `USER#${userId}`, SK: `SESSION#${sessionId}` }),
  sessionPrefix: 'SESSION#',
  /** A customer's subscriptions live under the account, so every lookup is scoped to its owner. */
  subscriptionPrefix: 'SUBSCRIPTION#',
  /** Worker nodes are keyed by name (what agents know); GSI1 lists them by name, GSI2 by status and last heartbeat. */
  node: (name: string) => ({ PK: `NODE#${name}`, SK: 'NODE' }),
  nodeListing: (name: string) => ({ GSI1PK: 'NODES', GSI1SK: name }),
  nodeHealth: (status: string, lastHeartbeatAt: string) => ({ GSI2PK: `NODES#${status}`, GSI2SK: lastHeartbeatAt }),
  /** Finds a node's name from its id, for the admin routes that accept either. */
  nodeIdPointer: (id: string) => ({ PK: `NODEID#${id}`, SK: 'NODE' }),
  agentToken: (id: string) => ({ PK: `AGENTTOKEN#${id}`, SK: 'TOKEN' }),
  agentTokenListing: (id: string) => ({ GSI1PK: 'AGENTTOKENS', GSI1SK: id }),
  /** Which nodes registered with a token, under the token's own partition: revocation finds them with one strongly consistent query. */
  agentTokenNode: (tokenId: string, nodeName: string) => ({ PK: `AGENTTOKEN#${tokenId}`, SK: `NODE#${nodeName}` }),
  agentTokenNodePrefix: 'NODE#',
  subscription: (userId: string, subscriptionId: string) => ({ PK: `USER#${userId}`, SK: `SUBSCRIPTION#${subscriptionId}` }),
  /** GSI1: every subscription, newest first, for administrators. */
  subscriptionListing: (createdAt: string, subscriptionId: string) => ({ GSI1PK: 'SUBSCRIPTIONS', GSI1SK: `${createdAt}#${subscriptionId}` }),
  /** Finds a subscription's owner from its id alone (administrators' routes). */
  subscriptionOwner: (subscriptionId: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: 'OWNER' }),
  /** Instances are keyed by their own id: the workflows know only that. */
  instance: (instanceId: string) => ({ PK: `INSTANCE#${instanceId}`, SK: 'INSTANCE' }),
  /** The answer to an `Idempotency-Key`, per customer. */
  idempotencyKey: (userId: string, key: string) => ({ PK: `IDEMPOTENCY#${userId}#${key}`, SK: 'REQUEST' }),
  /** A fixed-window counter (login failures per account or per source address). */
  rateCounter: (scope: string, subject: string) => ({ PK: `RATE#${scope}#${subject}`, SK: 'WINDOW' }),
  /**
   * Webhook endpoints live under their owner's partition (a customer's account, or the one platform partition
   * of the administrators' endpoints), so another owner's id is simply not found and the fan-out reads all of
   * an owner's endpoints with one Query.
   */
  webhookEndpoint: (owner: { kind: 'customer'; userId: string } | { kind: 'platform' }, endpointId: string) => ({
    PK: owner.kind === 'customer' ? `USER#${owner.userId}` : 'PLATFORM#WEBHOOKS',
    SK: `WEBHOOK#${endpointId}`,
  }),
  webhookEndpointPrefix: 'WEBHOOK#',
  /** An endpoint's delivery attempts, in their own partition, newest first by the ULID in the sort key; TTL ages them out. */
  webhookAttempt: (endpointId: string, attemptId: string) => ({ PK: `WEBHOOKLOG#${endpointId}`, SK: `ATTEMPT#${attemptId}` }),
  webhookAttemptPrefix: 'ATTEMPT#',
  /** Counts kept beside the data they count, updated in the same transactions, for /v1/admin/stats. */
  stats: (subject: 'USERS') => ({ PK: 'STATS', SK: subject }),
} as const;

/** Entity types stored in the `type` attribute of every item. */
export const entityTypes = {
  service: 'Service',
  outboxEvent: 'OutboxEvent',
  user: 'User',
  emailClaim: 'EmailClaim',
  session: 'Session',
  rateCounter: 'RateCounter',
  stats: 'Stats',
  node: 'Node',
  nodeIdPointer: 'NodeIdPointer',
  agentToken: 'AgentToken',
  agentTokenNode: 'AgentTokenNode',
  subscription: 'Subscription',
  subscriptionOwner: 'SubscriptionOwner',
  instance: 'Instance',
  idempotencyKey: 'IdempotencyKey',
  webhookEndpoint: 'WebhookEndpoint',
  webhookAttempt: 'WebhookAttempt',
} as const;
