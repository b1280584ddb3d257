import { describe, expect, it } from 'vitest';
import { catalogSeed } from '../../../shared/catalog/catalog-seed';
import { appMinimums } from '../../../shared/provisioning/templates/app-minimums';
import { isTemplateName } from '../../../shared/provisioning/templates/template-name';

describe('the seed catalog’s plans', () => {
  it.each(catalogSeed.flatMap((service) => service.plans.map((plan) => ({ name: `${service.slug}/${plan.id}`, template: service.template, limits: plan.limits }))))(
    '$name gives at least what its app documents as its minimum',
    ({ template, limits }) => {
      expect(isTemplateName(template)).toBe(true);
      const minimum = appMinimums[template as keyof typeof appMinimums];
      expect(limits.cpuMillicores).toBeGreaterThanOrEqual(minimum.cpuMillicores);
      expect(limits.memoryMiB).toBeGreaterThanOrEqual(minimum.memoryMiB);
    },
  );
});
