import { isAppError } from '../errors/app-error';
import { catalogSeed } from './catalog-seed';
import { createService, type CatalogDeps } from './catalog-use-cases';

/** Adds the seed services that are missing and leaves existing ones (and any admin edits) alone. */
export const seedCatalog = async (deps: CatalogDeps): Promise<{ created: string[] }> => {
  const created: string[] = [];
  for (const service of catalogSeed) {
    try {
      await createService(deps, service);
      created.push(service.slug);
    } catch (error) {
      if (!(isAppError(error) && error.type === 'conflict')) throw error;
    }
  }
  return { created };
};
