import type { HttpMethod, RouteDefinition } from './route';

export type RouteMatch<R> =
  | { kind: 'found'; route: R; pathParameters: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'not-found' };

interface CompiledRoute<R> {
  route: R;
  pattern: RegExp;
  names: string[];
}

/**
 * Matches a request path against the route table the way API Gateway does: `{name}` is one path segment,
 * and a literal segment wins over a parameter. Used by the local server and by the `$default` fallback.
 */
export const createRouteMatcher = <R extends Pick<RouteDefinition, 'method' | 'path'>>(routes: readonly R[]) => {
  const literalCount = (path: string) => path.split('/').filter((s) => s && !s.startsWith('{')).length;
  const compiled: CompiledRoute<R>[] = [...routes]
    .sort((a, b) => literalCount(b.path) - literalCount(a.path))
    .map((route) => {
      const names: string[] = [];
      const source = route.path
        .split('/')
        .map((segment) => {
          const param = /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
          if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(param[1]!);
          return '([^/]+)';
        })
        .join('/');
      return { route, names, pattern: new RegExp(`^${source}$`) };
    });

  return (method: string, path: string): RouteMatch<R> => {
    const allowed: HttpMethod[] = [];
    for (const candidate of compiled) {
      const found = candidate.pattern.exec(path);
      if (!found) continue;
      if (candidate.route.method !== method.toUpperCase()) {
        allowed.push(candidate.route.method);
        continue;
      }
      const pathParameters: Record<string, string> = {};
      candidate.names.forEach((name, i) => {
        pathParameters[name] = safeDecode(found[i + 1]!);
      });
      return { kind: 'found', route: candidate.route, pathParameters };
    }
    return allowed.length ? { kind: 'method-not-allowed', allowed: [...new Set(allowed)] } : { kind: 'not-found' };
  };
};

const safeDecode = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};
