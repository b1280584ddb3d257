import * as z from 'zod';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ulid } from 'ulid';
import { sha256Base64url } from '../crypto/sha256';

/**
 * Agent tokens: `agt_<id>_<secret>`. The id finds the stored token with one key; only a SHA-256 of the
 * 256-bit secret is stored. Shown once, at creation.
 */
export const newAgentToken = (now = Date.now()) => {
  const id = ulid(now);
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, token: `agt_${id}_${secret}`, secretHash: hashAgentSecret(secret) };
};

export const parseAgentToken = (token: string): { id: string; secret: string } | undefined => {
  const match = /^agt_([0-9A-HJKMNP-TV-Z]{26})_([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1]!, secret: match[2]! } : undefined;
};

export const hashAgentSecret = sha256Base64url;

export const sameSecretHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export const agentTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().optional(),
  })
  .meta({ id: 'AgentToken' });

export const createAgentTokenSchema = z
  .strictObject({ name: z.string().trim().min(1).max(100).meta({ example: 'eks-prod-eu-west-1' }) })
  .meta({ id: 'CreateAgentToken' });

export type AgentToken = z.infer<typeof agentTokenSchema>;
