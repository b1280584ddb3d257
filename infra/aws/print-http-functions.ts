import { fallbackHandler, routes } from '../../functions/routes';
import { httpFunctionGroups } from './http-function-groups';

/**
 * `npm run http-functions`: which Lambda function of the HTTP API serves each route, one tab-separated
 * line per route (function, route key, handler module), for finding a route's logs and alarms in a
 * deployed stack (docs/runbook.md `logs_of`). An HTTP function's description starts with its name and ': '.
 */
export const httpFunctionLines = (): string[] =>
  httpFunctionGroups(routes, fallbackHandler).flatMap((group) => group.routes.map((route) => [group.name, route.key, route.handler].join('\t')));

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${httpFunctionLines().join('\n')}\n`);
