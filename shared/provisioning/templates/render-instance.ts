import { renderGhost } from './ghost';
import { instanceContext, type InstanceContext } from './instance-context';
import { renderN8n } from './n8n';
import type { InstanceObject, RenderInstanceInput } from './render-input';
import { renderWordpress } from './wordpress';

/**
 * The Kubernetes objects of one instance, in apply order: its Secret, volumes, the database's network
 * opening, workloads, Services, Ingress (delete in reverse). A pure function of its input: the same input
 * gives the same objects, so a retried apply changes nothing. The objects share no nested object with each
 * other or with module constants, so a caller may change one freely.
 */
export const renderInstance = (input: RenderInstanceInput): InstanceObject[] => {
  const ctx = instanceContext(input);
  // A JSON round trip, not structuredClone, which would keep the shared references.
  return JSON.parse(JSON.stringify(renderTemplate(ctx, input))) as InstanceObject[];
};

const renderTemplate = (ctx: InstanceContext, input: RenderInstanceInput): InstanceObject[] => {
  switch (input.template) {
    case 'n8n':
      return renderN8n(ctx, input.credentials);
    case 'ghost':
      return renderGhost(ctx, input.credentials);
    case 'wordpress':
      return renderWordpress(ctx, input.credentials);
  }
};
