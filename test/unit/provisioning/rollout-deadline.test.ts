import { describe, expect, it } from 'vitest';
import { generateCredentials } from '../../../shared/provisioning/templates/generate-credentials';
import { renderInstance } from '../../../shared/provisioning/templates/render-instance';
import { ROLLOUT_POLL_SECONDS, rolloutDeadlineSeconds, rolloutPollsFor } from '../../../shared/provisioning/templates/rollout-deadline';
import { templateNames } from '../../../shared/provisioning/templates/template-name';

describe('the rollout deadline of each template', () => {
  it.each(templateNames)('%s: covers the startup probe budget of every workload it renders, polled every %s s', (template) => {
    const objects = renderInstance({
      template,
      instanceId: '01BX5ZZKBKACTAV9WEVGEMMVRZ',
      userId: '01BX5ZZKBKACTAV9WEVGEMMVS0',
      plan: { limits: { cpuMillicores: 1000, memoryMiB: 2048, storageGiB: 20 } },
      appsDomain: 'apps.test',
      version: '1.0.0',
      credentials: generateCredentials(template),
    } as Parameters<typeof renderInstance>[0]);
    const budgets = objects
      .filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet')
      .flatMap((o) => ((o.spec as any).template.spec.containers as any[]).map((c) => c.startupProbe.periodSeconds * c.startupProbe.failureThreshold));
    expect(budgets.length).toBeGreaterThan(0);
    // More than the probes allow one after the other (a workflow deadline shorter than them fails a slow first boot).
    expect(rolloutDeadlineSeconds(objects)).toBeGreaterThan(budgets.reduce((a, b) => a + b, 0));
    expect(rolloutPollsFor(template) * ROLLOUT_POLL_SECONDS).toBeGreaterThanOrEqual(rolloutDeadlineSeconds(objects));
  });
});
