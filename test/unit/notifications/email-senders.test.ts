import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmailMessage } from '../../../shared/notifications/email-sender';
import { fileEmailSender } from '../../../shared/notifications/file-email-sender';
import { LOCAL_SENDER, notificationSettings } from '../../../shared/notifications/notification-settings';
import { sesEmailSender } from '../../../shared/notifications/ses-email-sender';

const message: EmailMessage = {
  to: 'ada@example.com',
  subject: 'Your instance is ready',
  text: 'Hello Ada,\n\nInstance i-1 is running at https://i-1.apps.example.com.\n',
  eventId: '01JD7Y9V6M1S8W4K2T3R5Q7P9N',
  eventType: 'instance.running',
  notificationId: '01JD7Y9V6M1S8W4K2T3R5Q7P9M',
};

describe('the SES sender', () => {
  it('sends plain UTF-8 text from the configured identity to the one recipient, with the event id in a header', async () => {
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-123' });
    expect(await sesEmailSender(new SESv2Client({ region: 'eu-west-1' }), 'notify@example.com').send(message)).toEqual({ reference: 'ses-123' });
    const [call] = ses.commandCalls(SendEmailCommand);
    expect(call!.args[0].input).toMatchObject({
      FromEmailAddress: 'notify@example.com',
      Destination: { ToAddresses: ['ada@example.com'] },
      Content: {
        Simple: {
          Subject: { Data: 'Your instance is ready', Charset: 'UTF-8' },
          Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
          Headers: expect.arrayContaining([{ Name: 'X-Platform-Event-Id', Value: message.eventId }]),
        },
      },
      EmailTags: [{ Name: 'eventType', Value: 'instance.running' }],
    });
    ses.restore();
  });

  it('lets a refusal through, so the queue retries the email', async () => {
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }));
    await expect(sesEmailSender(new SESv2Client({ region: 'eu-west-1' }), 'notify@example.com').send(message)).rejects.toThrow('Rate exceeded');
    ses.restore();
  });
});

describe('the local file sender', () => {
  it('writes each message as a JSON file named by time and notification, and a second send as a second file', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'mail-test-')), 'mail');
    let tick = 0;
    const sender = fileEmailSender(folder, LOCAL_SENDER, () => new Date(Date.UTC(2030, 0, 2, 3, 4, 5, tick++)));
    const { reference } = await sender.send(message);
    expect(reference).toBe(join(folder, `2030-01-02T03-04-05.000Z-${message.notificationId}.json`));
    expect(JSON.parse(readFileSync(reference, 'utf8'))).toEqual({ from: LOCAL_SENDER, ...message, sentAt: '2030-01-02T03:04:05.000Z' });
    await sender.send(message);
    expect(readdirSync(folder)).toHaveLength(2);
  });
});

describe('where emails go', () => {
  it('to files locally, through SES with a sender, nowhere without one; never to files inside Lambda', () => {
    expect(notificationSettings({ NOTIFICATION_MAIL_DIR: '/data/mail' }).email).toEqual({ kind: 'files', folder: '/data/mail', from: LOCAL_SENDER });
    expect(notificationSettings({ NOTIFICATION_SENDER: 'notify@example.com' }).email).toEqual({ kind: 'ses', from: 'notify@example.com' });
    expect(notificationSettings({}).email).toEqual({ kind: 'off' });
    expect(notificationSettings({ NOTIFICATION_MAIL_DIR: '/tmp/mail', AWS_LAMBDA_FUNCTION_NAME: 'notify' }).email).toEqual({ kind: 'off' });
    expect(() => notificationSettings({ NOTIFICATION_SENDER: 'not an address' })).toThrow(/NOTIFICATION_SENDER/);
    expect(notificationSettings({}).retentionDays).toBe(90);
  });
});
