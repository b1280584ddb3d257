import { DocumentClient, GetCommand } from '../../shared/aws/dynamodb';
import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node';
import type { LocalPlatform } from '../../infra/local/local-platform';
import { keys } from '../../shared/data/keys';

/**
 * What a provisioning leaves behind, read from the cluster and the table themselves (no route shows them):
 * the fault suites check a rollback or a deprovisioning leaves nothing.
 */

/** The instance's objects still in its namespace, by `Kind/name`, found by the platform's instance label. */
export const objectsLabelled = async (platform: LocalPlatform, namespace: string, instanceId: string) => {
  const config = new KubeConfig();
  config.loadFromFile(platform.kubernetes!.kubeconfigPath);
  const client = KubernetesObjectApi.makeApiClient(config);
  const selector = `paas.example/instance=${instanceId.toLowerCase()}`;
  const kinds = [['apps/v1', 'Deployment'], ['apps/v1', 'StatefulSet'], ['v1', 'Service'], ['v1', 'Secret'], ['v1', 'PersistentVolumeClaim'], ['networking.k8s.io/v1', 'Ingress'], ['networking.k8s.io/v1', 'NetworkPolicy']] as const;
  const found: string[] = [];
  for (const [apiVersion, kind] of kinds) {
    const list = await client.list(apiVersion, kind, namespace, undefined, undefined, undefined, undefined, selector).catch(() => ({ items: [] }));
    found.push(...list.items.map((item) => `${kind}/${item.metadata?.name}`));
  }
  return found;
};

/** The node's capacity reservations, by instance id. */
export const reservationsOn = async (platform: LocalPlatform, nodeName: string) => {
  const db = new DocumentClient({ endpoint: platform.dynamoDbEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    const { Item } = await db.send(new GetCommand({ TableName: platform.tableName, Key: keys.node(nodeName) }));
    return (Item?.reservations ?? {}) as Record<string, unknown>;
  } finally {
    db.destroy();
  }
};
