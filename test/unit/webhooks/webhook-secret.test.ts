import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { activeSecrets, newWebhookSecret, PREVIOUS_SECRET_GRACE_MS, rotateSecrets, secretPattern, signatureHeader } from '../../../shared/webhooks/webhook-secret';

const now = new Date('2026-11-25T12:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('webhook secrets', () => {
  it('are whsec_ + base64 of 32 random bytes, different every time', () => {
    const secrets = Array.from({ length: 50 }, newWebhookSecret);
    for (const secret of secrets) {
      expect(secret).toMatch(secretPattern);
      expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    }
    expect(new Set(secrets).size).toBe(50);
  });

  it('sign and verify with the standardwebhooks library, as a receiver would', () => {
    const secret = newWebhookSecret();
    const payload = JSON.stringify({ type: 'subscription.activated', data: { subscriptionId: 'sub_1' } });
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': signatureHeader([secret], 'msg_1', new Date(), payload) };
    expect(new Webhook(secret).verify(payload, headers)).toEqual(JSON.parse(payload));
    expect(() => new Webhook(newWebhookSecret()).verify(payload, headers)).toThrow(/No matching signature/);
    expect(() => new Webhook(secret).verify(payload.replace('sub_1', 'sub_2'), headers)).toThrow(/No matching signature/);
  });

  it('sign with every active secret during a rotation, so a receiver with either one verifies', () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const payload = '{"ok":true}';
    const signature = signatureHeader([current, previous], 'msg_2', new Date(), payload);
    expect(signature.split(' ')).toHaveLength(2);
    const headers = { 'webhook-id': 'msg_2', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': signature };
    expect(new Webhook(current).verify(payload, headers)).toEqual({ ok: true });
    expect(new Webhook(previous).verify(payload, headers)).toEqual({ ok: true });
  });
});

describe('rotation', () => {
  const first = { secret: 'whsec_first', previousSecrets: [] };

  it('keeps the old secret active beside the new one for 24 hours, then drops it', () => {
    const rotated = rotateSecrets(first, 'whsec_second', now);
    expect(rotated).toEqual({ secret: 'whsec_second', previousSecrets: [{ secret: 'whsec_first', expiresAt: later(PREVIOUS_SECRET_GRACE_MS).toISOString() }] });
    expect(PREVIOUS_SECRET_GRACE_MS).toBe(24 * 3600 * 1000);
    expect(activeSecrets(rotated, now)).toEqual(['whsec_second', 'whsec_first']);
    expect(activeSecrets(rotated, later(PREVIOUS_SECRET_GRACE_MS - 1))).toEqual(['whsec_second', 'whsec_first']);
    expect(activeSecrets(rotated, later(PREVIOUS_SECRET_GRACE_MS))).toEqual(['whsec_second']);
  });

  it('keeps every secret still in its grace across quick rotations, newest first, and forgets expired ones', () => {
    const twice = rotateSecrets(rotateSecrets(first, 'whsec_second', now), 'whsec_third', later(3600_000));
    expect(activeSecrets(twice, later(3600_000))).toEqual(['whsec_third', 'whsec_second', 'whsec_first']);
    const dayLater = rotateSecrets(twice, 'whsec_fourth', later(PREVIOUS_SECRET_GRACE_MS + 1));
    expect(dayLater.previousSecrets.map((p) => p.secret)).toEqual(['whsec_third', 'whsec_second']);
  });

  it('keeps at most five previous secrets however often it rotates', () => {
    let secrets = { secret: 'whsec_0', previousSecrets: [] as { secret: string; expiresAt: string }[] };
    for (let i = 1; i <= 10; i++) secrets = rotateSecrets(secrets, `whsec_${i}`, later(i * 1000));
    expect(secrets.previousSecrets.map((p) => p.secret)).toEqual(['whsec_9', 'whsec_8', 'whsec_7', 'whsec_6', 'whsec_5']);
  });
});
