import { describe, expect, it } from 'vitest';
import { listInstanceEvents, MAX_INSTANCE_EVENTS, translateEvent } from '../../../shared/instance-operations/instance-events';
import type { Cluster, KubeObject } from '../../../shared/kubernetes/cluster';
import { instanceNames } from '../../../shared/provisioning/templates/instance-names';
import type { Instance } from '../../../shared/subscriptions/subscription';

const instance = { id: '01JD7Y7Q8M2F3G4H5J6K7M8N9P', namespace: 'cust-a', template: 'n8n', status: 'RUNNING' } as Instance;
const other = { ...instance, id: '01JD7Y7Q8M2F3G4H5J6K7M8N9Z' } as Instance;
const base = instanceNames('n8n', instance.id).base;

const event = (name: string, reason: string, at: string, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: `${name}.${reason}`, namespace: 'cust-a' },
  involvedObject: { kind: 'Pod', name, namespace: 'cust-a' },
  reason,
  type: 'Normal',
  message: `Successfully assigned cust-a/${name} to ip-10-0-1-2.ec2.internal`,
  firstTimestamp: at,
  lastTimestamp: at,
  count: 1,
  ...extra,
});

/** A cluster that answers lists only (a fake: this tests the filtering and ordering, the real cluster the rest). */
const clusterWith = (events: KubeObject[], jobs: KubeObject[] = []): Cluster =>
  ({ list: async (kind: { kind: string }) => (kind.kind === 'Event' ? events : kind.kind === 'Job' ? jobs : []) }) as unknown as Cluster;

describe("an instance's events", () => {
  it('are only its own objects’ (its pods, replica sets, volumes and backup Jobs), newest first, without the raw message', async () => {
    const otherBase = instanceNames('n8n', other.id).base;
    const events = [
      event(`${base}-5d9c7b-x2k4p`, 'Scheduled', '2026-12-06T10:00:00Z'),
      event(`${otherBase}-5d9c7b-aaaaa`, 'Scheduled', '2026-12-06T10:05:00Z'),
      event(`${base}-data`, 'ProvisioningSucceeded', '2026-12-06T09:59:00Z', { involvedObject: { kind: 'PersistentVolumeClaim', name: `${base}-data` } }),
      event('backup-abc123-q2w3e', 'Started', '2026-12-06T10:10:00Z'),
      event('unrelated', 'Started', '2026-12-06T10:11:00Z', { involvedObject: { kind: 'Node', name: 'ip-10-0-1-2' } }),
    ];
    const jobs = [{ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'backup-abc123' } }];
    const items = await listInstanceEvents({ cluster: clusterWith(events, jobs) }, instance);
    expect(items.map((e) => e.object.name)).toEqual(['backup-abc123-q2w3e', `${base}-5d9c7b-x2k4p`, `${base}-data`]);
    expect(JSON.stringify(items)).not.toMatch(/ip-10-0-1-2|Successfully assigned/);
    expect(items[1]).toMatchObject({ type: 'normal', reason: 'Scheduled', text: 'Scheduled onto a node', count: 1 });
  });

  it('takes its times and count from the newer API (eventTime, series) when the older fields are empty, and caps the list', async () => {
    const translated = translateEvent(
      event(`${base}-0`, 'BackOff', '', { firstTimestamp: null, lastTimestamp: null, eventTime: '2026-12-06T10:00:00.123456Z', series: { count: 7, lastObservedTime: '2026-12-06T10:30:00Z' }, type: 'Warning', message: 'Back-off restarting failed container' }),
    );
    expect(translated).toMatchObject({ type: 'warning', count: 7, firstAt: '2026-12-06T10:00:00.123Z', lastAt: '2026-12-06T10:30:00.000Z' });
    const many = Array.from({ length: MAX_INSTANCE_EVENTS + 20 }, (_, i) => event(`${base}-p${i}`, 'Started', new Date(Date.UTC(2026, 11, 6, 0, i)).toISOString()));
    const items = await listInstanceEvents({ cluster: clusterWith(many) }, instance);
    expect(items).toHaveLength(MAX_INSTANCE_EVENTS);
    expect(items[0]!.object.name).toBe(`${base}-p${MAX_INSTANCE_EVENTS + 19}`);
  });
});
