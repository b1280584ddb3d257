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
  /**
   * A single-use account token (a password reset or email verification link), keyed by its purpose and the
   * SHA-256 of the token: the link finds it with one read; the token itself is never stored. TTL removes it.
   */
  accountToken: (purpose: string, tokenHash: string) => ({ PK: `ACCOUNTTOKEN#${purpose}#${tokenHash}`, SK: 'TOKEN' }),
  session: (userId: string, sessionId: string) => ({ PK: `USER#${userId}`, SK: `SESSION#${sessionId}` }),
  sessionPrefix: 'SESSION#',
  /**
   * An API key (shared/api-keys), in a partition of its own: the presented key names its id, so checking it is
   * one GetItem. GSI1 lists a customer's keys, by id (so by creation time).
   */
  apiKey: (keyId: string) => ({ PK: `APIKEY#${keyId}`, SK: 'KEY' }),
  apiKeyListing: (userId: string, keyId: string) => ({ GSI1PK: `APIKEYS#${userId}`, GSI1SK: keyId }),
  apiKeyListingPartition: (userId: string) => ({ GSI1PK: `APIKEYS#${userId}` }),
  /** How many keys an account holds, moved in the transactions that create and revoke one, so the cap holds under races. */
  apiKeyCount: (userId: string) => ({ PK: `USER#${userId}`, SK: 'APIKEYCOUNT' }),
  /** A customer's TOTP enrolment (shared/mfa): pending or enabled, its secret, last used time step and recovery code hashes. */
  totp: (userId: string) => ({ PK: `USER#${userId}`, SK: 'MFA#TOTP' }),
  /** The single-use challenge between a password and a code at login; it ages out (TTL) within minutes. */
  mfaChallenge: (userId: string, challengeId: string) => ({ PK: `USER#${userId}`, SK: `MFACHALLENGE#${challengeId}` }),
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
  /**
   * GSI2, the expiry job's due index: a subscription sits in the partition of the phase it is in (renewal
   * notice due, period end due, grace end due), sorted by the date that phase counts from. Sparse: a
   * subscription with nothing due (cancelled, failed, suspended by an administrator) has no entry.
   */
  subscriptionDue: (phase: string, at: string, subscriptionId: string) => ({ GSI2PK: `SUBSCRIPTIONS#DUE#${phase}`, GSI2SK: `${at}#${subscriptionId}` }),
  /** The platform watch's signals (capacity low, a DLQ not empty): whether each is raised, so it is told once. */
  platformSignal: (signal: string) => ({ PK: 'PLATFORM#SIGNALS', SK: `SIGNAL#${signal}` }),
  /** Finds a subscription's owner from its id alone (administrators' routes). */
  subscriptionOwner: (subscriptionId: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: 'OWNER' }),
  /** Instances are keyed by their own id: the workflows know only that. */
  instance: (instanceId: string) => ({ PK: `INSTANCE#${instanceId}`, SK: 'INSTANCE' }),
  /**
   * GSI2, the cleanup job's index of unsettled instances: an instance in PROVISIONING or DELETING sits in that
   * state's partition, sorted by when it entered it; leaving the state removes the entry (sparse), so the job
   * reads only what has been unsettled longer than its deadline.
   */
  instanceUnsettled: (state: 'PROVISIONING' | 'DELETING', since: string, instanceId: string) => ({
    GSI2PK: `INSTANCES#UNSETTLED#${state}`,
    GSI2SK: `${since}#${instanceId}`,
  }),
  /**
   * GSI1: the live instances of a service per app version (admin counts per version, batch upgrades, end-of-life
   * notices). Set when an instance is created or changes version, removed when it is DELETED (sparse).
   */
  instanceOnVersion: (serviceSlug: string, appVersion: string, instanceId: string) => ({
    GSI1PK: `INSTANCES#VERSION#${serviceSlug}#${appVersion}`,
    GSI1SK: instanceId,
  }),
  /**
   * That an instance's customer was told its version reaches end-of-life, once per version and threshold
   * (30 days ahead, 7 days ahead): the notice's conditional Put is what makes it once.
   */
  endOfLifeNotice: (instanceId: string, version: string, thresholdDays: number) => ({ PK: `INSTANCE#${instanceId}`, SK: `EOLNOTICE#${version}#${thresholdDays}` }),
  /** An administrators' batch upgrade of a service's instances on one version, under the service. */
  upgradeBatch: (serviceSlug: string, fromVersion: string) => ({ PK: `SERVICE#${serviceSlug}`, SK: `UPGRADEALL#${fromVersion}` }),
  /** The answer to an `Idempotency-Key`, per customer. */
  idempotencyKey: (userId: string, key: string) => ({ PK: `IDEMPOTENCY#${userId}#${key}`, SK: 'REQUEST' }),
  /** A fixed-window counter (login failures per account or per source address). */
  rateCounter: (scope: string, subject: string) => ({ PK: `RATE#${scope}#${subject}`, SK: 'WINDOW' }),
  /**
   * A ledger entry (shared/billing): under its customer's account, sorted by when the money moved, the sort key
   * ending in the entry's idempotency key (`stripe:<event id>`), so recording the same provider event twice
   * meets the same item and its conditional put refuses it. Entries no customer could be matched to live in
   * one partition of their own, for administrators.
   */
  ledgerEntry: (owner: { userId: string } | 'unmatched', occurredAt: string, idempotencyKey: string) => ({
    PK: owner === 'unmatched' ? 'LEDGER#UNMATCHED' : `USER#${owner.userId}`,
    SK: `TXN#${occurredAt}#${idempotencyKey}`,
  }),
  ledgerEntryPrefix: 'TXN#',
  /** GSI1: every ledger entry by match status, newest first, for administrators (`/v1/admin/transactions`). */
  ledgerListing: (status: 'MATCHED' | 'UNMATCHED', occurredAt: string, idempotencyKey: string) => ({
    GSI1PK: `TRANSACTIONS#${status}`,
    GSI1SK: `${occurredAt}#${idempotencyKey}`,
  }),
  /**
   * The claim of one inbound webhook event (Kubernetes: event uid and count; alerts: group key, status,
   * fingerprint), put with a condition and a TTL in the transaction of what the event changes: applied once.
   */
  inboundClaim: (source: string, key: string) => ({ PK: `INBOUND#${source}#${key}`, SK: 'CLAIM' }),
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
  /**
   * An endpoint's delivery counter (the last sequence number given and the event it went to), beside its log:
   * the fan-out moves it with a conditional write, so each event to an endpoint gets the next number once.
   */
  webhookSequence: (endpointId: string) => ({ PK: `WEBHOOKLOG#${endpointId}`, SK: 'SEQUENCE' }),
  /** One event's delivery to one endpoint (its payload, sequence number and attempt count), with a TTL; the delivery id is the event id. */
  webhookDelivery: (endpointId: string, eventId: string) => ({ PK: `WEBHOOKLOG#${endpointId}`, SK: `DELIVERY#${eventId}` }),
  /**
   * A customer's notifications live under the account (another customer's id is simply not found). Their id
   * is derived from the event that caused them, so a redelivered event meets its own notification.
   */
  notification: (userId: string, notificationId: string) => ({ PK: `USER#${userId}`, SK: `NOTIFICATION#${notificationId}` }),
  /**
   * GSI1: a customer's notifications, one partition, the sort key led by the read state: `UNREAD#` sorts after
   * `READ#`, so one descending Query lists unread first (newest first), then read; a prefix filters one state.
   */
  notificationListing: (userId: string, state: 'UNREAD' | 'READ', notificationId: string) => ({
    GSI1PK: `NOTIFICATIONS#${userId}`,
    GSI1SK: `${state}#${notificationId}`,
  }),
  notificationListingPrefix: (state: 'UNREAD' | 'READ') => `${state}#`,
  /**
   * An hourly usage sample (shared/metering), under its subscription, sorted by hour: a range of hours is one
   * Query. The sort key ends in the instance id, so a range `USAGE#<from>`..`USAGE#<to>` holds the hours from
   * `from` up to, not including, `to`; a sample is put only if absent, so an hour is metered once.
   */
  usageSample: (subscriptionId: string, hour: string, instanceId: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: `USAGE#${hour}#${instanceId}` }),
  usageSampleBound: (subscriptionId: string, at: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: `USAGE#${at}` }),
  /**
   * A backup of an instance (shared/backups), under its subscription, newest first by the ULID in the sort
   * key: a customer's route knows the subscription (checked to be theirs) and reads one item or one Query.
   */
  backup: (subscriptionId: string, backupId: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: `BACKUP#${backupId}` }),
  backupPrefix: 'BACKUP#',
  /**
   * GSI1: every backup per status for administrators, newest first (the listing reads FAILED, then RUNNING,
   * then COMPLETED); GSI2: one customer's backups, newest first.
   */
  backupListing: (status: string, createdAt: string, backupId: string) => ({ GSI1PK: `BACKUPS#${status}`, GSI1SK: `${createdAt}#${backupId}` }),
  backupOfCustomer: (userId: string, createdAt: string, backupId: string) => ({ GSI2PK: `BACKUPS#USER#${userId}`, GSI2SK: `${createdAt}#${backupId}` }),
  /**
   * A custom domain (shared/domains), under its subscription: the customer's routes know the subscription
   * (checked to be theirs) and read one item, or the subscription's domains with one Query.
   */
  domain: (subscriptionId: string, hostname: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: `DOMAIN#${hostname}` }),
  domainPrefix: 'DOMAIN#',
  /** How many domains a subscription holds, moved in the transactions that add and remove one, so a cap holds under races. */
  domainCount: (subscriptionId: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: 'DOMAINCOUNT' }),
  /** Owns a hostname across the platform: its conditional create is what makes a name one customer's. */
  domainClaim: (hostname: string) => ({ PK: `DOMAIN#${hostname}`, SK: 'CLAIM' }),
  /** GSI2, the domain checks' due index: every domain not FAILED, sorted by when it is next checked. */
  domainDue: (nextCheckAt: string, hostname: string) => ({ GSI2PK: 'DOMAINS#DUE', GSI2SK: `${nextCheckAt}#${hostname}` }),
  /**
   * A restart of an instance (shared/instance-operations), under its subscription: written with the move to
   * RESTARTING, so the table's stream starts its workflow from the committed record; it ages out (TTL).
   */
  instanceRestart: (subscriptionId: string, restartId: string) => ({ PK: `SUBSCRIPTION#${subscriptionId}`, SK: `RESTART#${restartId}` }),
  /** What a customer's completed backups take in the bucket, kept by the writes that complete or delete one. */
  backupUsage: (userId: string) => ({ PK: `USER#${userId}`, SK: 'BACKUPUSAGE' }),
  /** Counts kept beside the data they count, updated in the same transactions, for /v1/admin/stats. */
  stats: (subject: 'USERS') => ({ PK: 'STATS', SK: subject }),
  /**
   * Subscriptions per state, in a few shards (shared/data/counter-shards.ts) under the same `STATS` partition:
   * a transaction that moves a subscription ADDs to its shard, so two subscriptions changing at once rarely
   * meet on one item (transactions on one item conflict). /v1/admin/stats sums the shards with one Query.
   */
  subscriptionCounts: (shard: number) => ({ PK: 'STATS', SK: `SUBSCRIPTIONS#${shard}` }),
  subscriptionCountsPrefix: 'SUBSCRIPTIONS#',
  /**
   * Money per month (UTC, `YYYY-MM`), currency and kind (payments, refunds, charges), sharded likewise: each
   * ledger entry ADDs its amount in the transaction of its conditional put (so once). The kind is in the key
   * because a renewal bought by a payment writes a payment and a charge in one transaction, and a transaction
   * may not touch one item twice. One Query of the month's partition reads them all.
   */
  revenue: (month: string, currency: string, field: string, shard: number) => ({ PK: `STATS#REVENUE#${month}`, SK: `${currency}#${field}#${shard}` }),
  revenueMonth: (month: string) => ({ PK: `STATS#REVENUE#${month}` }),
  /** Webhook delivery attempts per hour (`YYYY-MM-DDTHH`), succeeded and failed, with a TTL: the last 24 h are one Query. */
  webhookTally: (hour: string) => ({ PK: 'STATS#WEBHOOKS', SK: `HOUR#${hour}` }),
  webhookTallyPartition: 'STATS#WEBHOOKS',
  webhookTallyPrefix: 'HOUR#',
} as const;

/** Entity types stored in the `type` attribute of every item. */
export const entityTypes = {
  service: 'Service',
  platformSignal: 'PlatformSignal',
  outboxEvent: 'OutboxEvent',
  user: 'User',
  emailClaim: 'EmailClaim',
  session: 'Session',
  accountToken: 'AccountToken',
  apiKey: 'ApiKey',
  totp: 'Totp',
  mfaChallenge: 'MfaChallenge',
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
  ledgerEntry: 'LedgerEntry',
  inboundClaim: 'InboundClaim',
  webhookEndpoint: 'WebhookEndpoint',
  webhookAttempt: 'WebhookAttempt',
  webhookSequence: 'WebhookSequence',
  webhookDelivery: 'WebhookDelivery',
  notification: 'Notification',
  usageSample: 'UsageSample',
  backup: 'Backup',
  backupUsage: 'BackupUsage',
  endOfLifeNotice: 'EndOfLifeNotice',
  upgradeBatch: 'UpgradeBatch',
  domain: 'Domain',
  domainCount: 'DomainCount',
  domainClaim: 'DomainClaim',
  instanceRestart: 'InstanceRestart',
} as const;
