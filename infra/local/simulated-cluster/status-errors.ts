import { qualifiedName, type ApiResource } from './api-resources';

/** A failed request, answered in Kubernetes' own `Status` shape so clients read reason and code as usual. */
export class KubeStatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: { name?: string; group?: string; kind?: string; causes?: { reason?: string; message: string; field?: string }[] },
  ) {
    super(message);
    this.name = 'KubeStatusError';
  }

  toStatus() {
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: this.message, reason: this.reason, ...(this.details && { details: this.details }), code: this.code };
  }
}

const detailsOf = (resource: ApiResource, name?: string) => ({ ...(name !== undefined && { name }), group: resource.group, kind: resource.plural });

export const notFound = (resource: ApiResource, name: string) =>
  new KubeStatusError(404, 'NotFound', `${qualifiedName(resource)} "${name}" not found`, detailsOf(resource, name));

export const alreadyExists = (resource: ApiResource, name: string) =>
  new KubeStatusError(409, 'AlreadyExists', `${qualifiedName(resource)} "${name}" already exists`, detailsOf(resource, name));

export const conflict = (resource: ApiResource, name: string) =>
  new KubeStatusError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedName(resource)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    detailsOf(resource, name),
  );

export const invalid = (resource: ApiResource, name: string, causes: { field: string; message: string }[]) =>
  new KubeStatusError(
    422,
    'Invalid',
    `${resource.kind}${resource.group ? `.${resource.group}` : ''} "${name}" is invalid: ${causes.map((cause) => `${cause.field}: ${cause.message}`).join(', ')}`,
    { ...detailsOf(resource, name), kind: resource.kind, causes: causes.map((cause) => ({ reason: 'FieldValueInvalid', ...cause })) },
  );

export const badRequest = (message: string) => new KubeStatusError(400, 'BadRequest', message);

export const forbidden = (resource: ApiResource, name: string, message: string) =>
  new KubeStatusError(403, 'Forbidden', `${qualifiedName(resource)} "${name}" is forbidden: ${message}`, detailsOf(resource, name));

export const methodNotAllowed = (message: string) => new KubeStatusError(405, 'MethodNotAllowed', message);

export const unsupportedMediaType = (contentType: string) =>
  new KubeStatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${contentType || 'none'})`);

export const pathNotFound = (path: string) => new KubeStatusError(404, 'NotFound', `the server could not find the requested resource (${path})`);
