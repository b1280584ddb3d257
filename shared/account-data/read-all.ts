import type { Page } from '../catalog/service-store';

const PAGE = 100;

/**
 * Every item of a paged listing, up to `cap`: what an export or a closing must see whole. The caps are far
 * above what one customer holds (and the export's schema states them), so a runaway list cannot exhaust a
 * function.
 */
export const readAll = async <T>(list: (page: { limit: number; cursor?: string }) => Promise<Page<T>>, cap: number): Promise<T[]> => {
  const all: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: Math.min(PAGE, cap - all.length), cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < cap);
  return all.slice(0, cap);
};
