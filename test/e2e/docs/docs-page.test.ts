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
      expect(requests.all.length).toBeGreaterThan(0);
      expect(requests.all.every((url) => url.startsWith(origin))).toBe(true);
      expect(await cspViolations()).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
