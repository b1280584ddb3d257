import type { BrowserContext, Page } from 'playwright-core';

/** An operation as the OpenAPI document lists it and as Swagger UI renders it. */
export interface DocsOperation {
  method: string;
  path: string;
  operationId: string;
}

// Browser globals of the callbacks that run in the page (the project compiles without the DOM library).
declare const document: {
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): { length: number };
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
};
declare const window: object;
declare const performance: { now(): number; getEntriesByType(type: string): unknown[]; getEntriesByName(name: string): Array<{ startTime: number }> };
declare const MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void; disconnect(): void };
type ResourceEntry = { transferSize: number; decodedBodySize: number };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type PathItems = Record<string, Record<string, { operationId?: string }>>;

const operationsIn = (items: PathItems): DocsOperation[] =>
  Object.entries(items).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operationId: operation.operationId ?? '' })),
  );

/** Every operation of an OpenAPI document: its paths, and its webhooks (OpenAPI 3.1), which Swagger UI renders alike. */
export const operationsOf = (document: { paths: PathItems; webhooks?: PathItems }): DocsOperation[] => [...operationsIn(document.paths), ...operationsIn(document.webhooks ?? {})];

/** The operations Swagger UI has rendered: one `.opblock` each, with its method, path and operation id. */
export const renderedOperations = (page: Page): Promise<DocsOperation[]> =>
  page.$$eval('.opblock', (blocks) =>
    blocks.map((block) => ({
      method: block.querySelector('.opblock-summary-method')?.textContent?.trim() ?? '',
      path: block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? '',
      operationId: block.querySelector('.opblock-summary-operation-id')?.textContent?.trim() ?? '',
    })),
  );

/**
 * Records every request of a browser context and lets only those to `origin` go: anything else is aborted
 * before it leaves, and stays in the list, so the caller can fail on it.
 */
export const recordRequests = async (context: BrowserContext, origin: string): Promise<{ all: string[]; elsewhere: () => string[] }> => {
  const all: string[] = [];
  const local = (url: URL) => url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:';
  context.on('request', (request) => void all.push(request.url()));
  await context.route((url) => !local(url), (route) => route.abort('blockedbyclient'));
  return { all, elsewhere: () => all.filter((url) => !local(new URL(url))) };
};

/**
 * Records the page's Content-Security-Policy violations from its first script on: each is something the page
 * meant to load or run and could not, so the page is broken somewhere.
 */
export const recordCspViolations = async (page: Page): Promise<() => Promise<string[]>> => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => void violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations ?? ['the recorder did not run']);
};

/** What one opening of the docs page measured in the browser (milliseconds from navigation start; bytes). */
export interface DocsPageLoad {
  /** Until the first operation of the document is visible. */
  firstOperationMs: number;
  /** Until every operation is in the page, when the caller said how many there are. */
  allOperationsMs?: number;
  /** The browser's first-contentful-paint entry. */
  firstContentfulPaintMs?: number;
  /** Over the network, headers included, and once decoded; the page and every resource it loaded. */
  transferBytes: number;
  decodedBytes: number;
  resources: number;
}

/**
 * Opens the docs page and waits until its first operation is visible, and with `operations` (how many the
 * document has) until all of them are in the page; returns the browser's own figures. The moments are noted
 * by the page itself (a mutation observer set up before any script of the page runs), on the browser's clock
 * from navigation start, so the round trips of this process to the browser are not counted.
 */
export const openDocsPage = async (page: Page, baseUrl: string, options: { operations?: number; timeoutMs?: number } = {}): Promise<DocsPageLoad> => {
  const timeoutMs = options.timeoutMs ?? 60_000;
  await page.addInitScript((operations) => {
    const marked = window as unknown as { firstOperationAt?: number; allOperationsAt?: number };
    const observer = new MutationObserver(() => {
      const now = performance.now();
      if (marked.firstOperationAt === undefined && document.querySelector('.opblock')) marked.firstOperationAt = now;
      if (operations !== undefined && marked.allOperationsAt === undefined && document.querySelectorAll('.opblock').length >= operations) marked.allOperationsAt = now;
      if (marked.firstOperationAt !== undefined && (operations === undefined || marked.allOperationsAt !== undefined)) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, options.operations);
  await page.goto(`${baseUrl}/docs`, { timeout: timeoutMs });
  await page.locator('.opblock').first().waitFor({ state: 'visible', timeout: timeoutMs });
  if (options.operations !== undefined) {
    await page.waitForFunction(() => (window as unknown as { allOperationsAt?: number }).allOperationsAt !== undefined, undefined, { timeout: timeoutMs });
  }
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as unknown as ResourceEntry;
    const resources = performance.getEntriesByType('resource') as unknown as ResourceEntry[];
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const entries = [navigation, ...resources];
    const marked = window as unknown as { firstOperationAt?: number; allOperationsAt?: number };
    return {
      firstOperationMs: marked.firstOperationAt ?? performance.now(),
      allOperationsMs: marked.allOperationsAt,
      firstContentfulPaintMs: paint?.startTime,
      transferBytes: entries.reduce((sum, e) => sum + e.transferSize, 0),
      decodedBytes: entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
      resources: resources.length,
    };
  });
};
