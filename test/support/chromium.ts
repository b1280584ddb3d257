import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's `chromium` package; CHROMIUM_PATH points at another build. playwright-core brings no browser. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium for the browser test and the bench. A missing browser is a failure that says how
 * to install it, never a skip: the docs page would otherwise go untested.
 */
export const launchChromium = async (): Promise<Browser> => {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. The docs page's browser test and its bench row drive Debian's chromium package: ` +
        'install it with `apt-get update && apt-get install -y chromium` (as root, or with sudo), or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true });
};
