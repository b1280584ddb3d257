import type { MiddlewareObj } from '@middy/core';
import * as z from 'zod';
import { validationError, type FieldError } from '../../errors/app-error';
import type { HttpEvent } from '../http-event';
import type { RouteDefinition } from '../route';
import { uncarriableTextFields } from '../uncarriable-text';
import { fieldErrorsOf } from '../zod-issues';

/** Routes without a body schema accept no body at all, or an empty object. */
const noBody = z.strictObject({}).optional();
const noParams = z.object({});
const noQuery = z.strictObject({});

/**
 * Validates path parameters, query string and body against the route's zod schemas and collects every
 * bad field in one 400, so a client fixes its request in one round trip. Text no queue can carry is refused
 * in any part, whatever the schema says of the field.
 */
export const validateRequest = (route: RouteDefinition): MiddlewareObj<HttpEvent> => ({
  before: ({ event }) => {
    const parts = [
      ['path', route.request?.params ?? noParams, event.pathParameters ?? {}],
      ['query', route.request?.query ?? noQuery, event.queryStringParameters ?? {}],
      ['body', route.request?.body ?? noBody, event.jsonBody],
    ] as const;
    const errors: FieldError[] = [];
    const parsed: Record<string, unknown> = {};
    for (const [name, schema, input] of parts) {
      errors.push(...uncarriableTextFields(name, input));
      const result = schema.safeParse(input);
      if (result.success) parsed[name] = result.data;
      else errors.push(...fieldErrorsOf(name, result.error));
    }
    if (errors.length) throw validationError(errors);
    event.validated = { params: parsed.path, query: parsed.query, body: parsed.body };
  },
});
