import { CreateSecretCommand, PutSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateEmailIdentityCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { redriveDeadLetters } from '../../shared/admin-queues/redrive-dead-letters';
import { sqsQueueAdmin } from '../../shared/admin-queues/sqs-queue-admin';
import { clientConfig, jsonServiceSettings } from '../../shared/aws/clients';
import { sqsApi } from '../../shared/aws/sqs/sqs-api';
import { secretsManagerSecret } from '../../shared/inbound-webhooks/secrets-manager-secret';
import { sesEmailSender } from '../../shared/notifications/ses-email-sender';
import { emulatorClientConfig, useMoto, withEmulatorEnvironment } from './support/moto';

/**
 * The platform's SQS, SES and Secrets Manager adapters against moto, each through the client the functions
 * make (shared/aws/clients.ts; SQS's is the light JSON-protocol one) with AWS_ENDPOINT_URL pointing at the emulator.
 *
 * moto 5.2.6, where this suite meets it: SES keeps sent mail in memory, readable at /moto-api/data.json (that
 * endpoint answers 500 once a Lambda function exists without Docker, so this file creates none); SQS moves a
 * message to its DLQ on the receive past maxReceiveCount, as SQS does.
 */
const emulator = useMoto();
const endpoint = () => emulator().endpoint;
const withEmulator = <T>(body: () => Promise<T>) => withEmulatorEnvironment(endpoint(), body);
const clients: Array<{ destroy(): void }> = [];
const made = <T extends { destroy(): void }>(client: T): T => (clients.push(client), client);
afterAll(() => clients.forEach((client) => client.destroy()));

describe('SQS: the admin redrive on the SQS API', () => {
  let sqs: SQSClient;
  let queue: { name: string; url: string; deadLetterUrl: string };
  beforeAll(async () => {
    sqs = made(new SQSClient(emulatorClientConfig(endpoint())));
    const { QueueUrl: deadLetterUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'webhook-delivery-dlq' }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: deadLetterUrl, AttributeNames: ['QueueArn'] }));
    const { QueueUrl: url } = await sqs.send(
      new CreateQueueCommand({
        QueueName: 'webhook-delivery',
        Attributes: { VisibilityTimeout: '0', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: Attributes!.QueueArn, maxReceiveCount: 1 }) },
      }),
    );
    queue = { name: 'webhook-delivery', url: url!, deadLetterUrl: deadLetterUrl! };
  });

  it('moves every message of the DLQ back to its queue, body and attributes whole, and leaves the DLQ empty', async () => {
    const bodies = Array.from({ length: 13 }, (_, index) => JSON.stringify({ deliveryId: `d-${index}` }));
    for (const body of bodies) {
      await sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: body, MessageAttributes: { attempt: { DataType: 'Number', StringValue: '3' } } }));
    }
    // Received once without a delete (a consumer that failed), then again: past maxReceiveCount, into the DLQ.
    const receiveAll = async (url: string) => {
      const seen: Array<{ Body?: string; MessageAttributes?: Record<string, { StringValue?: string }> }> = [];
      for (let empty = 0; empty < 2; ) {
        const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, MessageAttributeNames: ['All'] }));
        if (Messages.length === 0) empty++;
        seen.push(...Messages);
      }
      return seen;
    };
    await receiveAll(queue.url);
    await receiveAll(queue.url);
    const result = await withEmulator(async () => {
      const admin = sqsQueueAdmin(made(sqsApi(jsonServiceSettings('SQS'))));
      expect((await admin.depth(queue.deadLetterUrl)).visible).toBe(bodies.length);
      return redriveDeadLetters({ queues: [queue], admin }, 'webhook-delivery', { deadline: Date.now() + 60_000 });
    });
    expect(result).toMatchObject({ name: 'webhook-delivery', moved: bodies.length, deadLetterQueue: { visible: 0, inFlight: 0 } });
    const back = await receiveAll(queue.url);
    expect(back.map((message) => message.Body).sort()).toEqual([...bodies].sort());
    expect(back.every((message) => message.MessageAttributes?.attempt?.StringValue === '3')).toBe(true);
  });

  it('refuses a queue the function was not given (not found), moving nothing', async () => {
    await withEmulator(async () => {
      const admin = sqsQueueAdmin(made(sqsApi(jsonServiceSettings('SQS'))));
      const before = await admin.depth(queue.deadLetterUrl);
      await expect(redriveDeadLetters({ queues: [queue], admin }, 'no-such-queue', { deadline: Date.now() + 10_000 })).rejects.toMatchObject({ name: 'AppError', type: 'not-found' });
      expect(await admin.depth(queue.deadLetterUrl)).toEqual(before);
    });
  });
});

