import type { Browser } from 'playwright-core';
import { launchChromium } from '../test/support/chromium';
import { openDocsPage, operationsOf, recordRequests, type DocsPageLoad } from '../test/support/docs-page';
import { percentile, ratio, round } from './stats';

const p50p99 = (values: number[]) => ({ p50: round(percentile(values, 50), 1), p99: round(percentile(values, 99), 1) });

/**
 * The baseline: the OpenAPI document alone, opened in the same browser, in a fresh context; ms from
 * navigation start to its last byte (responseEnd: the browser's JSON viewer that renders it afterwards is
 * not part of what the docs page does with it).
 */
const loadOpenApiDocument = async (browser: Browser, baseUrl: string): Promise<number> => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/v1/openapi.json`, { waitUntil: 'load' });
    // Awaited here, so the context is not closed under it.
    return await page.evaluate(() => {
      const entries = (performance as unknown as { getEntriesByType(type: string): Array<{ responseEnd: number }> }).getEntriesByType('navigation');
      return entries[0]?.responseEnd ?? Number.NaN;
    });
  } finally {
    await context.close();
  }
};

/** One opening of the docs page in a fresh context (nothing cached), refusing any request off the local server. */
const openOnce = async (browser: Browser, baseUrl: string, operations: number): Promise<DocsPageLoad & { elsewhere: string[] }> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const requests = await recordRequests(context, baseUrl);
    const load = await openDocsPage(await context.newPage(), baseUrl, { operations });
    return { ...load, elsewhere: requests.elsewhere() };
  } finally {
    await context.close();
  }
};

/**
 * The docs page as its users meet it: opened in headless Chromium `runs` times, each in a fresh browser
 * context, alternating with the OpenAPI document opened alone (the baseline: what the page must fetch
 * anyway). Times are the browser's own, from navigation start: until the first operation is in the page,
 * until every operation of the document is (the page renders the first screen's tags first, the rest right
 * after), and the first contentful paint; bytes are the page's and its resources' (transfer: over the wire,
 * headers included; decoded: after gzip). One warm-up opening first (the function reads and gzips its assets once).
 */
export const measureDocsPage = async (baseUrl: string, options: { runs: number }) => {
  const document = (await (await fetch(`${baseUrl}/v1/openapi.json`)).json()) as Parameters<typeof operationsOf>[0];
  const operations = operationsOf(document).length;
  const browser = await launchChromium();
  try {
    await openOnce(browser, baseUrl, operations);
    await loadOpenApiDocument(browser, baseUrl);
    const loads: Array<Awaited<ReturnType<typeof openOnce>>> = [];
    const baseline: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      loads.push(await openOnce(browser, baseUrl, operations));
      baseline.push(await loadOpenApiDocument(browser, baseUrl));
    }
    const firstOperation = p50p99(loads.map((l) => l.firstOperationMs));
    const allOperations = p50p99(loads.map((l) => l.allOperationsMs ?? Number.NaN));
    const paints = loads.flatMap((l) => (l.firstContentfulPaintMs === undefined ? [] : [l.firstContentfulPaintMs]));
    const firstContentfulPaint = paints.length ? p50p99(paints) : undefined;
    const openApiAlone = p50p99(baseline);
    const last = loads.at(-1)!;
    return {
      runs: options.runs,
      browser: browser.version(),
      operations,
      firstOperationMs: firstOperation,
      allOperationsMs: allOperations,
      firstContentfulPaintMs: firstContentfulPaint,
      openApiAloneMs: openApiAlone,
      ratio: { p50: ratio(firstOperation.p50, openApiAlone.p50), p99: ratio(firstOperation.p99, openApiAlone.p99) },
      bytes: { transfer: last.transferBytes, decoded: last.decodedBytes, resources: last.resources },
      /** Requests that went anywhere but the local server: must be none. */
      elsewhere: [...new Set(loads.flatMap((l) => l.elsewhere))],
    };
  } finally {
    await browser.close();
  }
};
