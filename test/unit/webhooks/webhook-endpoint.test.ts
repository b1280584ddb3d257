import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors/app-error';
import { eventCatalogue } from '../../../shared/events/event-catalogue';
import { capExcerpt, RESPONSE_EXCERPT_BYTES } from '../../../shared/webhooks/delivery-attempt';
import { checkEventTypes, createWebhookSchema, endpointWantsEvent, eventTypesFor, updateWebhookSchema, webhookEndpointSchema } from '../../../shared/webhooks/webhook-endpoint';
import { webhookSettings } from '../../../shared/webhooks/webhook-settings';

describe('webhook bodies', () => {
  it('accept a URL with optional event types and description, and nothing else', () => {
    expect(createWebhookSchema.parse({ url: ' https://hooks.example.com/in ' })).toEqual({ url: 'https://hooks.example.com/in' });
    expect(createWebhookSchema.safeParse({ url: 'https://x.example', secret: 'whsec_mine' }).success).toBe(false);
    expect(createWebhookSchema.safeParse({ url: 'https://x.example', eventTypes: 'instance.running' }).success).toBe(false);
    expect(createWebhookSchema.safeParse({ url: 'https://x.example/' + 'a'.repeat(2048) }).success).toBe(false);
    expect(createWebhookSchema.safeParse({}).success).toBe(false);
    expect(updateWebhookSchema.parse({ enabled: false })).toEqual({ enabled: false });
    expect(updateWebhookSchema.safeParse({ enabled: 'no' }).success).toBe(false);
  });

  it('the public view has no place for a secret', () => {
    const view = webhookEndpointSchema.parse({
      id: '01JD7Y7Q0000000000000000AA', url: 'https://x.example/', eventTypes: [], enabled: true,
      createdAt: '2026-11-25T12:00:00.000Z', updatedAt: '2026-11-25T12:00:00.000Z', secret: 'whsec_x', previousSecrets: [],
    });
    expect(Object.keys(view)).not.toContain('secret');
    expect(Object.keys(view)).not.toContain('previousSecrets');
  });
});

describe('event types by audience', () => {
  it('splits the catalogue: customers get their own events, administrators the platform ones', () => {
    const customer = eventTypesFor('customer');
    const platform = eventTypesFor('platform');
    expect(customer).toContain('instance.running');
    expect(platform).toEqual(expect.arrayContaining(['worker.unhealthy', 'worker.offline', 'user.registered']));
    expect(customer.filter((type) => platform.includes(type))).toEqual([]);
    expect([...customer, ...platform].sort()).toEqual(Object.keys(eventCatalogue).sort());
  });

  it('refuses unknown types and the other audience’s with a 422 naming each, and drops duplicates', () => {
    expect(checkEventTypes(undefined, 'customer')).toBeUndefined();
    expect(checkEventTypes(['instance.running', 'instance.running', 'subscription.cancelled'], 'customer')).toEqual(['instance.running', 'subscription.cancelled']);
    try {
      checkEventTypes(['instance.running', 'no.such', 'worker.offline'], 'customer');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).type).toBe('unprocessable');
      expect((error as AppError).errors).toEqual([
        { field: 'body.eventTypes[1]', message: expect.stringContaining('"no.such"') },
        { field: 'body.eventTypes[2]', message: expect.stringContaining('"worker.offline"') },
      ]);
    }
    expect(() => checkEventTypes(['instance.running'], 'platform')).toThrow(AppError);
  });

  it('an endpoint with no types receives every event of its audience; a disabled one receives nothing', () => {
    expect(endpointWantsEvent({ enabled: true, eventTypes: [] }, 'instance.failed')).toBe(true);
    expect(endpointWantsEvent({ enabled: true, eventTypes: ['instance.running'] }, 'instance.failed')).toBe(false);
    expect(endpointWantsEvent({ enabled: true, eventTypes: ['instance.running'] }, 'instance.running')).toBe(true);
    expect(endpointWantsEvent({ enabled: false, eventTypes: [] }, 'instance.running')).toBe(false);
  });
});

describe('response excerpts', () => {
  it('keep at most 1 KiB and never split a character', () => {
    expect(capExcerpt('short')).toBe('short');
    expect(Buffer.byteLength(capExcerpt('x'.repeat(5000)))).toBe(RESPONSE_EXCERPT_BYTES);
    const euros = capExcerpt('€'.repeat(1000)); // 3 bytes each: 341 fit in 1024
    expect(euros).toBe('€'.repeat(341));
    expect(capExcerpt('a' + '😀'.repeat(300))).toBe('a' + '😀'.repeat(255));
  });
});

describe('webhook settings', () => {
  it.each([
    [{}, false],
    [{ WEBHOOKS_ALLOW_LOOPBACK: '0' }, false],
    [{ WEBHOOKS_ALLOW_LOOPBACK: '1' }, true],
    // The deployed stack cannot turn it on: inside Lambda the variable is ignored.
    [{ WEBHOOKS_ALLOW_LOOPBACK: '1', AWS_LAMBDA_FUNCTION_NAME: 'paas-webhooks-create' }, false],
  ])('%j → loopback allowed: %s', (env, allowed) => {
    expect(webhookSettings(env).addressPolicy.allowLoopback).toBe(allowed);
  });

  it('keeps attempts 30 days unless told otherwise, and refuses nonsense', () => {
    expect(webhookSettings({}).attemptRetentionDays).toBe(30);
    expect(webhookSettings({ WEBHOOK_ATTEMPT_RETENTION_DAYS: '7' }).attemptRetentionDays).toBe(7);
    expect(() => webhookSettings({ WEBHOOK_ATTEMPT_RETENTION_DAYS: '0' })).toThrow(/WEBHOOK_ATTEMPT_RETENTION_DAYS/);
    expect(() => webhookSettings({ WEBHOOKS_ALLOW_LOOPBACK: 'yes' })).toThrow(/WEBHOOKS_ALLOW_LOOPBACK/);
  });
});
