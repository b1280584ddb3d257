/**
 * Generated from the route table by `npm run generate:client` (openapi-typescript). Do not edit:
 * a test regenerates it and fails when it drifts from the API.
 */

export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys that sign customer access tokens */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/agent-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agent tokens, newest first (never the token itself) */
        get: operations["adminListAgentTokens"];
        put?: never;
        /** Create an agent token (shown once) */
        post: operations["adminCreateAgentToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/agent-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an agent token, at once */
        delete: operations["adminRevokeAgentToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every backup, FAILED first, then RUNNING, then COMPLETED, newest first in each; filter by customer and status */
        get: operations["adminListBackups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every queue of the platform with its depth and its dead-letter queue's depth */
        get: operations["adminListQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/queues/{name}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the dead-letter queue's messages back to their queue (up to 1000 per call) */
        post: operations["adminRedriveQueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a service to the catalog */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/services/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Deactivate a service (running subscriptions keep running) */
        delete: operations["deactivateService"];
        options?: never;
        head?: never;
        /** Change a service */
        patch: operations["updateService"];
        trace?: never;
    };
    "/v1/admin/services/{slug}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's versions, newest first, with how many live instances run each */
        get: operations["listServiceVersions"];
        put?: never;
        /** Add a version of the app (image and tag, status; `default` makes new instances get it) */
        post: operations["addServiceVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/services/{slug}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Deprecate a version, end it, date its end of life, or make it the default */
        patch: operations["updateServiceVersion"];
        trace?: never;
    };
    "/v1/admin/services/{slug}/versions/{version}/upgrade-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The batch upgrade of this version: total, upgraded, failed, remaining, status and the failure that paused it */
        get: operations["getUpgradeAll"];
        put?: never;
        /** Upgrade every instance on this version, in batches, pausing on the first failure (a POST on a PAUSED one resumes it) */
        post: operations["startUpgradeAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Platform figures: users, subscriptions by state, nodes by health, revenue this month, webhook success (24 h) */
        get: operations["adminGetStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every subscription, newest first; filter by status, service, user */
        get: operations["adminListSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/subscriptions/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore the replicas recorded at suspension */
        post: operations["adminResumeSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/subscriptions/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Scale the instance to zero (data kept) and stop new pods in its namespace */
        post: operations["adminSuspendSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every ledger entry of a status, newest first: unmatched (the default) or matched */
        get: operations["adminListTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customer accounts, by email, optionally filtered by email prefix and status */
        get: operations["adminListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one account */
        get: operations["adminGetUser"];
        put?: never;
        post?: never;
        /** Delete an account (409 while it has live subscriptions) */
        delete: operations["adminDeleteUser"];
        options?: never;
        head?: never;
        /** Rename an account or set its status (DISABLED ends its sessions at once) */
        patch: operations["adminUpdateUser"];
        trace?: never;
    };
    "/v1/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The platform event endpoints, newest first (never their secrets) */
        get: operations["adminListWebhooks"];
        put?: never;
        /** Register an https endpoint for platform events; its signing secret is shown once */
        post: operations["adminCreateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One platform event endpoint */
        get: operations["adminGetWebhook"];
        put?: never;
        post?: never;
        /** Remove a platform event endpoint */
        delete: operations["adminDeleteWebhook"];
        options?: never;
        head?: never;
        /** Change a platform event endpoint: URL, event types, description, enabled */
        patch: operations["adminUpdateWebhook"];
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery attempts to a platform event endpoint, newest first */
        get: operations["adminListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one delivery to a platform event endpoint again now: same webhook-id, body and sequence headers, one attempt */
        post: operations["adminRetryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the old one keeps signing beside it for 24 hours */
        post: operations["adminRotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every node: status, last heartbeat, capacity, usage, instances */
        get: operations["adminListWorkers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/workers/{idOrName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One node, by id or by name */
        get: operations["adminGetWorker"];
        put?: never;
        post?: never;
        /** Forget a node (a running agent registers it again) */
        delete: operations["adminDeleteWorker"];
        options?: never;
        head?: never;
        /** Mark a node (un)schedulable or set its labels */
        patch: operations["adminUpdateWorker"];
        trace?: never;
    };
    "/v1/agent/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report this node's figures; one conditional write */
        post: operations["agentHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agent/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register this node (idempotent by node name) */
        post: operations["agentRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's API keys with their scopes, expiry and last use (never the key itself) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key for automation (the key is shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: the next request with it is refused */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email another verification link: to the address an email change waits for, else to the caller's address (none when it is verified already) */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/email/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an email address with the token of the link emailed to it: the account's own, or the new one it asked to move to */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second step of a sign-in with two-factor: the login’s mfaToken and a code, for the token pair */
        post: operations["loginMfa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a session: the refresh token given, or else the current one */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's profile */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /** Close the caller's account: subscriptions cancelled, webhooks removed, personal data erased */
        delete: operations["closeMe"];
        options?: never;
        head?: never;
        /** Change name, password or email address (both need the current password; a new password ends the other sessions; a new address takes effect when the link emailed to it is followed) */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/v1/auth/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything the platform holds about the caller, as JSON, or a short-lived link to it when large */
        get: operations["exportMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/mfa/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start two-factor sign-in: a TOTP secret to add to an authenticator app (pending until confirmed) */
        post: operations["enrolTotp"];
        /** Turn two-factor sign-in off, with a code or a recovery code */
        delete: operations["disableTotp"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/mfa/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the enrolment with a code: two-factor sign-in is on */
        post: operations["confirmTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a single-use password reset link (the same answer, after the same time, for any address) */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset link's token; every session of the account ends */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token for a new pair (the old one stops working) */
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a customer account and sign in */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/billing/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A Stripe Customer Portal session to manage cards and invoices */
        post: operations["openBillingPortal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the API up? */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hooks/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Alertmanager's webhook (version 4), with Authorization: Bearer <token> or signed like the Kubernetes hook */
        post: operations["alertsHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hooks/kubernetes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A Kubernetes event from an event exporter, signed with X-Signature (sha256=…) over X-Signature-Timestamp and the body */
        post: operations["kubernetesHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/hooks/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A Stripe event, signed with Stripe-Signature (t=…,v1=…): payments, failed payments and refunds go to the ledger */
        post: operations["paymentsHook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications: unread first, then read, each newest first; or only unread or read ones */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller’s notifications read (again: no change; the first read time stays) */
        post: operations["readNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The OpenAPI 3.1 document of this API, made from the route table */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the active services and their plans */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one active service */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's subscriptions, newest first */
        get: operations["listSubscriptions"];
        put?: never;
        /** Subscribe to a plan; provisioning starts (send an Idempotency-Key to retry safely) */
        post: operations["createSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller’s subscriptions */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instance's backups, newest first: status, kind, size, checksum, time */
        get: operations["listBackups"];
        put?: never;
        /** Back the instance up now (send an Idempotency-Key to retry safely) */
        post: operations["createBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/backups/{backupId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One backup */
        get: operations["getBackup"];
        put?: never;
        post?: never;
        /** Delete a finished backup and its archive */
        delete: operations["deleteBackup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/backups/{backupId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived link to the archive (tar, zstd), with its SHA-256 */
        get: operations["downloadBackup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/backups/{backupId}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore the backup into its instance (a safety backup is taken first), or into a new subscription */
        post: operations["restoreBackup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel: the instance and every Kubernetes object of it are deleted */
        post: operations["cancelSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/change-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the subscription to another plan of its service, up or down, with a prorated charge or credit (send an Idempotency-Key to retry safely) */
        post: operations["changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A Stripe Checkout Session paying the subscription's plan; its payments renew the subscription */
        post: operations["startCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instance's domains, by hostname: status, records, certificate state */
        get: operations["listDomains"];
        put?: never;
        /** Put the instance on a hostname of your own: answers the DNS records that prove it yours and point it at the instance */
        post: operations["addDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/domains/{hostname}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove the domain: its Ingress rule and certificate go, the name is free again, nothing else changes */
        delete: operations["removeDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/domains/{hostname}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the domain’s DNS records now (the platform also checks on a schedule, with backoff) */
        post: operations["verifyDomain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instance: status, URL, node, resources and last steps */
        get: operations["getSubscriptionInstance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/instance/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Kubernetes events of the instance's objects, newest first, in the platform's words */
        get: operations["listInstanceEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/instance/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last lines of one of the instance's containers, as text (at most 2000 lines and 1024 KiB) */
        get: operations["getInstanceLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/instance/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A rolling restart: the instance's pods are replaced one at a time; RESTARTING until they are Ready */
        post: operations["restartInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/instance/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upgrade the instance to a newer version (send an Idempotency-Key to retry safely) */
        post: operations["upgradeInstance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend by one billing period */
        post: operations["renewSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/subscriptions/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hourly CPU, memory and storage samples of one of the caller's subscriptions over a range (at most 31 days), with their totals */
        get: operations["getSubscriptionUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's charges, payments and refunds, newest first */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's webhook endpoints, newest first (never their secrets) */
        get: operations["listWebhooks"];
        put?: never;
        /** Register an https endpoint for the caller's events; its signing secret is shown once */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the caller’s webhook endpoints */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Remove an endpoint; nothing more is delivered to it */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change the URL, event types, description, or turn the endpoint off and on */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery attempts to the endpoint, newest first: event, status code, duration, attempt number, next retry */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one delivery again now: same webhook-id, body and sequence headers, one attempt */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown once; the old one keeps signing beside it for 24 hours */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a webhook.test event to this endpoint alone: delivered, signed, retried and logged like any event */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "account.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The account.closed event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:account.closed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "alert.firing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The alert.firing event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:alert.firing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "alert.resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The alert.resolved event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:alert.resolved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "api-key.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The api-key.created event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:api-key.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "api-key.revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The api-key.revoked event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:api-key.revoked"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "backup.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The backup.completed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:backup.completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "backup.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The backup.failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:backup.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "backup.scheduled-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The backup.scheduled-failed event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:backup.scheduled-failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "capacity.low": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The capacity.low event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:capacity.low"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "capacity.recovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The capacity.recovered event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:capacity.recovered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The domain.active event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:domain.active"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The domain.added event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:domain.added"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.certificate-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The domain.certificate-failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:domain.certificate-failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The domain.failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:domain.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.lapsed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The domain.lapsed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:domain.lapsed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The domain.removed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:domain.removed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "domain.verified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The domain.verified event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:domain.verified"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.alert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.alert event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.alert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.degraded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.degraded event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.degraded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.deleted event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.recovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.recovered event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.recovered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.restart-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.restart-failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.restart-failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.restarted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.restarted event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.restarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.restarting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.restarting event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.restarting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.running": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.running event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.running"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.upgrade-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.upgrade-failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.upgrade-failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.upgrade-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.upgrade-started event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.upgrade-started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.upgraded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The instance.upgraded event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:instance.upgraded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "mfa.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The mfa.disabled event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:mfa.disabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "mfa.enabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The mfa.enabled event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:mfa.enabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "notification.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The notification.created event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:notification.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The payment.failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:payment.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.refunded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The payment.refunded event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:payment.refunded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.succeeded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The payment.succeeded event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:payment.succeeded"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.unmatched": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The payment.unmatched event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:payment.unmatched"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "queue.dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The queue.dead-letters event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:queue.dead-letters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "queue.drained": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The queue.drained event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:queue.drained"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "restore.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The restore.completed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:restore.completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "restore.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The restore.failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:restore.failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The service.created event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:service.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service.deactivated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The service.deactivated event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:service.deactivated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The service.updated event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:service.updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service.version-added": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The service.version-added event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:service.version-added"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "service.version-updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The service.version-updated event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:service.version-updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.activated event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.activated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.cancelled event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.cancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.created event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.expired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.expired event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.expired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.expiring event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.expiring"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.plan-change-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.plan-change-failed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.plan-change-failed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.plan-change-started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.plan-change-started event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.plan-change-started"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.plan-changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.plan-changed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.plan-changed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.renewed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.renewed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.renewed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.resumed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.resumed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.resumed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "subscription.suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The subscription.suspended event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:subscription.suspended"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The user.deleted event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:user.deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The user.disabled event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:user.disabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.email-changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The user.email-changed event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:user.email-changed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.email-verified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The user.email-verified event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:user.email-verified"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The user.password-reset event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:user.password-reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.registered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The user.registered event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:user.registered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "user.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The user.updated event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:user.updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "version.end-of-life-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The version.end-of-life-notice event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:version.end-of-life-notice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The webhook.disabled event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:webhook.disabled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.failing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The webhook.failing event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:webhook.failing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.recovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The webhook.recovered event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:webhook.recovered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The webhook.test event, POSTed to each endpoint subscribed to it
         * @description Sent to the owning customer’s endpoints with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:webhook.test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "worker.offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The worker.offline event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:worker.offline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "worker.recovered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The worker.recovered event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:worker.recovered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "worker.registered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The worker.registered event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:worker.registered"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "worker.unhealthy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The worker.unhealthy event, POSTed to each endpoint subscribed to it
         * @description Sent to administrators’ endpoints (/v1/admin/webhooks) with the Standard Webhooks headers and two of the platform’s own for ordering.
         *
         *     Any 2xx is success. Anything else, a timeout (15 s), a refused or reset connection, or a redirect (never followed) is retried: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each wait ±10% jitter; a Retry-After is honoured up to the longest wait). After the last attempt the delivery waits in a dead-letter queue an administrator can redrive.
         *
         *     410 Gone disables the endpoint at once. An endpoint failing every attempt for 5 days is disabled. Every attempt is logged in GET /v1/webhooks/{id}/deliveries.
         */
        post: operations["webhook:worker.unhealthy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Everything the platform holds about the caller (no password hash, no secret, no token). */
        AccountExport: {
            backups: components["schemas"]["Backup"][];
            /** Format: date-time */
            exportedAt: string;
            instances: components["schemas"]["Instance"][];
            ledger: components["schemas"]["Transaction"][];
            notifications: components["schemas"]["Notification"][];
            profile: components["schemas"]["User"];
            subscriptions: components["schemas"]["Subscription"][];
            /** @description The endpoints, never their signing secrets */
            webhooks: components["schemas"]["WebhookEndpoint"][];
        };
        /** @description Where to download the export, for a large one or when asked with delivery=link. */
        AccountExportLink: {
            /** Format: date-time */
            expiresAt: string;
            sizeBytes: number;
            /** @description A presigned GET of the export (JSON, served as an attachment); anyone holding it can read it until it expires */
            url: string;
        };
        AccountExportResult: components["schemas"]["AccountExport"] | components["schemas"]["AccountExportLink"];
        AddDomainRequest: {
            /**
             * @description A public DNS name, e.g. app.example.com
             * @example app.example.com
             */
            hostname: string;
        };
        AdminServiceVersion: {
            /**
             * @description New instances get this version (exactly one per service)
             * @example true
             */
            default: boolean;
            /**
             * Format: date-time
             * @description When the version stops being maintained; customers are told ahead of it
             */
            endOfLifeAt?: string;
            /** @example n8nio/n8n */
            image: string;
            /** @description Live instances on this version */
            instances: number;
            /** Format: date-time */
            releasedAt: string;
            /**
             * @example supported
             * @enum {string}
             */
            status: "supported" | "deprecated" | "end-of-life";
            /** @example 1.64.0 */
            tag: string;
            /** @example 1.64.0 */
            version: string;
        };
        AdminServiceVersionList: {
            items: components["schemas"]["AdminServiceVersion"][];
        };
        AdminSubscriptionPage: {
            items: components["schemas"]["Subscription"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        AdminTransactionPage: {
            items: components["schemas"]["Transaction"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        AdminUpdateUser: {
            /** @example Ada Lovelace */
            name?: string;
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status?: "ACTIVE" | "DISABLED";
        };
        AgentToken: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            /** Format: date-time */
            revokedAt?: string;
        };
        AgentTokenPage: {
            items: components["schemas"]["AgentToken"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        /** @description Alertmanager's webhook body, version 4. */
        AlertmanagerWebhook: {
            alerts: ({
                annotations?: {
                    [key: string]: string;
                };
                endsAt?: string;
                /** @example c5b7ed4b4d3f3e6a */
                fingerprint?: string;
                generatorURL?: string;
                /**
                 * @example {
                 *       "alertname": "InstanceDown",
                 *       "severity": "critical",
                 *       "paas_instance": "01JD7Y7Q8M3K2V1X0W9Z8Y7X6W"
                 *     }
                 */
                labels: {
                    [key: string]: string;
                };
                /** @example 2026-01-01T00:00:00Z */
                startsAt: string;
                /** @enum {string} */
                status: "firing" | "resolved";
            } & {
                [key: string]: unknown;
            })[];
            commonAnnotations?: {
                [key: string]: string;
            };
            commonLabels?: {
                [key: string]: string;
            };
            externalURL?: string;
            /** @example {}:{alertname="InstanceDown"} */
            groupKey: string;
            groupLabels?: {
                [key: string]: string;
            };
            /** @example paas-platform */
            receiver: string;
            /** @enum {string} */
            status: "firing" | "resolved";
            truncatedAlerts?: number;
            /**
             * @example 4
             * @constant
             */
            version: "4";
        } & {
            [key: string]: unknown;
        };
        AlertsHookReceipt: {
            /** @description Alerts seen before, left alone */
            duplicates: number;
            /** @description Events published */
            published: number;
            /** @constant */
            received: true;
        };
        ApiKey: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description After this the key answers 401; absent: it does not expire
             */
            expiresAt?: string;
            /** @example 01JD7Y9V6M1S8W4K2T3R5Q7P9N */
            id: string;
            /**
             * Format: date-time
             * @description When it last authenticated a request (recorded at most once a minute)
             */
            lastUsedAt?: string;
            /** @example CI deploys */
            name: string;
            scopes: ("subscriptions:read" | "subscriptions:write" | "webhooks" | "billing:read")[];
        };
        ApiKeyList: {
            items: components["schemas"]["ApiKey"][];
        };
        Backup: {
            /** Format: date-time */
            completedAt?: string;
            /** @description What the archive holds */
            components: ("mysql" | "files" | "sqlite")[];
            /** Format: date-time */
            createdAt: string;
            failureReason?: string;
            id: string;
            instanceId: string;
            /** @enum {string} */
            kind: "scheduled" | "manual" | "pre-upgrade" | "safety";
            /** @description The archive’s SHA-256, checked again before every restore */
            sha256?: string;
            /** @description The archive’s size, once COMPLETED */
            sizeBytes?: number;
            /** @enum {string} */
            status: "RUNNING" | "COMPLETED" | "FAILED";
            subscriptionId: string;
            /** Format: date-time */
            updatedAt: string;
            userId: string;
        };
        BackupDownload: {
            /** Format: date-time */
            expiresAt: string;
            sha256: string;
            sizeBytes: number;
            /** @description A presigned GET of the archive (tar, zstd-compressed) */
            url: string;
        };
        BackupPage: {
            items: components["schemas"]["Backup"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        ChangePlanRequest: {
            /**
             * @description URL-safe identifier
             * @example pro
             */
            planId: string;
        };
        CloseAccount: {
            /**
             * @description The current two-factor code, when two-factor sign-in is on
             * @example 123456
             */
            code?: string;
            /** @example correct horse battery staple */
            password: string;
        };
        CreateAgentToken: {
            /** @example eks-prod-eu-west-1 */
            name: string;
        };
        CreateApiKey: {
            /**
             * Format: date-time
             * @description When the key stops working; in the future, at most a year ahead
             * @example 2027-01-01T00:00:00.000Z
             */
            expiresAt?: string;
            /** @example CI deploys */
            name: string;
            scopes: ("subscriptions:read" | "subscriptions:write" | "webhooks" | "billing:read")[];
        };
        CreatedAgentToken: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            name: string;
            /** Format: date-time */
            revokedAt?: string;
            /** @description agt_<id>_<secret>: store it in the agent Secret */
            token: string;
        };
        CreatedApiKey: {
            apiKey: components["schemas"]["ApiKey"];
            /**
             * @description The key itself, shown only in this answer: send it as `Authorization: Bearer <key>`
             * @example pk_live_01JD7Y9V6M1S8W4K2T3R5Q7P9N_…
             */
            key: string;
        };
        CreatedSubscription: {
            instance: components["schemas"]["Instance"];
            subscription: components["schemas"]["Subscription"];
        };
        CreatedWebhook: {
            /** @description whsec_…: shown this once; verify deliveries with it (Standard Webhooks) */
            secret: string;
            webhook: components["schemas"]["WebhookEndpoint"];
        };
        CreatePlatformWebhook: {
            description?: string;
            /**
             * @description Event types to receive; empty or absent: every one of them. One of: service.created, service.updated, service.deactivated, service.version-added, service.version-updated, user.registered, user.updated, user.disabled, user.deleted, account.closed, backup.scheduled-failed, payment.unmatched, alert.firing, alert.resolved, capacity.low, capacity.recovered, queue.dead-letters, queue.drained, worker.registered, worker.unhealthy, worker.offline, worker.recovered.
             * @example [
             *       "worker.unhealthy",
             *       "worker.offline"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description https only; the host must resolve to public addresses
             * @example https://hooks.example.com/paas
             */
            url: string;
        };
        CreateService: {
            /**
             * @default true
             * @example true
             */
            active: boolean;
            /** @example Workflow automation with a visual editor. */
            description: string;
            /** @example n8n */
            name: string;
            plans: components["schemas"]["Plan"][];
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            slug: string;
            /**
             * @description The Kubernetes template the service deploys
             * @example n8n
             */
            template: string;
            /**
             * @description The app version deployed: the default version’s
             * @example 1.64.0
             */
            version: string;
            /** @description One supported default version, `version` on the template’s official image, when left out */
            versions?: components["schemas"]["ServiceVersion"][];
        };
        CreateServiceVersion: {
            /** @default false */
            default: boolean;
            /** Format: date-time */
            endOfLifeAt?: string;
            /** @example n8nio/n8n */
            image: string;
            /**
             * Format: date-time
             * @description Now when left out
             */
            releasedAt?: string;
            /**
             * @default supported
             * @enum {string}
             */
            status: "supported" | "deprecated" | "end-of-life";
            /** @example 1.64.0 */
            tag: string;
            /** @example 1.64.0 */
            version: string;
        };
        CreateSubscription: {
            /** @example Marketing automations */
            name?: string;
            /**
             * @description URL-safe identifier
             * @example starter
             */
            planId: string;
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            serviceSlug: string;
        };
        CreateWebhook: {
            description?: string;
            /**
             * @description Event types to receive; empty or absent: every one of them. One of: user.email-verified, user.email-changed, user.password-reset, api-key.created, api-key.revoked, mfa.enabled, mfa.disabled, subscription.created, subscription.activated, subscription.renewed, subscription.expiring, subscription.suspended, subscription.resumed, subscription.cancelled, subscription.expired, instance.running, instance.degraded, instance.failed, instance.deleted, instance.upgrade-started, instance.upgraded, instance.upgrade-failed, version.end-of-life-notice, instance.recovered, instance.restarting, instance.restarted, instance.restart-failed, backup.completed, backup.failed, restore.completed, restore.failed, domain.added, domain.verified, domain.active, domain.certificate-failed, domain.lapsed, domain.failed, domain.removed, subscription.plan-change-started, subscription.plan-changed, subscription.plan-change-failed, payment.succeeded, payment.failed, payment.refunded, instance.alert, notification.created, webhook.test, webhook.failing, webhook.disabled, webhook.recovered.
             * @example [
             *       "instance.running",
             *       "instance.failed"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description https only; the host must resolve to public addresses
             * @example https://hooks.example.com/paas
             */
            url: string;
        };
        CurrencyRevenue: {
            /**
             * @description What the periods starting this month were charged, less plan changes’ credits, minor units
             * @example 5700
             */
            charges: number;
            /** @example EUR */
            currency: string;
            /**
             * @description payments − refunds
             * @example 3800
             */
            net: number;
            /**
             * @description Payments received (matched to a subscription), minor units
             * @example 5700
             */
            payments: number;
            /**
             * @description Refunds given, minor units
             * @example 1900
             */
            refunds: number;
        };
        DnsRecord: {
            /** @description The record’s full name */
            name: string;
            /** @enum {string} */
            type: "TXT" | "CNAME";
            /** @description What it must hold: the token (TXT) or the instance’s host (CNAME; at a zone’s apex, where a CNAME cannot be, A records to the addresses this host resolves to) */
            value: string;
        };
        Domain: {
            /** @description Checks since the domain was added or last lapsed */
            attempts: number;
            /** @description The TLS certificate, once the domain is verified */
            certificate?: {
                reason?: string;
                /** @enum {string} */
                state: "issuing" | "ready" | "failed";
            };
            /** Format: date-time */
            createdAt: string;
            hostname: string;
            instanceId: string;
            /** Format: date-time */
            lastCheckedAt?: string;
            /**
             * Format: date-time
             * @description When the schedule checks it again; absent once FAILED
             */
            nextCheckAt?: string;
            /** Format: date-time */
            pendingSince?: string;
            reason?: string;
            /** @description The DNS records that prove ownership and route the name to the instance */
            records: components["schemas"]["DnsRecord"][];
            /** @enum {string} */
            status: "PENDING" | "VERIFIED" | "ACTIVE" | "FAILED";
            subscriptionId: string;
            /** Format: date-time */
            updatedAt: string;
            userId: string;
            /** Format: date-time */
            verifiedAt?: string;
            version: number;
        };
        DomainList: {
            items: components["schemas"]["Domain"][];
        };
        ForgotPassword: {
            /** @example ada@example.com */
            email: string;
        };
        Health: {
            /** @constant */
            status: "ok";
            /** @example 0.1.0 */
            version: string;
        };
        Heartbeat: {
            agentVersion: string;
            cpu: {
                cores: number;
                usagePercent: number;
            };
            disk: {
                totalBytes: number;
                usedBytes: number;
            };
            draining?: boolean;
            kubernetes?: components["schemas"]["KubernetesNodeInfo"];
            load: {
                fifteen: number;
                five: number;
                one: number;
            };
            memory: {
                totalBytes: number;
                usedBytes: number;
            };
            /** @example ip-10-0-1-23 */
            nodeName: string;
            /** Format: date-time */
            sentAt: string;
            uptimeSeconds: number;
        };
        Instance: {
            /**
             * @description The version of the app the instance runs (the catalog service’s `versions`)
             * @example 1.64.0
             */
            appVersion: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Why the instance is DEGRADED; absent otherwise */
            degradation?: components["schemas"]["InstanceDegradation"];
            failureReason?: string;
            id: string;
            /**
             * @description The image and tag it runs
             * @example n8nio/n8n:1.64.0
             */
            image?: string;
            namespace: string;
            nodeName?: string;
            /** @description The plan change in progress while the instance is RESIZING; absent otherwise */
            planChange?: components["schemas"]["PlanChange"];
            /** @description What the instance runs with: its plan’s limits; storageGiB is its volumes’ size, which only grows (a failed plan change may leave it larger) */
            resources: {
                cpuMillicores: number;
                memoryMiB: number;
                storageGiB: number;
            };
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            serviceSlug: string;
            /** @enum {string} */
            status: "PROVISIONING" | "RUNNING" | "DEGRADED" | "BACKING_UP" | "RESTORING" | "UPGRADING" | "RESIZING" | "RESTARTING" | "SUSPENDED" | "FAILED" | "DELETING" | "DELETED";
            /** @description The last steps and events, newest last */
            steps: {
                /** Format: date-time */
                at: string;
                detail?: string;
                step: string;
            }[];
            subscriptionId: string;
            template: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://01jd7y7q.apps.example.com */
            url: string;
            userId: string;
        };
        InstanceDegradation: {
            /** @enum {string} */
            cause: "crash-loop" | "out-of-memory" | "evicted" | "image-pull" | "not-ready";
            /** @example Back-off restarting failed container n8n in pod n8n-01jd7y7q-5d9c7b-x2k4p */
            message?: string;
            pod?: string;
            /** @example BackOff */
            reason: string;
            /** Format: date-time */
            since: string;
        };
        InstanceEvent: {
            /** @description How many times it happened */
            count: number;
            /** Format: date-time */
            firstAt: string;
            /** Format: date-time */
            lastAt: string;
            /** @description The object of the instance it happened to */
            object: {
                /** @enum {string} */
                kind: "Pod" | "ReplicaSet" | "Deployment" | "StatefulSet" | "PersistentVolumeClaim" | "Job";
                name: string;
            };
            /**
             * @description Kubernetes' own reason, for searching
             * @example ErrImagePull
             */
            reason: string;
            /**
             * @description What happened, in the platform's words
             * @example The image could not be pulled
             */
            text: string;
            /** @enum {string} */
            type: "normal" | "warning";
        };
        InstanceEventList: {
            items: components["schemas"]["InstanceEvent"][];
        };
        InstanceView: {
            /**
             * @description The version of the app the instance runs (the catalog service’s `versions`)
             * @example 1.64.0
             */
            appVersion: string;
            /**
             * @description Versions the instance may upgrade to, oldest first (POST …/instance/upgrade)
             * @example [
             *       "1.65.0"
             *     ]
             */
            availableUpgrades: string[];
            /** Format: date-time */
            createdAt: string;
            /** @description Why the instance is DEGRADED; absent otherwise */
            degradation?: components["schemas"]["InstanceDegradation"];
            failureReason?: string;
            id: string;
            /**
             * @description The image and tag it runs
             * @example n8nio/n8n:1.64.0
             */
            image?: string;
            namespace: string;
            nodeName?: string;
            /** @description The plan change in progress while the instance is RESIZING; absent otherwise */
            planChange?: components["schemas"]["PlanChange"];
            /** @description What the instance runs with: its plan’s limits; storageGiB is its volumes’ size, which only grows (a failed plan change may leave it larger) */
            resources: {
                cpuMillicores: number;
                memoryMiB: number;
                storageGiB: number;
            };
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            serviceSlug: string;
            /** @enum {string} */
            status: "PROVISIONING" | "RUNNING" | "DEGRADED" | "BACKING_UP" | "RESTORING" | "UPGRADING" | "RESIZING" | "RESTARTING" | "SUSPENDED" | "FAILED" | "DELETING" | "DELETED";
            /** @description The last steps and events, newest last */
            steps: {
                /** Format: date-time */
                at: string;
                detail?: string;
                step: string;
            }[];
            subscriptionId: string;
            template: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://01jd7y7q.apps.example.com */
            url: string;
            userId: string;
        };
        Jwks: {
            keys: {
                alg: string;
                crv: string;
                kid: string;
                kty: string;
                use: string;
                x: string;
                y: string;
            }[];
        };
        /** @description A core/v1 Event as an event exporter posts it (kubernetes-event-exporter webhook sink). */
        KubernetesEvent: {
            /** @example 3 */
            count?: number;
            eventTime?: string | null;
            firstTimestamp?: string | null;
            involvedObject: {
                /** @example Pod */
                kind?: string;
                labels?: {
                    [key: string]: string;
                };
                /** @example n8n-0w9z8y7x6w5v-5d9c7b6f4-x2k4p */
                name: string;
                /** @example cust-01jd7y7q8m3k2v1x0w9z8y7x6w */
                namespace?: string;
            } & {
                [key: string]: unknown;
            };
            lastTimestamp?: string | null;
            /** @example Back-off restarting failed container n8n in pod n8n-0w9z8y7x6w5v-5d9c7b6f4-x2k4p */
            message?: string;
            metadata: {
                name?: string;
                namespace?: string;
                /** @example 5d1f4b55-0c5e-4a4f-9f0e-7d3c2b1a0f9e */
                uid: string;
            } & {
                [key: string]: unknown;
            };
            /** @example BackOff */
            reason?: string;
            series?: ({
                count?: number;
            } & {
                [key: string]: unknown;
            }) | null;
            /** @example Warning */
            type?: string;
        } & {
            [key: string]: unknown;
        };
        KubernetesHookReceipt: {
            /**
             * @description What the event did; a repeat is `duplicate` and changed nothing
             * @enum {string}
             */
            outcome: "degraded" | "recovered" | "unchanged" | "duplicate" | "ignored";
            /** @constant */
            received: true;
        };
        KubernetesNodeInfo: {
            allocatable: {
                [key: string]: string;
            };
            capacity: {
                [key: string]: string;
            };
            conditions: {
                /** @enum {string} */
                DiskPressure: "True" | "False" | "Unknown";
                /** @enum {string} */
                MemoryPressure: "True" | "False" | "Unknown";
                /** @enum {string} */
                PIDPressure: "True" | "False" | "Unknown";
                /** @enum {string} */
                Ready: "True" | "False" | "Unknown";
            };
            kubeletVersion: string;
            labels: {
                [key: string]: string;
            };
            podCount: number;
        };
        Login: {
            /** @example ada@example.com */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        LoginMfa: {
            /**
             * @description A code of the authenticator app, or an unused recovery code
             * @example 123456
             */
            code: string;
            mfaToken: string;
        };
        LoginResult: components["schemas"]["SessionTokens"] | components["schemas"]["MfaRequired"];
        Logout: {
            refreshToken?: string;
        };
        MfaRequired: {
            /** @constant */
            mfaRequired: true;
            /**
             * @description Single-use, for five minutes, only for POST /v1/auth/login/mfa: no access token
             * @example mfa_01JD…
             */
            mfaToken: string;
        };
        Notification: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The event behind it: the `webhook-id` of its webhook delivery
             * @example 01JD7Y9V6M1S8W4K2T3R5Q7P9N
             */
            eventId: string;
            /** @example instance.running */
            eventType: string;
            /** @example 01JD7Y9V6M1S8W4K2T3R5Q7P9N */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             * @example 2025-01-02T03:04:05.678Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description When it was first marked read
             */
            readAt?: string;
            resource?: components["schemas"]["NotificationResource"];
            /**
             * @example INFO
             * @enum {string}
             */
            severity: "INFO" | "WARNING" | "CRITICAL";
            /**
             * @example UNREAD
             * @enum {string}
             */
            status: "UNREAD" | "READ";
            /** @example Instance 01JD7Y8C2N4M6K8J0H2G4F6E8D of subscription 01JD7Y8BZ3X5V7T9R1P3N5M7K9 is running at https://01jd7y8c2n4m6k8j0h2g4f6e8d.apps.example.com. */
            text: string;
            /** @example Your instance is ready */
            title: string;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        /**
         * @example {
         *       "kind": "instance",
         *       "id": "01JD7Y8C2N4M6K8J0H2G4F6E8D"
         *     }
         */
        NotificationResource: {
            id: string;
            /** @enum {string} */
            kind: "subscription" | "instance" | "webhook" | "api-key" | "account";
        };
        PaymentSessionUrl: {
            /**
             * @description Stripe's page to send the customer to
             * @example https://checkout.stripe.com/c/pay/cs_test_a1b2c3
             */
            url: string;
        };
        Plan: {
            /** @description Backup retention; 7 daily and 10 times the storage when left out */
            backups?: {
                /**
                 * @description Daily backups kept; older ones are deleted
                 * @example 7
                 */
                keep: number;
                /** @description Cap on the size of all backups kept; 10 times the storage by default */
                maxTotalGiB?: number;
            };
            /**
             * @example month
             * @enum {string}
             */
            billingPeriod: "month" | "year";
            /**
             * @description URL-safe identifier
             * @example starter
             */
            id: string;
            /** @description What the instance may use; enforced by the namespace quota. */
            limits: {
                /** @example 500 */
                cpuMillicores: number;
                /** @example 1024 */
                memoryMiB: number;
                /** @example 5 */
                storageGiB: number;
            };
            /** @example Starter */
            name: string;
            price: components["schemas"]["Price"];
        };
        PlanChange: {
            fromLimits: {
                cpuMillicores: number;
                memoryMiB: number;
                storageGiB: number;
            };
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            fromPlanId: string;
            fromPrice: components["schemas"]["Price"];
            /** @description Names the workflow execution and keys the ledger entry */
            id: string;
            /** @description The charge (upgrade) or credit (downgrade) recorded when the new plan runs */
            proration: {
                /**
                 * @description Minor units, for the rest of the current period
                 * @example 950
                 */
                amount: number;
                currency: string;
                /** @enum {string} */
                kind: "charge" | "credit" | "none";
                /** Format: date-time */
                periodEnd: string;
                /** Format: date-time */
                periodStart: string;
            };
            /** Format: date-time */
            requestedAt: string;
            toLimits: {
                cpuMillicores: number;
                memoryMiB: number;
                storageGiB: number;
            };
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            toPlanId: string;
            toPrice: components["schemas"]["Price"];
        };
        PlanChangeStarted: {
            instance: components["schemas"]["Instance"];
            /** @description The change and its prorated amount, while it runs */
            planChange?: components["schemas"]["PlanChange"];
            /** @description Still on its current plan: it moves to the new one when the new plan runs */
            subscription: components["schemas"]["Subscription"];
        };
        PlatformStats: {
            /** @description Worker nodes by health */
            nodes: {
                HEALTHY: number;
                OFFLINE: number;
                total: number;
                UNHEALTHY: number;
            };
            /** @description This month's matched payments minus refunds (net), and the periods charged, per currency, in minor units */
            revenue: {
                /** @description One row per currency that moved this month, by code */
                currencies: components["schemas"]["CurrencyRevenue"][];
                /**
                 * @description The current month, UTC
                 * @example 2026-11
                 */
                month: string;
            };
            services: {
                active: number;
            };
            /** @description Every state, 0 when none */
            subscriptions: {
                ACTIVE: number;
                CANCELLED: number;
                EXPIRED: number;
                FAILED: number;
                PENDING: number;
                PROVISIONING: number;
                SUSPENDED: number;
                total: number;
            };
            users: {
                ACTIVE: number;
                DISABLED: number;
                total: number;
            };
            /** @description Webhook delivery attempts of the last 24 hours */
            webhooks: {
                attempts: number;
                failed: number;
                /**
                 * Format: date-time
                 * @description The start of the window: the current hour and the 23 before it
                 */
                since: string;
                /** @description Attempts answered with a 2xx */
                succeeded: number;
                /**
                 * @description succeeded / attempts; null when there was no attempt
                 * @example 0.98
                 */
                successRate: number | null;
            };
        };
        Price: {
            /**
             * @description Minor units (cents)
             * @example 1900
             */
            amount: number;
            /** @example EUR */
            currency: string;
        };
        Problem: {
            /** @example The request is not valid. */
            detail: string;
            errors?: {
                /** @example body.plans[0].price.amount */
                field: string;
                message: string;
            }[];
            instance?: string;
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Invalid request */
            title: string;
            /** @example https://docs.paas.example/problems/validation */
            type: string;
        };
        QueueDepth: {
            /** @description Sent with a delay not yet passed (ApproximateNumberOfMessagesDelayed) */
            delayed: number;
            /** @description Received and not yet deleted (ApproximateNumberOfMessagesNotVisible) */
            inFlight: number;
            /** @description Waiting to be received (ApproximateNumberOfMessages) */
            visible: number;
        };
        QueuedWebhookRetry: {
            deliveryId: string;
            /** @description The webhook-id the receiver gets again */
            eventId: string;
        };
        QueuedWebhookTest: {
            /** @description The webhook.test event: its webhook-id, and its delivery id in …/deliveries */
            eventId: string;
        };
        QueueRedrive: {
            /** @description What the DLQ holds after the move; call again while `visible` is not 0 */
            deadLetterQueue: components["schemas"]["QueueDepth"];
            /** @description Messages sent back to the queue by this call */
            moved: number;
            name: string;
        };
        QueueStatus: {
            /** @description Messages given up on after the queue's maxReceiveCount */
            deadLetterQueue: components["schemas"]["QueueDepth"];
            /**
             * @description The name of the queue table row
             * @example webhook-delivery
             */
            name: string;
            queue: components["schemas"]["QueueDepth"];
        };
        QueueStatusList: {
            items: components["schemas"]["QueueStatus"][];
        };
        RecoveryCodes: {
            /** @description Each works once in place of a code; shown only here */
            recoveryCodes: string[];
        };
        Refresh: {
            refreshToken: string;
        };
        Register: {
            /** @example ada@example.com */
            email: string;
            /** @example Ada Lovelace */
            name: string;
            /**
             * @description 12–128 characters, not a common password
             * @example correct horse battery staple
             */
            password: string;
        };
        RegisterNode: {
            /** @example 0.1.0 */
            agentVersion: string;
            kubernetes?: components["schemas"]["KubernetesNodeInfo"];
            /** @example ip-10-0-1-23 */
            nodeName: string;
            system: {
                cpuCores: number;
                diskTotalBytes: number;
                kernel?: string;
                memoryTotalBytes: number;
            };
        };
        ResetPassword: {
            /**
             * @description 12–128 characters, not a common password
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description The token of the link the email gave
             * @example q9Vb2n8Rk3xLw5TzYp1Hc7Jd4Ms6Nf0GaE2uXoKiBv8
             */
            token: string;
        };
        RestartStarted: {
            instance: components["schemas"]["Instance"];
            /** @description Names the restart in the instance’s steps and events */
            restartId: string;
        };
        RestoreRequest: {
            /** @description Restore into a new subscription of the same plan (a clone) instead of this instance */
            intoNewSubscription?: boolean;
            /** @description The clone’s name, with intoNewSubscription */
            name?: string;
        };
        RestoreStarted: {
            instance: components["schemas"]["Instance"];
            /** @description The new subscription, with intoNewSubscription */
            subscription?: components["schemas"]["Subscription"];
        };
        RotatedWebhookSecret: {
            /** @description The new whsec_… secret, shown this once; the previous one keeps signing beside it for 24 hours */
            secret: string;
        };
        Service: {
            /** @example true */
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example Workflow automation with a visual editor. */
            description: string;
            /** @example n8n */
            name: string;
            plans: components["schemas"]["Plan"][];
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            slug: string;
            /**
             * @description The Kubernetes template the service deploys
             * @example n8n
             */
            template: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description The app version deployed: the default version’s
             * @example 1.64.0
             */
            version: string;
            /** @description The app's versions: image and tag, status, the default for new instances */
            versions: components["schemas"]["ServiceVersion"][];
        };
        ServicePage: {
            items: components["schemas"]["Service"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        ServiceVersion: {
            /**
             * @description New instances get this version (exactly one per service)
             * @example true
             */
            default: boolean;
            /**
             * Format: date-time
             * @description When the version stops being maintained; customers are told ahead of it
             */
            endOfLifeAt?: string;
            /** @example n8nio/n8n */
            image: string;
            /** Format: date-time */
            releasedAt: string;
            /**
             * @example supported
             * @enum {string}
             */
            status: "supported" | "deprecated" | "end-of-life";
            /** @example 1.64.0 */
            tag: string;
            /** @example 1.64.0 */
            version: string;
        };
        SessionTokens: {
            /** @description ES256 JWT, valid for expiresIn seconds */
            accessToken: string;
            /** @example 900 */
            expiresIn: number;
            /** @description Opaque; rotated on every use */
            refreshToken: string;
            user: components["schemas"]["User"];
        };
        StartUpgradeBatch: {
            /**
             * @description Instances upgraded at a time; the next batch starts when they have all ended
             * @example 5
             */
            batchSize: number;
            /**
             * @description The version every instance moves to: newer, not end-of-life
             * @example 1.64.0
             */
            toVersion: string;
        };
        /** @description A Stripe webhook event (snapshot payload). */
        StripeEvent: {
            /**
             * @description Unix seconds
             * @example 1767225600
             */
            created: number;
            data: {
                object: {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            /** @example evt_1QabCdEfGhIjKlMn */
            id: string;
            livemode?: boolean;
            /**
             * @example event
             * @constant
             */
            object: "event";
            /** @example invoice.paid */
            type: string;
        } & {
            [key: string]: unknown;
        };
        Subscription: {
            /** @enum {string} */
            billingPeriod: "month" | "year";
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description Set when the subscription becomes ACTIVE
             */
            currentPeriodEnd?: string;
            /** Format: date-time */
            currentPeriodStart?: string;
            /**
             * Format: date-time
             * @description The period end the customer was last told of (subscription.expiring), once per period
             */
            expiringNoticeFor?: string;
            id: string;
            instanceId: string;
            name: string;
            planId: string;
            price: components["schemas"]["Price"];
            /**
             * @description URL-safe identifier
             * @example n8n
             */
            serviceSlug: string;
            /** @enum {string} */
            status: "PENDING" | "PROVISIONING" | "ACTIVE" | "SUSPENDED" | "EXPIRED" | "CANCELLED" | "FAILED";
            /**
             * Format: date-time
             * @description When it was suspended; one suspended for payment expires a grace period after
             */
            suspendedAt?: string;
            /** @enum {string} */
            suspendedReason?: "admin" | "payment";
            /** Format: date-time */
            updatedAt: string;
            userId: string;
        };
        SubscriptionPage: {
            items: components["schemas"]["Subscription"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        SubscriptionUsage: {
            /**
             * Format: date-time
             * @description The range asked for: samples whose hour starts at or after this…
             * @example 2026-11-26T00:00:00.000Z
             */
            from: string;
            /** @description Hourly samples, oldest first; an hour the job could not read has none */
            samples: components["schemas"]["UsageSample"][];
            /** @example 01JD7Y7Q5B2S8X4N6R3T9V0W1Y */
            subscriptionId: string;
            /**
             * Format: date-time
             * @description …and before this
             * @example 2026-11-27T00:00:00.000Z
             */
            to: string;
            totals: components["schemas"]["UsageTotals"];
        };
        TotpCode: {
            /** @example 123456 */
            code: string;
        };
        TotpEnrolment: {
            /**
             * @description For a QR code an authenticator app scans
             * @example otpauth://totp/PaaS%20Platform:ada%40example.com?issuer=PaaS%20Platform&secret=JBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30
             */
            otpauthUri: string;
            /**
             * @description The same secret in base32, to type in; shown only here
             * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
             */
            secret: string;
        };
        TotpOrRecoveryCode: {
            /**
             * @description A code of the authenticator app, or an unused recovery code
             * @example 123456
             */
            code: string;
        };
        Transaction: {
            /**
             * @description Minor units (cents)
             * @example 1900
             */
            amount: number;
            /** @example EUR */
            currency: string;
            /** @example Payment for n8n (starter) */
            description: string;
            id: string;
            /**
             * @description charge: owed (a period, or the rest of one after an upgrade); credit: owed back (the rest of a period after a downgrade); payment: money received; payment-failed: an attempt that moved nothing; refund: money returned
             * @enum {string}
             */
            kind: "charge" | "credit" | "payment" | "payment-failed" | "refund";
            /** @description Why it was not applied, or not matched */
            note?: string;
            /**
             * Format: date-time
             * @description When the provider says it happened; for a charge, its period's start
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description A charge: the end of that period
             */
            periodEnd?: string;
            /**
             * Format: date-time
             * @description A charge: the start of the billing period it is for
             */
            periodStart?: string;
            /** @description A plan change’s prorated charge or credit: the change it is for */
            planChangeId?: string;
            /**
             * @description Who reported the money moving; absent on a charge (the platform bills it)
             * @constant
             */
            provider?: "stripe";
            /** @example evt_1QabCdEfGhIjKlMn */
            providerEventId?: string;
            /** @example invoice.paid */
            providerEventType?: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The provider's object (invoice, payment intent, refund)
             * @example in_1QabCdEfGhIjKlMn
             */
            reference?: string;
            /** @enum {string} */
            status: "MATCHED" | "UNMATCHED";
            /** @description As the provider named it; an unmatched entry may name one that does not exist */
            subscriptionId?: string;
            userId?: string;
        };
        TransactionPage: {
            items: components["schemas"]["Transaction"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        UpdateMe: {
            currentPassword?: string;
            /**
             * @description A new address: it takes effect when the link emailed to it is followed (the current address is told). The current address again cancels a pending change.
             * @example ada@example.com
             */
            email?: string;
            /** @example Ada Lovelace */
            name?: string;
            /**
             * @description 12–128 characters, not a common password
             * @example correct horse battery staple
             */
            password?: string;
        };
        UpdatePlatformWebhook: {
            description?: string;
            enabled?: boolean;
            /**
             * @description Event types to receive; empty or absent: every one of them. One of: service.created, service.updated, service.deactivated, service.version-added, service.version-updated, user.registered, user.updated, user.disabled, user.deleted, account.closed, backup.scheduled-failed, payment.unmatched, alert.firing, alert.resolved, capacity.low, capacity.recovered, queue.dead-letters, queue.drained, worker.registered, worker.unhealthy, worker.offline, worker.recovered.
             * @example [
             *       "worker.unhealthy",
             *       "worker.offline"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description https only; the host must resolve to public addresses
             * @example https://hooks.example.com/paas
             */
            url?: string;
        };
        UpdateService: {
            /** @example true */
            active?: boolean;
            /** @example Workflow automation with a visual editor. */
            description?: string;
            /** @example n8n */
            name?: string;
            plans?: components["schemas"]["Plan"][];
            /**
             * @description The Kubernetes template the service deploys
             * @example n8n
             */
            template?: string;
            /**
             * @description The app version deployed: the default version’s
             * @example 1.64.0
             */
            version?: string;
        };
        UpdateServiceVersion: {
            /**
             * @description Makes this the default (the previous default stops being it)
             * @constant
             */
            default?: true;
            /** @description null clears it */
            endOfLifeAt?: string | null;
            /** @enum {string} */
            status?: "supported" | "deprecated" | "end-of-life";
        };
        UpdateWebhook: {
            description?: string;
            enabled?: boolean;
            /**
             * @description Event types to receive; empty or absent: every one of them. One of: user.email-verified, user.email-changed, user.password-reset, api-key.created, api-key.revoked, mfa.enabled, mfa.disabled, subscription.created, subscription.activated, subscription.renewed, subscription.expiring, subscription.suspended, subscription.resumed, subscription.cancelled, subscription.expired, instance.running, instance.degraded, instance.failed, instance.deleted, instance.upgrade-started, instance.upgraded, instance.upgrade-failed, version.end-of-life-notice, instance.recovered, instance.restarting, instance.restarted, instance.restart-failed, backup.completed, backup.failed, restore.completed, restore.failed, domain.added, domain.verified, domain.active, domain.certificate-failed, domain.lapsed, domain.failed, domain.removed, subscription.plan-change-started, subscription.plan-changed, subscription.plan-change-failed, payment.succeeded, payment.failed, payment.refunded, instance.alert, notification.created, webhook.test, webhook.failing, webhook.disabled, webhook.recovered.
             * @example [
             *       "instance.running",
             *       "instance.failed"
             *     ]
             */
            eventTypes?: string[];
            /**
             * @description https only; the host must resolve to public addresses
             * @example https://hooks.example.com/paas
             */
            url?: string;
        };
        UpdateWorkerNode: {
            labels?: {
                [key: string]: string;
            };
            schedulable?: boolean;
        };
        UpgradeAccepted: {
            /** @example 1.64.0 */
            fromVersion: string;
            /**
             * @description The instance’s state: UPGRADING until the workflow ends
             * @example UPGRADING
             * @enum {string}
             */
            status: "PROVISIONING" | "RUNNING" | "DEGRADED" | "BACKING_UP" | "RESTORING" | "UPGRADING" | "RESIZING" | "RESTARTING" | "SUSPENDED" | "FAILED" | "DELETING" | "DELETED";
            /** @description Also the id of the pre-upgrade backup the workflow takes first */
            upgradeId: string;
            /** @example 1.65.0 */
            version: string;
        };
        UpgradeBatch: {
            batchSize: number;
            /** Format: date-time */
            createdAt: string;
            failed: number;
            /** @description The failure that paused it */
            failure?: {
                /** @description The instance whose upgrade failed; absent when the batch workflow itself stopped */
                instanceId?: string;
                reason: string;
            };
            fromVersion: string;
            /** @description Changes when a PAUSED batch is resumed or a new one replaces a COMPLETED one */
            id: string;
            /** @description Upgrades of the current batch still running */
            inProgress: number;
            /** @description Live instances still on the version, less those that failed */
            remaining: number;
            serviceSlug: string;
            /** @enum {string} */
            status: "RUNNING" | "PAUSED" | "COMPLETED";
            /** @description Live instances on the version when the batch started */
            total: number;
            toVersion: string;
            /** Format: date-time */
            updatedAt: string;
            upgraded: number;
        };
        UpgradeRequest: {
            /**
             * @description The version to move to: newer than the instance’s, not end-of-life
             * @example 1.64.0
             */
            version: string;
        };
        UsageSample: {
            /**
             * @description CPU in use when read (the sum of the instance's pods, metrics.k8s.io), taken as the hour's average: 1000 is one core
             * @example 37.512
             */
            cpuMillicores: number;
            /**
             * Format: date-time
             * @description Start of the UTC hour the sample stands for
             * @example 2026-11-26T10:00:00.000Z
             */
            hour: string;
            /** @example 01JD7Y7Q5B2S8X4N6R3T9V0W1Z */
            instanceId: string;
            /**
             * Format: date-time
             * @description When the metering job read the figures
             * @example 2026-11-26T10:17:03.000Z
             */
            measuredAt: string;
            /**
             * @description Memory in use when read (working set of its pods), in MiB
             * @example 212.344
             */
            memoryMiB: number;
            /**
             * @description Running pods the metrics API listed
             * @example 1
             */
            pods: number;
            /**
             * @description Capacity of the instance's volumes (PersistentVolumeClaims), in GiB
             * @example 5
             */
            storageGiB: number;
        };
        UsageTotals: {
            /** @example 74.9 */
            cpuMillicoreHours: number;
            /**
             * @description Hours with a sample in the range
             * @example 2
             */
            hours: number;
            /** @example 430.25 */
            memoryMiBHours: number;
            /** @example 10 */
            storageGiBHours: number;
        };
        User: {
            /** Format: date-time */
            createdAt: string;
            /** @example ada@example.com */
            email: string;
            /** @description Whether the owner of the address followed the link emailed to it */
            emailVerified: boolean;
            /** @example 01JD7Y7Q3M8Z6W5V4T3S2R1Q0P */
            id: string;
            name: string;
            /**
             * @description A new address asked for: it replaces `email` when the link emailed to it is followed; until then the account signs in with `email`
             * @example ada@newmail.example
             */
            pendingEmail?: string;
            /**
             * @example ACTIVE
             * @enum {string}
             */
            status: "ACTIVE" | "DISABLED";
            /** Format: date-time */
            updatedAt: string;
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        VerifyEmail: {
            /**
             * @description The token of the link the email gave
             * @example q9Vb2n8Rk3xLw5TzYp1Hc7Jd4Ms6Nf0GaE2uXoKiBv8
             */
            token: string;
        };
        WebhookDeliveryAttempt: {
            /** Format: date-time */
            at: string;
            /** @description 1 for the first try */
            attempt: number;
            /** @description The same for every attempt of one event to this endpoint */
            deliveryId: string;
            durationMs: number;
            /**
             * @description Why there is no status code
             * @enum {string}
             */
            error?: "timeout" | "refused" | "reset" | "redirect" | "dns" | "forbidden-address" | "tls" | "network" | "endpoint-disabled" | "endpoint-deleted";
            eventId: string;
            eventType: string;
            id: string;
            /**
             * Format: date-time
             * @description When the next attempt is due; absent once delivered or given up
             */
            nextRetryAt?: string;
            /** @description The start of the response body, at most 1024 bytes */
            responseExcerpt?: string;
            /** @description The receiver’s HTTP status, when it answered */
            statusCode?: number;
        };
        WebhookDeliveryAttemptPage: {
            items: components["schemas"]["WebhookDeliveryAttempt"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        WebhookEndpoint: {
            /** Format: date-time */
            createdAt: string;
            description?: string;
            /** @description Why delivery stopped, when the platform disabled it (e.g. the receiver answered 410) */
            disabledReason?: string;
            enabled: boolean;
            /** @description Empty: every event of the owner’s audience */
            eventTypes: string[];
            id: string;
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        WebhookEndpointPage: {
            items: components["schemas"]["WebhookEndpoint"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
        WorkerNode: {
            agentVersion: string;
            draining: boolean;
            id: string;
            /** @description Instances placed on the node */
            instanceCount: number;
            kubernetes: components["schemas"]["KubernetesNodeInfo"] | null;
            /** @description Administrators' labels for placement */
            labels: {
                [key: string]: string;
            };
            /** Format: date-time */
            lastHeartbeatAt: string;
            /** @example ip-10-0-1-23 */
            name: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description Whether placement may put new instances here */
            schedulable: boolean;
            /**
             * @example HEALTHY
             * @enum {string}
             */
            status: "HEALTHY" | "UNHEALTHY" | "OFFLINE";
            system: {
                cpuCores: number;
                diskTotalBytes: number;
                kernel?: string;
                memoryTotalBytes: number;
            };
            /** @description From the last heartbeat; null until the first one */
            usage: {
                cpuPercent: number;
                diskUsedBytes: number;
                load: {
                    fifteen: number;
                    five: number;
                    one: number;
                };
                memoryUsedBytes: number;
                uptimeSeconds: number;
            } | null;
        };
        WorkerNodePage: {
            items: components["schemas"]["WorkerNode"][];
            /** @description Absent on the last page */
            nextCursor?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON Web Key Set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListAgentTokens: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentTokenPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminCreateAgentToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentToken"];
            };
        };
        responses: {
            /** @description The token, in full, for the last time. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAgentToken"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRevokeAgentToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListBackups: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
                status?: "RUNNING" | "COMPLETED" | "FAILED";
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of backups; with `userId`, what that customer’s completed backups take in total. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customerTotal?: {
                            count: number;
                            sizeBytes: number;
                        };
                        items: components["schemas"]["Backup"][];
                        /** @description Absent on the last page */
                        nextCursor?: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queues, in the order of the queue table. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueStatusList"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRedriveQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Moved; the DLQ depth after the move tells whether to call again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueRedrive"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateService"];
            };
        };
        responses: {
            /** @description The service was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deactivateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is no longer offered. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateService"];
            };
        };
        responses: {
            /** @description The changed service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminServiceVersionList"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addServiceVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceVersion"];
            };
        };
        responses: {
            /** @description The version was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceVersion"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service already lists this version, or an end-of-life version was made the default. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateServiceVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateServiceVersion"];
            };
        };
        responses: {
            /** @description The changed version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceVersion"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The default version cannot be end-of-life. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUpgradeAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpgradeBatch"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No batch upgrade of this version was started. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startUpgradeAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
                version: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartUpgradeBatch"];
            };
        };
        responses: {
            /** @description The batch upgrade, RUNNING: its `upgrade-batch` workflow starts the first batch and advances it until it pauses or completes (COMPLETED at once when no live instance is on the version). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpgradeBatch"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service, the version or `body.toVersion` is unknown. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A batch of this version is already RUNNING, or toVersion is not newer or is end-of-life. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformStats"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListSubscriptions: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
                serviceSlug?: string;
                status?: "PENDING" | "PROVISIONING" | "ACTIVE" | "SUSPENDED" | "EXPIRED" | "CANCELLED" | "FAILED";
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSubscriptionPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminResumeSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ACTIVE again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminSuspendSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SUSPENDED. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListTransactions: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
                /** @description unmatched: money no subscription could be matched to (unknown subscription, another currency), applied to no one */
                status?: "unmatched" | "matched";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTransactionPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListUsers: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                emailPrefix?: string;
                /** @description Page size, at most 100 */
                limit?: number;
                status?: "ACTIVE" | "DISABLED";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDeleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account and its sessions are gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminUpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdminUpdateUser"];
            };
        };
        responses: {
            /** @description The changed account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListWebhooks: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminCreateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlatformWebhook"];
            };
        };
        responses: {
            /** @description The endpoint and its whsec_ secret. 422 for a non-https or private-address URL, or an event type that is not a platform event. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is not https, does not resolve or resolves to a private address, or an event type is not a platform event. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDeleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminUpdateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlatformWebhook"];
            };
        };
        responses: {
            /** @description The endpoint as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is not https, does not resolve or resolves to a private address, or an event type is not a platform event. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryAttemptPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRetryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; the attempt shows in …/deliveries. 404 for an unknown (or aged-out) delivery; 409 if the endpoint is disabled. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedWebhookRetry"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminRotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookSecret"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminListWorkers: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of nodes, by name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerNodePage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminGetWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerNode"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminDeleteWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The node is removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    adminUpdateWorker: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                idOrName: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkerNode"];
            };
        };
        responses: {
            /** @description The changed node. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerNode"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    agentHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Heartbeat"];
            };
        };
        responses: {
            /** @description Recorded. 404 when the node was never registered (register again). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The node was never registered (or was removed): register again. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    agentRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterNode"];
            };
        };
        responses: {
            /** @description The node record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkerNode"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every key of the account, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description The key as listed, and the key itself, for the last time. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account already holds 25 keys. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: a new link is emailed unless the address is verified already. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 5 verification emails requested per customer in 1 hour (the default; RATE_LIMIT_VERIFICATION_RESEND sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmail"];
            };
        };
        responses: {
            /** @description The address is verified (a new address now replaces the old one, which is told); the token is used up. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token is unknown, expired or used already, was sent to an address the account neither has nor asks for any longer, or to one another account took meanwhile (body.token says which): nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 60 reset and verification links tried per source address in 1 hour (the default; RATE_LIMIT_ACCOUNT_TOKEN_USE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description A new token pair; or, for an account with two-factor sign-in, `{mfaRequired: true, mfaToken}` for POST /v1/auth/login/mfa. 401 for a wrong email or password alike; 429 after too many failures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong email or password: the same answer for both. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 5 failed logins per account and 50 per source address in 15 minutes; a success clears the account's count. The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loginMfa: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginMfa"];
            };
        };
        responses: {
            /** @description A new token pair, as login answers it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The challenge is invalid, expired or used, or the code is wrong or was already used. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 5 wrong codes per account in 15 minutes; then 429 with Retry-After. The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Logout"];
            };
        };
        responses: {
            /** @description The session is ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseAccount"];
            };
        };
        responses: {
            /** @description The account is closed: its instances are being deprovisioned; the ledger is kept without personal data. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The password is wrong (body.password): the account stays open. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A subscription is busy (a backup, an upgrade) and cannot be cancelled yet: ask again once it settles. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 5 attempts to close the account per customer in 1 hour (the default; RATE_LIMIT_ACCOUNT_CLOSE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMe"];
            };
        };
        responses: {
            /** @description The changed profile: a new address shows as `pendingEmail` until its link is followed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The new address belongs to another account (body.email). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 20 profile changes per customer in 1 hour (the default; RATE_LIMIT_PROFILE_CHANGE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportMe: {
        parameters: {
            query?: {
                /** @description Left out, the size decides: inline up to the platform's threshold (1 MiB by default), a link above it. `link` always answers a link; `inline` always answers the document, up to 5242880 bytes (413 above). */
                delivery?: "inline" | "link";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile, subscriptions, instances, backups, webhook endpoints (no secrets), ledger entries and notifications; or, for a large export or with delivery=link, {url, expiresAt, sizeBytes}: a GET link to that document, valid 15 minutes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExportResult"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description delivery=inline for an export larger than an answer can carry (5242880 bytes): ask for a link. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enrolTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The secret, as an otpauth:// URI and in base32, shown only here. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrolment"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-factor sign-in is already on. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpOrRecoveryCode"];
            };
        };
        responses: {
            /** @description Two-factor sign-in is off. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Two-factor sign-in is not on. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 5 wrong codes per account in 15 minutes; then 429 with Retry-After. The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCode"];
            };
        };
        responses: {
            /** @description Ten recovery codes, shown only here. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodes"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no pending enrolment, or two-factor sign-in is already on. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 5 wrong codes per account in 15 minutes; then 429 with Retry-After. The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPassword"];
            };
        };
        responses: {
            /** @description Accepted. A link that works once for 30 minutes is emailed if, and only if, an active account has this address. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 20 password reset requests per source address in 1 hour (the default; RATE_LIMIT_PASSWORD_FORGOT sets another). Also at most 5 per email address in 1 hour, whether an account has it or not. The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPassword"];
            };
        };
        responses: {
            /** @description The password is set, the token used up, every session ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token is unknown, expired or used already (body.token says which), or the password breaks the policy: nothing changed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 60 reset and verification links tried per source address in 1 hour (the default; RATE_LIMIT_ACCOUNT_TOKEN_USE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Refresh"];
            };
        };
        responses: {
            /** @description A new token pair. Reusing a rotated token revokes its whole family (401). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The refresh token is unknown, expired or revoked; reusing a rotated one revokes its whole family. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Register"];
            };
        };
        responses: {
            /** @description The account and its first token pair. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionTokens"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 30 registrations per source address in 1 hour (the default; RATE_LIMIT_REGISTER sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openBillingPortal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portal session's URL: send the customer there. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentSessionUrl"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 30 checkout and billing portal sessions opened per customer in 1 hour (the default; RATE_LIMIT_PAYMENT_SESSION sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    alertsHook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertmanagerWebhook"];
            };
        };
        responses: {
            /** @description Verified; each alert becomes alert.firing / alert.resolved, and instance.alert for the owner of the instance it names (label paas_instance). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertsHookReceipt"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    kubernetesHook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KubernetesEvent"];
            };
        };
        responses: {
            /** @description Verified; a pod of an instance crash-looping, OOM-killed, evicted or failing to pull degrades it, a recovery brings it back. 400 for a bad signature or a stale timestamp. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KubernetesHookReceipt"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    paymentsHook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StripeEvent"];
            };
        };
        responses: {
            /** @description Verified and handled once; a repeated event id is acknowledged (`duplicate`) and not applied twice. 400 for a bad signature or a stale timestamp. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description What the event did; a repeat is `duplicate` and changed nothing
                         * @enum {string}
                         */
                        outcome: "applied" | "recorded" | "unmatched" | "duplicate" | "ignored";
                        /** @constant */
                        received: true;
                        transactionId?: string;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
                /** @description `all`: unread first, then read (each newest first); `unread` or `read`: only those */
                status?: "all" | "unread" | "read";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. A cursor is valid only for the list (and status) that issued it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readNotification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Read. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        openapi: string;
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of active services. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getService: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description URL-safe identifier */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSubscriptions: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubscription"];
            };
        };
        responses: {
            /** @description PROVISIONING; poll the instance. 409 when no node has room. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedSubscription"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email address of the account is not verified yet: open the link emailed to it (POST /v1/auth/email/resend sends another). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service, or no such plan of it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 20 subscriptions created per customer in 1 hour (the default; RATE_LIMIT_SUBSCRIPTION_CREATE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBackups: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of backups. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup, RUNNING; the instance is BACKING_UP until it ends. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backup"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The instance is busy (another backup or a restore), the subscription is not ACTIVE, or the plan’s cap on backups is reached. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 10 backups requested per customer in 1 hour (the default; RATE_LIMIT_BACKUP_CREATE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                backupId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The backup. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Backup"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                backupId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The backup is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                backupId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link and when it expires. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackupDownload"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The backup is not COMPLETED. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restoreBackup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                backupId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestoreRequest"];
            };
        };
        responses: {
            /** @description The instance, RESTORING (or the new subscription, PROVISIONING, restored once it runs). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestoreStarted"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The backup is running or failed, the instance is busy, or the subscription is not ACTIVE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 10 restores requested per customer in 1 hour (the default; RATE_LIMIT_RESTORE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CANCELLED; deprovisioning runs. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePlanRequest"];
            };
        };
        responses: {
            /** @description The plan change started; the instance is RESIZING. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanChangeStarted"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription of yours, or no such plan of its service (body.planId). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The instance is busy (another operation runs), the subscription is not ACTIVE, it is on that plan already, the plan’s storage is smaller than the volumes (volumes only grow), its currency or billing period differs, or its node has no room for it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 10 plan changes requested per customer in 1 hour (the default; RATE_LIMIT_PLAN_CHANGE sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Checkout Session's URL: send the customer there. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentSessionUrl"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such subscription of the caller. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The subscription ended (cancelled, expired, failed) or an administrator suspended it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 30 checkout and billing portal sessions opened per customer in 1 hour (the default; RATE_LIMIT_PAYMENT_SESSION sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every domain of the subscription. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DomainList"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDomainRequest"];
            };
        };
        responses: {
            /** @description The domain, PENDING, with the TXT and CNAME records to publish. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description The hostname is not a public DNS name, or is the platform’s own domain. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The hostname is claimed already (by anyone), the subscription holds 10 domains, or: The instance is busy with another operation (named), or is being deleted or failed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A public DNS name, e.g. app.example.com */
                hostname: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The instance is busy with another operation (named), or is being deleted or failed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A public DNS name, e.g. app.example.com */
                hostname: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The domain after the check: PENDING with what is missing, VERIFIED, ACTIVE, or FAILED; and its certificate’s state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Domain"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The instance is busy with another operation (named), or is being deleted or failed. Or the domain changed meanwhile. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 120 domain checks requested per customer in 1 hour (the default; RATE_LIMIT_DOMAIN_VERIFY sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubscriptionInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance, with the versions it may upgrade to. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceView"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInstanceEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newest events (Kubernetes keeps them about an hour). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceEventList"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInstanceLogs: {
        parameters: {
            query?: {
                /** @description One of the instance's containers; the app's main container by default */
                container?: string;
                /** @description How far back: seconds, an ISO 8601 duration or an instant */
                since?: string;
                /** @description The last lines (default 200, at most 2000) */
                tail?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The log, oldest line first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The instance has no running pod (suspended, provisioning, failed), or the container is not running yet. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    restartInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance, RESTARTING, and the restart’s id (in its steps and events). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestartStarted"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another operation runs on the instance (named), or the instance or its subscription does not run (SUSPENDED, PROVISIONING, FAILED…). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 20 restarts requested per customer in 1 hour (the default; RATE_LIMIT_INSTANCE_RESTART sets another). The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upgradeInstance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpgradeRequest"];
            };
        };
        responses: {
            /** @description UPGRADING: a pre-upgrade backup, the new version, its rollout; on failure the previous version (and its data) come back. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpgradeAccepted"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The subscription is not the caller’s, or the version is not one of the service’s (`body.version`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A downgrade or the same version (apps migrate their data forward), an end-of-life version, another operation running, or a subscription that is not ACTIVE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription with its new period end. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSubscriptionUsage: {
        parameters: {
            query?: {
                /** @description Start of the range (inclusive); default 24 hours before `to` */
                from?: string;
                /** @description End of the range (exclusive), later than `from` and at most 31 days after it; default now */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The samples whose hour starts in the range, oldest first, and their sums, all in one answer (a 31-day range is at most 744 samples an instance). 400 naming `query.from` or `query.to` for a date that is not ISO 8601, a reversed range or one longer than 31 days. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionUsage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger entries (integer minor units with their currency). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description The endpoint and its whsec_ secret. 422 for a non-https or private-address URL, or an unknown event type. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The email address of the account is not verified yet: open the link emailed to it (POST /v1/auth/email/resend sends another). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is not https, does not resolve or resolves to a private address, or an event type is unknown. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description The endpoint as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not JSON. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is not https, does not resolve or resolves to a private address, or an event type is unknown. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page */
                cursor?: string;
                /** @description Page size, at most 100 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attempts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryAttemptPage"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; the attempt shows in …/deliveries. 404 for an unknown (or aged-out) delivery; 409 if the endpoint is disabled; 429 past 30 retries in 10 minutes. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedWebhookRetry"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 30 retries per customer in 10 minutes. The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhookSecret"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; its delivery shows in …/deliveries. 409 if the endpoint is disabled; 429 past 10 tests in 10 minutes. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedWebhookTest"];
                };
            };
            /** @description The request is malformed or a field is invalid (text holding U+FFFE, U+FFFF or an unpaired surrogate included); `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, invalid or expired credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Valid credentials without the right role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource, or not yours. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The URL is too long. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited per caller: At most 10 tests per customer in 10 minutes. The problem's detail names the limit; Retry-After says when to try again. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable; see Retry-After. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After": number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "webhook:account.closed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        subscriptionsCancelled: number;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "account.closed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:alert.firing": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        alertName: string;
                        fingerprint: string;
                        instanceId?: string;
                        labels: {
                            [key: string]: string;
                        };
                        severity?: string;
                        startsAt: string;
                        summary?: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "alert.firing";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:alert.resolved": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        alertName: string;
                        endsAt?: string;
                        fingerprint: string;
                        instanceId?: string;
                        labels: {
                            [key: string]: string;
                        };
                        severity?: string;
                        startsAt: string;
                        summary?: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "alert.resolved";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:api-key.created": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        apiKeyId: string;
                        expiresAt?: string;
                        name: string;
                        scopes: string[];
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "api-key.created";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:api-key.revoked": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        apiKeyId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "api-key.revoked";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:backup.completed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        backupId: string;
                        instanceId: string;
                        kind: string;
                        sizeBytes: number;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "backup.completed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:backup.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        backupId: string;
                        instanceId: string;
                        kind: string;
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "backup.failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:backup.scheduled-failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        backupId: string;
                        instanceId: string;
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "backup.scheduled-failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:capacity.low": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        freePercent: number;
                        healthyNodes: number;
                        thresholdPercent: number;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "capacity.low";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:capacity.recovered": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        freePercent: number;
                        healthyNodes: number;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "capacity.recovered";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:domain.active": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        hostname: string;
                        instanceId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "domain.active";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:domain.added": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        hostname: string;
                        instanceId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "domain.added";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:domain.certificate-failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        hostname: string;
                        instanceId: string;
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "domain.certificate-failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:domain.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        hostname: string;
                        instanceId: string;
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "domain.failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:domain.lapsed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        hostname: string;
                        instanceId: string;
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "domain.lapsed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:domain.removed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        hostname: string;
                        instanceId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "domain.removed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:domain.verified": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        hostname: string;
                        instanceId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "domain.verified";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.alert": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        alertName: string;
                        instanceId: string;
                        severity?: string;
                        /** @enum {string} */
                        status: "firing" | "resolved";
                        subscriptionId: string;
                        summary?: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.alert";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.degraded": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.degraded";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.deleted": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.deleted";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.recovered": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.recovered";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.restart-failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        reason: string;
                        restartId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.restart-failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.restarted": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        restartId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.restarted";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.restarting": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        restartId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.restarting";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.running": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        instanceId: string;
                        provisioningSeconds?: number;
                        subscriptionId: string;
                        url: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.running";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.upgrade-failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        dataRestored: boolean;
                        fromVersion: string;
                        instanceId: string;
                        reason: string;
                        subscriptionId: string;
                        toVersion: string;
                        upgradeId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.upgrade-failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.upgrade-started": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        fromVersion: string;
                        instanceId: string;
                        subscriptionId: string;
                        toVersion: string;
                        upgradeId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.upgrade-started";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:instance.upgraded": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        fromVersion: string;
                        instanceId: string;
                        subscriptionId: string;
                        toVersion: string;
                        upgradeId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "instance.upgraded";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:mfa.disabled": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        /** @enum {string} */
                        confirmedWith: "totp" | "recovery-code";
                        /** @constant */
                        method: "totp";
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "mfa.disabled";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:mfa.enabled": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        /** @constant */
                        method: "totp";
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "mfa.enabled";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:notification.created": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        notificationId: string;
                        title: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "notification.created";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:payment.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        attempt?: number;
                        finalAttempt?: boolean;
                        nextRetryAt?: string;
                        reason: string;
                        subscriptionId: string;
                        suspendsAt?: string;
                        transactionId?: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "payment.failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:payment.refunded": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        amount: number;
                        currency: string;
                        subscriptionId: string;
                        transactionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "payment.refunded";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:payment.succeeded": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        amount: number;
                        currency: string;
                        subscriptionId: string;
                        transactionId?: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "payment.succeeded";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:payment.unmatched": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        amount: number;
                        currency: string;
                        kind: string;
                        providerEventId: string;
                        reason: string;
                        transactionId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "payment.unmatched";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:queue.dead-letters": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        messages: number;
                        queue: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "queue.dead-letters";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:queue.drained": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        queue: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "queue.drained";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:restore.completed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        backupId: string;
                        instanceId: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "restore.completed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:restore.failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        backupId: string;
                        instanceId: string;
                        reason: string;
                        safetyRestored: boolean;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "restore.failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:service.created": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        name: string;
                        slug: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "service.created";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:service.deactivated": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        slug: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "service.deactivated";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:service.updated": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        changed: string[];
                        slug: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "service.updated";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:service.version-added": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        slug: string;
                        version: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "service.version-added";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:service.version-updated": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        changed: string[];
                        slug: string;
                        version: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "service.version-updated";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.activated": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.activated";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.cancelled": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.cancelled";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.created": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        planId: string;
                        serviceSlug: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.created";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.expired": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.expired";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.expiring": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        currentPeriodEnd: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.expiring";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.plan-change-failed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        fromPlanId: string;
                        instanceId: string;
                        planChangeId: string;
                        reason: string;
                        subscriptionId: string;
                        toPlanId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.plan-change-failed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.plan-change-started": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        fromPlanId: string;
                        instanceId: string;
                        planChangeId: string;
                        subscriptionId: string;
                        toPlanId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.plan-change-started";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.plan-changed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        amount: number;
                        currency: string;
                        fromPlanId: string;
                        instanceId: string;
                        planChangeId: string;
                        /** @enum {string} */
                        prorationKind: "charge" | "credit" | "none";
                        subscriptionId: string;
                        toPlanId: string;
                        transactionId?: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.plan-changed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.renewed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        currentPeriodEnd: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.renewed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.resumed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.resumed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:subscription.suspended": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        reason: string;
                        subscriptionId: string;
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "subscription.suspended";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:user.deleted": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "user.deleted";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:user.disabled": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "user.disabled";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:user.email-changed": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "user.email-changed";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:user.email-verified": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "user.email-verified";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:user.password-reset": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "user.password-reset";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:user.registered": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "user.registered";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:user.updated": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        changed: string[];
                        userId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "user.updated";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:version.end-of-life-notice": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        daysLeft: number;
                        endOfLifeAt: string;
                        instanceId: string;
                        serviceSlug: string;
                        subscriptionId: string;
                        upgradeTo?: string;
                        userId: string;
                        version: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "version.end-of-life-notice";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:webhook.disabled": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                        webhookId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "webhook.disabled";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:webhook.failing": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                        webhookId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "webhook.failing";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:webhook.recovered": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                        webhookId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "webhook.recovered";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:webhook.test": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        userId: string;
                        webhookId: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "webhook.test";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:worker.offline": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        lastHeartbeatAt: string;
                        nodeName: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "worker.offline";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:worker.recovered": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        nodeName: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "worker.recovered";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:worker.registered": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        nodeName: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "worker.registered";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook:worker.unhealthy": {
        parameters: {
            query?: never;
            header: {
                /** @description `paas-platform-webhooks/1` */
                "user-agent"?: string;
                /** @description The event’s id: the same on every attempt and retry; drop a message whose id you have already handled. */
                "webhook-id": string;
                /** @description The webhook-id of the event numbered one less; absent on webhook-sequence 1. Not covered by the signature. */
                "webhook-previous-id"?: string;
                /** @description This endpoint’s count of events: 1 for the first it was sent, then 2, 3, … with no gap, fixed when the event is queued and the same on every retry. A gap means an earlier event is still being retried: wait for it, or reorder. Not covered by the signature. */
                "webhook-sequence": string;
                /** @description Space-separated `v1,<base64 HMAC-SHA256>` signatures of `<webhook-id>.<webhook-timestamp>.<body>`, one per active secret (two for 24 hours after a rotation); verify with a Standard Webhooks library and your whsec_ secret. */
                "webhook-signature": string;
                /** @description This attempt’s time, in seconds since the epoch (Standard Webhooks); refuse one far from your clock. */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: {
                        lastHeartbeatAt: string;
                        nodeName: string;
                    };
                    /**
                     * Format: date-time
                     * @description When the event happened
                     */
                    timestamp: string;
                    /** @constant */
                    type: "worker.unhealthy";
                };
            };
        };
        responses: {
            /** @description Received. Only the first bytes of the answer are kept in the delivery log. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the endpoint is disabled and nothing more is sent to it. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not received: retried on the schedule. The first 1024 bytes of the answer are kept in the delivery log. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
