import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { ScheduleDefinition } from '../../functions/schedules';
import { authenticateAdmin } from '../../shared/auth/caller-authenticators';
import { AppError } from '../../shared/errors/app-error';
import { toProblemResponse } from '../../shared/http/problem';
import { errorFields } from '../../shared/logging/error-fields';
import { logger } from '../../shared/logging/logger';

const PATH = /^\/_local\/jobs\/([a-z0-9-]+)$/;

const send = (response: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
};

/**
 * `POST /_local/jobs/<schedule>?now=<ISO-8601>`: runs one row of the schedule table at once, as EventBridge
 * would at `now`, for `npm run job`. The local runtime only (never a route of the API); an administrator
 * token is required, the one `npm run admin-token` or the job script mints from the data folder's key.
 */
export const localJobsEndpoint =
  (schedules: readonly ScheduleDefinition[], runSchedule: (name: string, time?: Date) => Promise<unknown>) =>
  (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = new URL(request.url ?? '/', 'http://local');
    const match = PATH.exec(url.pathname);
    if (!match) return false;
    void (async () => {
      try {
        if (request.method !== 'POST') throw new AppError('method-not-allowed', 'Jobs are run with POST.', { headers: { allow: 'POST' } });
        await authenticateAdmin({ headers: { authorization: request.headers.authorization } } as unknown as APIGatewayProxyEventV2);
        const name = match[1]!;
        if (!schedules.some((schedule) => schedule.name === name)) {
          throw new AppError('not-found', `No job named "${name}"; the jobs are: ${schedules.map((s) => s.name).join(', ')}.`);
        }
        const nowText = url.searchParams.get('now');
        const now = nowText === null ? new Date() : new Date(nowText);
        if (Number.isNaN(now.getTime()) || (nowText !== null && !/^\d{4}-\d\d-\d\dT/.test(nowText))) {
          throw new AppError('validation', 'now must be an ISO 8601 date and time.', { errors: [{ field: 'query.now', message: 'must be an ISO 8601 date and time, e.g. 2026-12-01T00:00:00Z' }] });
        }
        send(response, 200, { job: name, at: now.toISOString(), result: await runSchedule(name, now) });
      } catch (error) {
        if (!(error instanceof AppError)) logger.error('local job failed', { path: url.pathname, ...errorFields(error) });
        const problem = toProblemResponse(error);
        response.writeHead(problem.statusCode, problem.headers).end(problem.body);
      }
    })();
    return true;
  };
