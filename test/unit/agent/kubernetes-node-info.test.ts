import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { countActivePods, toNodeInfo } from '../../../agent/src/kubernetes-node-info';
import { nodeFixture } from './fixtures';

describe('mapping a V1Node to the heartbeat', () => {
  it('takes the kubelet version, resources, labels and the four conditions', () => {
    const info = toNodeInfo(nodeFixture(), 17);
    expect(info).toMatchObject({
      kubeletVersion: 'v1.31.0-eks-a737599',
      capacity: { cpu: '4', memory: '16093600Ki', pods: '58', 'ephemeral-storage': '104845292Ki' },
      allocatable: { cpu: '3920m', memory: '15076768Ki', 'ephemeral-storage': '95551679124' },
      conditions: { Ready: 'True', MemoryPressure: 'False', DiskPressure: 'False', PIDPressure: 'False' },
      podCount: 17,
    });
    expect(info.labels['node.kubernetes.io/instance-type']).toBe('m5.xlarge');
    expect(info.labels['topology.kubernetes.io/zone']).toBe('eu-west-1a');
  });

  it('says Unknown for a condition the node does not report or reports oddly', () => {
    const node = nodeFixture();
    node.status!.conditions = node.status!.conditions!.filter((c) => c.type !== 'PIDPressure').map((c) => (c.type === 'Ready' ? { ...c, status: 'Maybe' } : c));
    expect(toNodeInfo(node, 0).conditions).toEqual({ Ready: 'Unknown', MemoryPressure: 'False', DiskPressure: 'False', PIDPressure: 'Unknown' });
  });

  it('leaves out what the API would reject instead of sending it', () => {
    const node = nodeFixture();
    node.status!.capacity = { ...node.status!.capacity, 'example.com/exponent': '1e3', 'example.com/too-long': '1'.repeat(40) };
    node.metadata!.labels = { ...node.metadata!.labels, 'example.com/long-value': 'x'.repeat(64) };
    const info = toNodeInfo(node, 3);
    expect(info.capacity).not.toHaveProperty('example.com/exponent');
    expect(info.capacity).not.toHaveProperty('example.com/too-long');
    expect(info.labels).not.toHaveProperty('example.com/long-value');
  });

  it('copes with a node that has no status at all', () => {
    expect(toNodeInfo({ metadata: { name: 'bare' } }, 0)).toEqual({
      kubeletVersion: 'unknown',
      capacity: {},
      allocatable: {},
      labels: {},
      conditions: { Ready: 'Unknown', MemoryPressure: 'Unknown', DiskPressure: 'Unknown', PIDPressure: 'Unknown' },
      podCount: 0,
    });
  });

  it('counts the pods that still hold resources', () => {
    const pod = (phase?: string): V1Pod => ({ metadata: { name: 'p' }, status: phase ? { phase } : {} });
    expect(countActivePods([pod('Running'), pod('Pending'), pod('Succeeded'), pod('Failed'), pod('Unknown'), pod()])).toBe(4);
  });
});
