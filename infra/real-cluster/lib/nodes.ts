import { expectOk, type KubeClient } from './kube-client';

/** kwok is started with --manage-nodes-with-annotation-selector=<this>=fake and only acts on these nodes. */
export const KWOK_NODE_ANNOTATION = 'kwok.x-k8s.io/node';

export const fakeNodeName = (index: number) => `kwok-node-${index}`;

/**
 * Node objects for kwok to play kubelet for. No `kwok.x-k8s.io/node:NoSchedule` taint (kwok's examples add
 * one) so ordinary workloads schedule without tolerations. kwok's node-initialize stage keeps the capacity
 * and addresses given here (instead of 1k CPUs); its pod stages take pod IPs from the node's podCIDR, so pods
 * on different nodes get distinct IPs, as with a real CNI. Every node's InternalIP is loopback, where kwok's
 * one server plays each node's kubelet (the API server's pods/log goes there; start-real-cluster.ts).
 */
const fakeNode = (index: number) => {
  const name = fakeNodeName(index);
  // Larger than what the tests' agents register (4 cores): each file's platform places on these nodes by its
  // own accounting, and two files run side by side with the instances earlier files left, so the real
  // scheduler must never be the one to run out of room (pods Pending, "Insufficient cpu").
  const resources = { cpu: '16', memory: '64Gi', pods: '110' };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      annotations: { [KWOK_NODE_ANNOTATION]: 'fake' },
      labels: {
        type: 'kwok',
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'beta.kubernetes.io/os': 'linux',
        'beta.kubernetes.io/arch': 'amd64',
      },
    },
    spec: { podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`] },
    status: {
      allocatable: resources,
      capacity: resources,
      addresses: [
        { type: 'InternalIP', address: '127.0.0.1' },
        { type: 'Hostname', address: name },
      ],
    },
  };
};

export const createFakeNodes = async (client: KubeClient, count: number): Promise<string[]> => {
  const nodes = Array.from({ length: count }, (_, i) => fakeNode(i + 1));
  for (const node of nodes) expectOk(await client.request('POST', '/api/v1/nodes', node), `creating node ${node.metadata.name}`, [409]);
  return nodes.map((node) => node.metadata.name);
};

interface NodeList {
  items: { metadata: { name: string }; status?: { conditions?: { type: string; status: string }[] } }[];
}

/** True once every named node reports Ready (kwok's node-initialize stage sets it). */
export const nodesReady = async (client: KubeClient, names: string[]): Promise<boolean> => {
  const list = expectOk(await client.request<NodeList>('GET', '/api/v1/nodes'), 'listing nodes');
  const ready = new Set(
    list.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).map((n) => n.metadata.name),
  );
  return names.every((name) => ready.has(name));
};