describe('SES: notification emails from a verified identity', () => {
  const from = 'notifications@paas.example';
  const message = {
    to: 'customer@example.com',
    subject: 'Your n8n instance is ready — ünïcödé',
    text: 'Hello,\n\nyour instance https://n8n-1.apps.example is running.\n',
    eventId: 'evt-1',
    eventType: 'subscription.activated',
    notificationId: 'ntf-1',
  };
  const sentMail = () => emulator().motoApi<unknown>('/moto-api/data.json');

  it('refuses to send from an identity that is not verified', async () => {
    await withEmulator(async () => {
      const sender = sesEmailSender(made(new SESv2Client(clientConfig('SESV2'))), 'unverified@elsewhere.example');
      await expect(sender.send(message)).rejects.toMatchObject({ name: 'MessageRejected' });
    });
  });

  it('sends from the verified identity; the message is read back whole: sender, recipient, subject and body', async () => {
    const ses = made(new SESv2Client(emulatorClientConfig(endpoint())));
    await ses.send(new CreateEmailIdentityCommand({ EmailIdentity: from }));
    const { reference } = await withEmulator(() => sesEmailSender(made(new SESv2Client(clientConfig('SESV2'))), from).send(message));
    expect(reference).not.toBe('unknown');
    const data = await sentMail();
    const sent = findSent(data, reference);
    expect(sent, JSON.stringify(data).slice(0, 2000)).toMatchObject({ source: from, to: [message.to], subject: message.subject, body: message.text });
  });
});

/** moto's data.json lists SES's sent messages under its own keys; this finds the one with SES's message id. */
const findSent = (data: unknown, messageId: string): { source: string; to: string[]; subject: string; body: string } | undefined => {
  const visit = (value: unknown): Record<string, unknown> | undefined => {
    if (Array.isArray(value)) return value.map(visit).find(Boolean);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.id === messageId || record.message_id === messageId) return record;
      return Object.values(record).map(visit).find(Boolean);
    }
    return undefined;
  };
  const found = visit(data);
  if (!found) return undefined;
  const destinations = found.destinations as { ToAddresses?: string[] } | undefined;
  return { source: found.source as string, to: destinations?.ToAddresses ?? [], subject: found.subject as string, body: found.body as string };
};

describe('Secrets Manager: inbound webhook secrets', () => {
  afterAll(() => vi.useRealTimers());

  it('reads the secret, keeps it for the cache time, and picks up a rotated value after it', async () => {
    const secrets = made(new SecretsManagerClient(emulatorClientConfig(endpoint())));
    const { ARN } = await secrets.send(new CreateSecretCommand({ Name: 'paas/inbound/payments', SecretString: 'whsec_first' }));
    // The clock is the test's: the cache's age is read from Date, so no wall-clock wait decides the outcome.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-05T12:00:00Z') });
    await withEmulator(async () => {
      const secret = secretsManagerSecret(ARN!, 300);
      expect(await secret()).toBe('whsec_first');
      await secrets.send(new PutSecretValueCommand({ SecretId: ARN, SecretString: 'whsec_rotated' }));
      vi.setSystemTime(new Date('2026-12-05T12:04:59Z'));
      expect(await secret()).toBe('whsec_first');
      vi.setSystemTime(new Date('2026-12-05T12:05:01Z'));
      expect(await secret()).toBe('whsec_rotated');
    });
  });

  it('a secret that does not exist is an error naming no value', async () => {
    await withEmulator(async () => {
      const failure = await secretsManagerSecret('arn:aws:secretsmanager:us-east-1:123456789012:secret:paas/none-AbCdEf', 300)().catch((error: Error) => error);
      expect(failure).toBeInstanceOf(Error);
      expect((failure as Error).name).toMatch(/ResourceNotFound|GetParameterError/);
    });
  });
});
