import { Annotations, ArnFormat, Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { PlatformFunction } from './platform-function';

/** The queue consumer that writes notifications and sends their emails (functions/queues.ts). */
export const notifierHandler = 'notifications/notify';

/**
 * The account routes that email a link themselves (shared/accounts/account-mail.ts): a link carries a token,
 * so it never travels through an event to the notifier.
 */
export const accountMailHandlers = ['auth/register', 'auth/password-forgot', 'auth/password-reset', 'auth/email-resend', 'auth/close-me'] as const;

/**
 * Lets the notifier (and the account mail routes) send email through SES from the `notificationSender` context value: the address in its
 * environment, and ses:SendEmail on that identity only (the address, or its domain when the domain is what
 * was verified in SES). Without a sender the notifier writes notifications and sends nothing. Call it once
 * the queue table has made its functions; a table without the notifier (a test's) gets nothing.
 */
export const grantNotificationEmail = (functions: readonly PlatformFunction[], sender: string | undefined): void => {
  const notifier = functions.find(({ handlerModules }) => handlerModules.includes(notifierHandler));
  if (!notifier) return;
  if (!sender) {
    Annotations.of(notifier).addInfo('No notificationSender in the context: notification emails are off (notifications are still written).');
    return;
  }
  const senders = [notifier, ...functions.filter(({ handlerModules }) => handlerModules.some((module) => (accountMailHandlers as readonly string[]).includes(module)))];
  for (const each of senders) {
    each.function.addEnvironment('NOTIFICATION_SENDER', sender);
    const stack = Stack.of(each);
    const identity = (name: string) => stack.formatArn({ service: 'ses', resource: 'identity', resourceName: name, arnFormat: ArnFormat.SLASH_RESOURCE_NAME });
    each.function.addToRolePolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources: [identity(sender), identity(sender.slice(sender.lastIndexOf('@') + 1))] }));
  }
};
