import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as z from 'zod';
import { inboundVariables } from '../../shared/inbound-webhooks/inbound-environment';
import { inboundSources, type InboundSource } from '../../shared/inbound-webhooks/inbound-sources';

export type LocalInboundSecrets = Record<InboundSource, string> & {
  /** Where the generated ones are kept (absent for an in-memory platform). */
  file?: string;
  /** Which came from the environment rather than the file. */
  fromEnvironment: InboundSource[];
};

const storedSchema = z.object({ payments: z.string().min(1), kubernetes: z.string().min(1), alerts: z.string().min(1) }).partial();

/** New secrets: the payments one in Stripe's `whsec_` form, so `stripe listen`-style tooling and the test helper accept it. */
const generate: Record<InboundSource, () => string> = {
  payments: () => `whsec_${randomBytes(24).toString('base64url')}`,
  kubernetes: () => randomBytes(32).toString('hex'),
  alerts: () => randomBytes(32).toString('hex'),
};

/**
 * The inbound hooks' secrets on this machine (README "Inbound webhooks"): PAYMENTS_WEBHOOK_SECRET,
 * KUBERNETES_WEBHOOK_SECRET and ALERTS_WEBHOOK_TOKEN when set, else generated once into
 * `<data>/inbound-secrets.json` (readable by the owner only) and kept across restarts. Sets the variables
 * the hook functions read.
 */
export const localInboundSecrets = (dataDir: string | undefined, env: NodeJS.ProcessEnv = process.env): LocalInboundSecrets => {
  const file = dataDir ? join(dataDir, 'inbound-secrets.json') : undefined;
  const stored = file && existsSync(file) ? storedSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).data ?? {} : {};
  const fromEnvironment = inboundSources.filter((source) => env[inboundVariables[source].secret]);
  const secrets = Object.fromEntries(inboundSources.map((source) => [source, env[inboundVariables[source].secret] ?? stored[source] ?? generate[source]()])) as Record<InboundSource, string>;
  if (file) {
    const toStore = { ...stored, ...Object.fromEntries(inboundSources.filter((source) => !fromEnvironment.includes(source)).map((source) => [source, secrets[source]])) };
    if (JSON.stringify(toStore) !== JSON.stringify(stored)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(toStore, null, 2)}\n`, { mode: 0o600 });
    }
  }
  for (const source of inboundSources) env[inboundVariables[source].secret] = secrets[source];
  return { ...secrets, file, fromEnvironment };
};
