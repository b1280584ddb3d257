import { describe, expect, it } from 'vitest';
import type { ServiceVersion } from '../../../shared/catalog/service-version';
import type { KubeObject } from '../../../shared/kubernetes/cluster';
import type { Instance } from '../../../shared/subscriptions/subscription';
import { upgradeTarget } from '../../../shared/upgrades/request-upgrade';
import { newVersionStarted } from '../../../shared/upgrades/steps/upgrade-steps';
import { AppError } from '../../../shared/errors/app-error';

const version = (name: string, status: ServiceVersion['status'] = 'supported'): ServiceVersion => ({
  version: name,
  image: 'n8nio/n8n',
  tag: name,
  status,
  default: name === '1.64.0',
  releasedAt: '2026-01-01T00:00:00.000Z',
});
const versions = [version('1.63.0'), version('1.64.0'), version('1.65.0'), version('1.66.0', 'end-of-life'), version('1.67.0', 'deprecated')];
const instance = { serviceSlug: 'n8n', appVersion: '1.64.0' } as Instance;

const refusal = (name: string) => {
  try {
    upgradeTarget(versions, instance, name);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('not refused');
};

describe('which version an instance may upgrade to', () => {
  it('accepts a newer supported or deprecated version', () => {
    expect(upgradeTarget(versions, instance, '1.65.0').version).toBe('1.65.0');
    expect(upgradeTarget(versions, instance, '1.67.0').version).toBe('1.67.0');
  });

  it('refuses a downgrade with 409 saying apps migrate their data forward', () => {
    const error = refusal('1.63.0');
    expect(error.type).toBe('conflict');
    expect(error.message).toMatch(/migrate their data forward/);
  });

  it('refuses the same version and an end-of-life one with 409', () => {
    expect(refusal('1.64.0').type).toBe('conflict');
    expect(refusal('1.66.0').message).toMatch(/end-of-life/);
  });

  it('refuses an unknown version with 404 naming body.version', () => {
    const error = refusal('2.0.0');
    expect(error.type).toBe('not-found');
    expect(error.errors?.[0]?.field).toBe('body.version');
  });
});

const pod = (image: string, status: Record<string, unknown>): KubeObject =>
  ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'app', image }] }, status: { containerStatuses: [{ image, ...status }] } }) as unknown as KubeObject;

describe('whether the new version started (and so may have migrated the data)', () => {
  it('is false when its image was never pulled', () => {
    expect(newVersionStarted([pod('n8nio/n8n:fail', { state: { waiting: { reason: 'ImagePullBackOff' } }, restartCount: 0 })], 'n8nio/n8n:fail')).toBe(false);
  });

  it('is true when a container of it ran, even if it crashed since', () => {
    expect(newVersionStarted([pod('n8nio/n8n:2.0.0', { state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1 } }, restartCount: 3 })], 'n8nio/n8n:2.0.0')).toBe(true);
    expect(newVersionStarted([pod('n8nio/n8n:2.0.0', { state: { running: {} }, restartCount: 0 })], 'n8nio/n8n:2.0.0')).toBe(true);
  });

  it('ignores pods of the previous version', () => {
    expect(newVersionStarted([pod('n8nio/n8n:1.64.0', { state: { running: {} }, ready: true })], 'n8nio/n8n:2.0.0')).toBe(false);
  });
});

describe('the end-of-life notice thresholds', () => {
  it('is 30 up to a month ahead, 7 within a week, nothing further out or once past', async () => {
    const { thresholdFor } = await import('../../../shared/upgrades/end-of-life-notices');
    expect([45, 30, 8, 7, 0, -1].map(thresholdFor)).toEqual([undefined, 30, 30, 7, 7, undefined]);
  });
});
