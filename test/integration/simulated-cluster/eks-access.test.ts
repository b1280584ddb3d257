import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulatedCluster, type SimulatedCluster } from '../../../infra/local/simulated-cluster/start-simulated-cluster';
import { restCluster } from '../../../shared/kubernetes/rest-cluster';
import type { EksCluster } from '../../../shared/aws/eks/describe-cluster';
import { eksSource } from '../../../shared/kubernetes/eks-source';

/**
 * The AWS path to the cluster, end to end but for AWS itself: DescribeCluster (a stand-in here; the light
 * client's own DescribeCluster is checked on moto in test/aws-emulator/light-client-signing.test.ts) gives the endpoint,
 * the token is made from the function's credentials, and the platform's REST adapter sends it over TLS to a
 * cluster that, like EKS, accepts only a k8s-aws-v1 token for its own name that is under 15 minutes old.
 */
const CLUSTER = 'paas-test';
let serverNow = Date.parse('2026-11-26T03:00:00Z');
const seen: string[] = [];

const acceptsEksToken = (authorization: string | undefined) => {
  seen.push(authorization ?? '');
  const token = authorization?.match(/^Bearer k8s-aws-v1\.([A-Za-z0-9_-]+)$/)?.[1];
  if (!token) return false;
  const url = new URL(Buffer.from(token, 'base64url').toString('utf8'));
  const date = url.searchParams.get('X-Amz-Date')?.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
  const age = serverNow - Date.parse(date ?? '');
  return url.host === 'sts.eu-west-1.amazonaws.com' && url.searchParams.get('X-Amz-SignedHeaders') === 'host;x-k8s-aws-id' && age >= 0 && age < 15 * 60_000;
};

/** A throwaway CA-less self-signed certificate for 127.0.0.1, the way EKS serves its endpoint over TLS. */
const selfSignedCertificate = () => {
  const folder = mkdtempSync(join(tmpdir(), 'eks-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=simulated-eks',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(folder, 'key.pem'), 'utf8'), cert: readFileSync(join(folder, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};
const tls = selfSignedCertificate();

let sim: SimulatedCluster;
/** DescribeCluster as EKS answers it: the simulated cluster for CLUSTER, a cluster still being made for `creating`. */
const described: string[] = [];
const describeCluster = async (name: string): Promise<EksCluster | undefined> => {
  described.push(name);
  if (name === 'creating') return { status: 'CREATING' };
  return name === CLUSTER ? { status: 'ACTIVE', endpoint: sim.url, certificateAuthority: { data: Buffer.from(tls.cert).toString('base64') } } : undefined;
};
const credentials = () => ({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
const eks = { describeCluster, credentials };

beforeAll(async () => {
  sim = await startSimulatedCluster({ rolloutDelayMs: 50, authenticate: acceptsEksToken, tls });
});
afterAll(async () => {
  await sim.stop();
});
beforeEach(() => {
  described.length = 0;
  seen.length = 0;
});

const namespace = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'paas-platform' } } });

describe('EKS access with the function IAM role', () => {
  it('reaches the cluster DescribeCluster names with a token it accepts, and asks for the endpoint once', async () => {
    let clock = serverNow;
    const cluster = restCluster(eksSource({ clusterName: CLUSTER, region: 'eu-west-1', ...eks, now: () => clock }));
    await cluster.apply([namespace('eks-one')]);
    clock += 60_000;
    expect(await cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, 'eks-one')).toMatchObject({ metadata: { name: 'eks-one' } });
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(1); // one token, reused within its life
    expect(described).toEqual([CLUSTER]);
  });

  it('makes a new token before the old one expires, so a long-lived container keeps its access', async () => {
    let clock = serverNow;
    const cluster = restCluster(eksSource({ clusterName: CLUSTER, region: 'eu-west-1', ...eks, now: () => clock }));
    await cluster.apply([namespace('eks-two')]);
    const first = seen.at(-1);

    clock += 11 * 60_000;
    serverNow = clock; // the old token would be 11 minutes old; a new one is made anyway
    await cluster.read({ apiVersion: 'v1', kind: 'Namespace' }, 'eks-two');
    expect(seen.at(-1)).not.toBe(first);
    expect(described).toEqual([CLUSTER]);
  });

  it('is refused (not retried as transient) when the cluster does not accept the token', async () => {
    const cluster = restCluster(eksSource({ clusterName: CLUSTER, region: 'eu-west-1', ...eks, now: () => serverNow - 20 * 60_000 }));
    await expect(cluster.apply([namespace('eks-stale')])).rejects.toMatchObject({ name: 'Error', message: expect.stringContaining('401') });
    const fresh = restCluster(eksSource({ clusterName: CLUSTER, region: 'eu-west-1', ...eks, now: () => serverNow }));
    expect(await fresh.read({ apiVersion: 'v1', kind: 'Namespace' }, 'eks-stale')).toBeUndefined();
  });

  it('says which cluster has no endpoint yet', async () => {
    const cluster = restCluster(eksSource({ clusterName: 'creating', region: 'eu-west-1', ...eks }));
    await expect(cluster.list({ apiVersion: 'v1', kind: 'Namespace' })).rejects.toThrow(/creating has no endpoint yet \(status CREATING\)/);
  });
});
