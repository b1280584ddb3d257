import { createHash } from 'node:crypto';
import { limits, nodeNamePattern } from './contract.js';

/**
 * The API names nodes with DNS-1123 labels (≤ 63 characters, no dots), while Kubernetes node names are
 * subdomains: EKS calls a node `ip-10-0-1-23.eu-west-1.compute.internal`. Dots and other characters become
 * dashes; a name still too long is cut and suffixed with a hash of the whole, so two long names that share
 * a prefix stay distinct. A name that is already a label is returned unchanged.
 */
export const toNodeLabel = (name: string): string => {
  if (nodeNamePattern.test(name) && name.length <= limits.nodeNameLength) return name;
  const dashed = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!dashed) return `node-${shortHash(name)}`;
  if (dashed.length <= limits.nodeNameLength) return dashed;
  const hash = shortHash(name);
  return `${dashed.slice(0, limits.nodeNameLength - hash.length - 1).replace(/-+$/, '')}-${hash}`;
};

const shortHash = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 8);
