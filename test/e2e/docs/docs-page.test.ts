import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/chromium';
import { type DocsOperation, openDocsPage, operationsOf, recordCspViolations, recordRequests, renderedOperations } from '../../support/docs-page';
import { useLocalPlatform } from '../../support/local-platform';

const platform = useLocalPlatform();
/** Git-ignored; CI keeps what a run leaves there. */
const artifacts = fileURLToPath(new URL('../../../test-results/', import.meta.url));

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

type TaggedPaths = Record<string, Record<string, { operationId?: string; tags?: string[] }>>;

const byKey = (operations: DocsOperation[]) => operations.map((o) => `${o.method} ${o.path} ${o.operationId}`).sort();

describe('the docs page in headless Chromium', () => {
  it('renders every operation of /v1/openapi.json, its auth schemes and examples, from the local server alone', { timeout: 120_000 }, async () => {
    const origin = platform().url;
    const openApi = (await (await fetch(`${origin}/v1/openapi.json`)).json()) as Parameters<typeof operationsOf>[0] & {
      components: { securitySchemes: Record<string, { description: string }> };
    };
    const expected = operationsOf(openApi);
    expect(expected.length).toBeGreaterThan(30);

    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const requests = await recordRequests(context, origin);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => void errors.push(`page error: ${error.message}`));
      page.on('console', (message) => void (message.type() === 'error' && errors.push(`console: ${message.text()}`)));
      const cspViolations = await recordCspViolations(page);

      await openDocsPage(page, origin);
      await expect.poll(() => page.locator('.opblock').count(), { timeout: 30_000 }).toBe(expected.length);
      expect(byKey(await renderedOperations(page))).toEqual(byKey(expected));
      // The schemas follow the operations (rendered after the first screen, like the webhooks).
      await expect.poll(() => page.locator('section.models').innerText(), { timeout: 10_000 }).toContain('Schemas');

      // The auth schemes: the Authorize dialog lists each with its description; protected operations show a lock.
      await page.locator('button.authorize').first().click();
      const schemes = await page.locator('.auth-container').allInnerTexts();
      for (const [name, scheme] of Object.entries(openApi.components.securitySchemes)) {
        expect(schemes.some((text) => text.includes(name) && text.includes(scheme.description)), name).toBe(true);
      }
      await page.locator('.auth-btn-wrapper button.btn-done').first().click();
      expect(await page.locator('.opblock .authorization__btn').count()).toBeGreaterThan(0);

      // The examples from the route table: a service's answer shows the seeded slug, `n8n`.
      const getService = page.locator('.opblock', { has: page.locator('.opblock-summary-operation-id', { hasText: /^getService$/ }) });
      await getService.locator('.opblock-summary-control').click();
      await expect.poll(() => getService.locator('.responses-wrapper').innerText(), { timeout: 10_000 }).toContain('"slug": "n8n"');

      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: `${artifacts}docs-page.png`, fullPage: true });

      expect(requests.elsewhere()).toEqual([]);
      // The page preloads the document and Swagger UI takes the preloaded response: one request, not two.
      expect(requests.all.filter((url) => new URL(url).pathname === '/v1/openapi.json')).toHaveLength(1);
      expect(requests.all.length).toBeGreaterThan(0);
      expect(requests.all.every((url) => url.startsWith(origin))).toBe(true);
      expect(await cspViolations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens and scrolls to a deep-linked operation of a tag that renders after the first screen', { timeout: 120_000 }, async () => {
    const origin = platform().url;
    const openApi = (await (await fetch(`${origin}/v1/openapi.json`)).json()) as { paths: TaggedPaths };
    // Tags in the order Swagger UI lists them: the first two render first, the others right after.
    const operations = Object.values(openApi.paths).flatMap((item) => Object.values(item));
    const tags = [...new Set(operations.flatMap((operation) => operation.tags ?? []))];
    // A one-word tag keeps the fragment free of Swagger UI's escaping; the last such is far below the fold.
    const tag = tags.slice(2).findLast((name) => /^\w+$/.test(name));
    const target = operations.find((operation) => operation.tags?.[0] === tag && operation.operationId);
    expect(tag, 'a one-word tag after the first two').toBeDefined();
    expect(target?.operationId).toBeDefined();

    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => void errors.push(`page error: ${error.message}`));
      await page.goto(`${origin}/docs#/${tag}/${target!.operationId}`);
      const block = page.locator('.opblock', { has: page.locator('.opblock-summary-operation-id', { hasText: new RegExp(`^${target!.operationId}$`) }) });
      await expect.poll(() => block.getAttribute('class'), { timeout: 30_000 }).toContain('is-open');
      // Scrolled to: the operation's summary is within the window.
      await expect
        .poll(async () => {
          const box = await block.locator('.opblock-summary').boundingBox();
          return box !== null && box.y >= 0 && box.y < 900;
        }, { timeout: 10_000 })
        .toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
