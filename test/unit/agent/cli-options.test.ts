import { describe, expect, it } from 'vitest';
import { parseCli } from '../../../agent/src/cli-options';
import { toNodeLabel } from '../../../agent/src/node-name';

describe('the agent flags', () => {
  it('takes flags, with defaults for the rest', () => {
    expect(parseCli(['--api', 'http://localhost:3000', '--token', 't0k', '--node-name', 'n1', '--interval-ms', '500'], {}, 'host')).toEqual({
      kind: 'run',
      options: {
        apiUrl: 'http://localhost:3000',
        token: 't0k',
        nodeName: 'n1',
        intervalMs: 500,
        backoffCapMs: 60_000,
        procRoot: '/proc',
        diskPath: '/',
        kubernetes: false,
        logLevel: 'info',
      },
    });
  });

  it('takes what the DaemonSet sets in the environment', () => {
    const env = {
      AGENT_API_URL: 'https://api.example.com',
      AGENT_TOKEN_FILE: '/var/run/secrets/paas-agent/token',
      NODE_NAME: 'ip-10-0-1-23.eu-west-1.compute.internal',
      HOST_PROC: '/host/proc',
      HOST_ROOT: '/host/root',
      KUBERNETES_SERVICE_HOST: '10.96.0.1',
    };
    expect(parseCli([], env, 'pod-hostname')).toMatchObject({
      kind: 'run',
      options: { apiUrl: env.AGENT_API_URL, tokenFile: env.AGENT_TOKEN_FILE, nodeName: env.NODE_NAME, procRoot: '/host/proc', diskPath: '/host/root', kubernetes: true },
    });
    expect(parseCli(['--no-kubernetes'], env)).toMatchObject({ options: { kubernetes: false } });
  });

  it('lets a flag win over the environment', () => {
    const outcome = parseCli(['--token-file', '/tmp/t'], { AGENT_API_URL: 'http://a', AGENT_TOKEN: 'env-token' });
    expect(outcome).toMatchObject({ options: { tokenFile: '/tmp/t' } });
    expect(outcome).not.toHaveProperty('options.token');
  });

  it('defaults the node name to the host name', () => {
    expect(parseCli(['--api', 'http://a', '--token', 't'], {}, 'My-Laptop.local')).toMatchObject({ options: { nodeName: 'My-Laptop.local' } });
  });

  it('explains what is wrong', () => {
    expect(parseCli(['--token', 't'], {})).toMatchObject({ kind: 'error', message: expect.stringContaining('--api') });
    expect(parseCli(['--api', 'ftp://x', '--token', 't'], {})).toMatchObject({ kind: 'error' });
    expect(parseCli(['--api', 'http://a'], {})).toMatchObject({ kind: 'error', message: expect.stringContaining('--token') });
    expect(parseCli(['--api', 'http://a', '--token', 't', '--interval-ms', 'fast'], {})).toMatchObject({ kind: 'error' });
    expect(parseCli(['--bogus'], {})).toMatchObject({ kind: 'error' });
    expect(parseCli(['--help'], {})).toEqual({ kind: 'help' });
  });
});

describe('node names', () => {
  it('keeps a DNS-1123 label as it is', () => {
    expect(toNodeLabel('test-node')).toBe('test-node');
  });

  it('turns a Kubernetes (subdomain) or host name into a label', () => {
    expect(toNodeLabel('ip-10-0-1-23.eu-west-1.compute.internal')).toBe('ip-10-0-1-23-eu-west-1-compute-internal');
    expect(toNodeLabel('My_Laptop.local')).toBe('my-laptop-local');
  });

  it('keeps long names distinct when it must cut them', () => {
    const a = toNodeLabel(`${'a'.repeat(70)}.one`);
    const b = toNodeLabel(`${'a'.repeat(70)}.two`);
    expect(a).toHaveLength(63);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    expect(toNodeLabel('...')).toMatch(/^node-[0-9a-f]{8}$/);
  });
});
