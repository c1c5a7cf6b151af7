import { serveDist } from '../../scripts/serveDist';
import { DIST, ensureBuilt, findChromium, skippedBanner } from './environment';

/**
 * Finds the browser, builds dist/ if it is stale and serves it on a free port, once for every e2e file.
 * Without a browser the suite is skipped, loudly — and in CI (CI=true) it fails: CI installs Chromium
 * first (.ci/run), so a missing one there is a broken machine, not a reason to pass.
 */
export default async function globalSetup(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    const ci = process.env.CI === 'true' || process.env.CI === '1';
    process.stderr.write(`${skippedBanner(ci)}\n`);
    if (ci) throw new Error('No Chromium-family browser: the e2e suite cannot run (see above).');
    process.env.E2E_SKIPPED = 'no Chromium-family browser (sudo apt-get install -y chromium)';
    return;
  }
  ensureBuilt();
  const served = await serveDist({ root: DIST, port: 0 });
  process.env.E2E_BROWSER = chromium;
  process.env.E2E_URL = served.url;
  (globalThis as { e2eServer?: { close(): Promise<void> } }).e2eServer = served;
}
