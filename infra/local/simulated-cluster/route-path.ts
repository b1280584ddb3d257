import { findResource } from './api-resources';
import type { ApiResource } from './api-resources';

/**
 * Splits a resource URL into its parts: `/api/v1/namespaces/{ns}/{plural}/{name}/{subresource}`,
 * `/apis/{group}/{version}/{plural}` (all namespaces, or a cluster-scoped kind), and the namespace
 * itself (`/api/v1/namespaces/{name}[/status]`).
 */
export interface ResourcePath {
  resource: ApiResource;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export type ParsedPath =
  | { type: 'resource'; path: ResourcePath }
  | { type: 'groupVersion'; apiVersion: string }
  | { type: 'group'; group: string }
  | { type: 'unknown' };

export const parsePath = (pathname: string): ParsedPath => {
  const segments = pathname.split('/').filter((segment) => segment !== '').map(decodeURIComponent);
  let apiVersion: string;
  let rest: string[];
  if (segments[0] === 'api' && segments.length >= 2) {
    apiVersion = segments[1]!;
    rest = segments.slice(2);
  } else if (segments[0] === 'apis' && segments.length === 2) return { type: 'group', group: segments[1]! };
  else if (segments[0] === 'apis' && segments.length >= 3) {
    apiVersion = `${segments[1]}/${segments[2]}`;
    rest = segments.slice(3);
  } else return { type: 'unknown' };
  if (rest.length === 0) return { type: 'groupVersion', apiVersion };

  // namespaces/{ns}/{plural}/… unless the third segment is a subresource of the namespace itself.
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const resource = findResource(apiVersion, rest[2]!);
    if (resource?.namespaced) {
      if (rest.length > 5) return { type: 'unknown' };
      return { type: 'resource', path: { resource, namespace: rest[1], name: rest[3], subresource: rest[4] } };
    }
  }
  const resource = findResource(apiVersion, rest[0]!);
  if (!resource || rest.length > 3) return { type: 'unknown' };
  return { type: 'resource', path: { resource, name: rest[1], subresource: rest[2] } };
};
