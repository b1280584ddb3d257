import { describe, expect, it } from 'vitest';
import { generateCredentials } from '../../../shared/provisioning/templates/generate-credentials';
import { wordpressKeyNames } from '../../../shared/provisioning/templates/instance-credentials';

const values = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(values);

describe('generated credentials', () => {
  it('give each template what it needs, every value long, url-safe and distinct', () => {
    const n8n = generateCredentials('n8n');
    const ghost = generateCredentials('ghost');
    const wordpress = generateCredentials('wordpress');
    expect(Object.keys(n8n)).toEqual(['encryptionKey']);
    expect(Object.keys(ghost).sort()).toEqual(['databasePassword', 'databaseRootPassword']);
    expect(Object.keys(wordpress.keys)).toEqual([...wordpressKeyNames]);
    const all = [n8n, ghost, wordpress].flatMap(values);
    for (const value of all) expect(value).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(new Set(all).size).toBe(all.length);
  });

  it('differ on every call', () => {
    expect(generateCredentials('ghost')).not.toEqual(generateCredentials('ghost'));
  });

  it('come from the random source given', () => {
    const zeros = (size: number) => Buffer.alloc(size);
    expect(generateCredentials('n8n', zeros)).toEqual({ encryptionKey: 'A'.repeat(43) });
  });
});
