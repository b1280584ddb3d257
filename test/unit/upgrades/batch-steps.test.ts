import { describe, expect, it } from 'vitest';
import { TransientError } from '../../../shared/kubernetes/cluster';
import { conflict } from '../../../shared/errors/app-error';
import { advanceBatchStep, pauseBatchStep } from '../../../shared/upgrades/steps/batch-steps';
import type { UpgradeBatch } from '../../../shared/upgrades/upgrade-batch';
import type { UpgradeBatchStore } from '../../../shared/upgrades/upgrade-batch-store';
import type { UpgradeBatchDeps } from '../../../shared/upgrades/upgrade-batches';

const stored: UpgradeBatch = {
  id: '01JD7Y7Q00000000000000BT02',
  serviceSlug: 'n8n',
  fromVersion: '1.64.0',
  toVersion: '1.65.0',
  batchSize: 2,
  status: 'RUNNING',
  total: 3,
  upgraded: 1,
  failed: 0,
  inFlight: ['01JD7Y7Q00000000000000IN01'],
  passed: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const state = (batchId: string) => ({ serviceSlug: 'n8n', fromVersion: '1.64.0', batchId, pollSeconds: 10, maxPolls: 2000 });

/** One stored batch; every save recorded. Nothing but the store and the clock is reachable: a step that read more throws. */
const depsWith = (batch: UpgradeBatch, save?: UpgradeBatchStore['save']) => {
  const saved: UpgradeBatch[] = [];
  const batches: UpgradeBatchStore = {
    get: async () => ({ batch, revision: 3 }),
    save: save ?? (async (b) => void saved.push(b)),
  };
  return { deps: { batches, now: () => new Date('2026-01-02T00:00:00.000Z') } as unknown as UpgradeBatchDeps, saved };
};

describe('the upgrade-batch steps', () => {
  it('AdvanceBatch of an execution whose batch was resumed under a new id answers SUPERSEDED and touches nothing', async () => {
    const { deps, saved } = depsWith(stored);
    expect(await advanceBatchStep(deps, { ...state('01JD7Y7Q00000000000000BT01'), polls: 4 })).toMatchObject({ status: 'SUPERSEDED', polls: 5 });
    expect(saved).toEqual([]);
  });

  it('AdvanceBatch of a batch already PAUSED answers PAUSED without writing, so the execution ends', async () => {
    const { deps, saved } = depsWith({ ...stored, status: 'PAUSED' });
    expect(await advanceBatchStep(deps, state(stored.id))).toMatchObject({ status: 'PAUSED', polls: 1 });
    expect(saved).toEqual([]);
  });

  it('PauseBatch pauses its RUNNING batch with the Lambda error message as the reason, never its stack, and keeps the upgrades in flight', async () => {
    const { deps, saved } = depsWith(stored);
    const cause = JSON.stringify({ errorType: 'Error', errorMessage: 'table unreachable', trace: ['Error: table unreachable', '    at advance (/var/task/index.js:1:2)'] });
    expect(await pauseBatchStep(deps, { ...state(stored.id), failure: { Error: 'Error', Cause: cause } })).toMatchObject({ status: 'PAUSED' });
    expect(saved).toEqual([{ ...stored, status: 'PAUSED', failure: { reason: 'Error: table unreachable' }, updatedAt: '2026-01-02T00:00:00.000Z' }]);
  });

  it('PauseBatch leaves a batch resumed under another id alone', async () => {
    const { deps, saved } = depsWith(stored);
    expect(await pauseBatchStep(deps, { ...state('01JD7Y7Q00000000000000BT01'), failure: { Error: 'BatchDeadline', Cause: 'late' } })).toMatchObject({ status: 'SUPERSEDED' });
    expect(saved).toEqual([]);
  });

  it('a batch that changed between the read and the write is a TransientError, which the workflow retries', async () => {
    const { deps } = depsWith(stored, async () => {
      throw conflict('The batch upgrade of n8n 1.64.0 changed meanwhile; read it again.');
    });
    await expect(pauseBatchStep(deps, { ...state(stored.id), failure: { Error: 'BatchDeadline', Cause: 'late' } })).rejects.toBeInstanceOf(TransientError);
  });
});
