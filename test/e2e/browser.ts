import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { ROOT } from './environment';

/** Where screenshots go: artifacts/ is not committed. */
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
/** README screenshots, refreshed with UPDATE_SCREENSHOTS=1 npm run test:e2e. */
export const README_IMAGES = join(ROOT, 'docs', 'images');

const BASE_URL = process.env.E2E_URL ?? '';
// Set by globalSetup when it found a browser (E2E_CHROMIUM is what the user may set to choose one).
const CHROMIUM = process.env.E2E_BROWSER;

/**
 * `describe` when a browser was found, else `describe.skip` under a title that says why — so a skipped
 * suite shows in jest's output as skipped, with its reason, never as passed.
 */
export function describeInBrowser(title: string, body: () => void): void {
  if (CHROMIUM) describe(title, body);
  else describe.skip(`SKIPPED (${process.env.E2E_SKIPPED ?? 'no browser'}): ${title}`, body);
}

/** The served workbench page (`?lang=en` for English). */
export function workbenchUrl(query = ''): string {
  return `${BASE_URL}workbench.html${query}`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    locale: 'vi-VN',
    ...options,
  });
  return context.newPage();
}

/**
 * What the page did that it should not: script errors, console errors (a Content-Security-Policy
 * violation is one), requests to any origin but the page's own.
 */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  const origin = new URL(BASE_URL).origin;
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  return problems;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
