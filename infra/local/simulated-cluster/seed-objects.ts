import { randomUUID } from 'node:crypto';
import { resourceOf } from './api-resources';
import { SIMULATED_KUBERNETES_VERSION } from './discovery';
import { kubeTime } from './kube-object';
import type { NamespaceLifecycle } from './namespace-lifecycle';
import { SYSTEM_NAMESPACES } from './namespace-lifecycle';
import type { ObjectStore } from './object-store';

/** What a fresh cluster has: the system namespaces and a couple of Ready worker nodes. */

const node = (index: number, now: Date) => {
  const name = `paas-local-node-${index}`;
  const time = kubeTime(now);
  const ready = (type: string, status: 'True' | 'False', reason: string, message: string) => ({ type, status, lastHeartbeatTime: time, lastTransitionTime: time, reason, message });
  const resources = { cpu: '4', memory: '16348564Ki', pods: '110', 'ephemeral-storage': '102626232Ki' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: randomUUID(),
      creationTimestamp: time,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'node.kubernetes.io/instance-type': 'simulated',
        'topology.kubernetes.io/zone': `local-${index}`,
        ...(index === 1 && { 'node-role.kubernetes.io/control-plane': '' }),
      },
    },
    spec: { podCIDR: `10.244.${index}.0/24` },
    status: {
      capacity: resources,
      allocatable: { ...resources, cpu: '3800m', memory: '15300000Ki' },
      conditions: [
        ready('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        ready('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        ready('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        ready('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: `10.0.0.${10 + index}` },
        { type: 'Hostname', address: name },
      ],
      nodeInfo: {
        kubeletVersion: SIMULATED_KUBERNETES_VERSION.gitVersion,
        kubeProxyVersion: SIMULATED_KUBERNETES_VERSION.gitVersion,
        osImage: 'Simulated Linux',
        kernelVersion: '6.0.0-simulated',
        containerRuntimeVersion: 'containerd://1.7.0-simulated',
        operatingSystem: 'linux',
        architecture: 'amd64',
        machineID: randomUUID().replaceAll('-', ''),
        systemUUID: randomUUID(),
        bootID: randomUUID(),
      },
    },
  };
};

export const seedCluster = (store: ObjectStore, namespaces: NamespaceLifecycle, nodeCount: number, now: Date) => {
  const time = kubeTime(now);
  for (const name of SYSTEM_NAMESPACES) {
    store.put(resourceOf('v1', 'Namespace'), {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name, uid: randomUUID(), creationTimestamp: time, labels: { 'kubernetes.io/metadata.name': name } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
    namespaces.populate(name);
  }
  for (let index = 1; index <= nodeCount; index++) store.put(resourceOf('v1', 'Node'), node(index, now));
};
