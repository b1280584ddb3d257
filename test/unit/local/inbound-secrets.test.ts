import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localInboundSecrets } from '../../../infra/local/inbound-secrets';

describe('the local runtime’s inbound hook secrets', () => {
  it('are generated once into the data folder (owner-readable only), the payments one in Stripe’s whsec_ form, and kept across restarts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inbound-secrets-'));
    const env: NodeJS.ProcessEnv = {};
    const first = localInboundSecrets(dir, env);
    expect(first.payments).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(first.kubernetes).toMatch(/^[0-9a-f]{64}$/);
    expect(first.alerts).toMatch(/^[0-9a-f]{64}$/);
    expect(env).toMatchObject({ PAYMENTS_WEBHOOK_SECRET: first.payments, KUBERNETES_WEBHOOK_SECRET: first.kubernetes, ALERTS_WEBHOOK_TOKEN: first.alerts });
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(first.file!, 'utf8'))).toEqual({ payments: first.payments, kubernetes: first.kubernetes, alerts: first.alerts });

    const again = localInboundSecrets(dir, {});
    expect([again.payments, again.kubernetes, again.alerts]).toEqual([first.payments, first.kubernetes, first.alerts]);
  });

  it('take a secret from the environment when it is set, and do not write it to the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inbound-secrets-'));
    const chosen = localInboundSecrets(dir, { PAYMENTS_WEBHOOK_SECRET: 'whsec_from_stripe_listen' });
    expect(chosen.payments).toBe('whsec_from_stripe_listen');
    expect(chosen.fromEnvironment).toEqual(['payments']);
    expect(JSON.parse(readFileSync(chosen.file!, 'utf8'))).not.toHaveProperty('payments');
  });

  it('are new each time without a data folder (an in-memory platform)', () => {
    const a = localInboundSecrets(undefined, {});
    const b = localInboundSecrets(undefined, {});
    expect(a.file).toBeUndefined();
    expect(a.kubernetes).not.toBe(b.kubernetes);
  });
});
