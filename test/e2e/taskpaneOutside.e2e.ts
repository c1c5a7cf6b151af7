import type { Browser } from 'playwright-core';
import { describeInBrowser, launchChromium, newPage, workbenchUrl } from './browser';

/**
 * taskpane.html opened outside Excel (issue 17): it used to be a blank page ("Office is not defined"). It
 * now says where it runs and links to the workbench, whether office.js cannot load (offline, blocked:
 * every request off the page's own origin is refused here) or loads and finds no Office host.
 */
describeInBrowser('taskpane.html outside Excel', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says it runs inside Excel and links to the workbench, which opens', async () => {
    const page = await newPage(browser);
    const origin = new URL(workbenchUrl()).origin;
    await page.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
    );
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(workbenchUrl().replace(/workbench\.html$/u, 'taskpane.html'));

    await page.getByRole('heading', { name: 'Ma trận nhiệm vụ', level: 1 }).waitFor();
    expect(await page.getByText(/chỉ chạy bên trong Excel/u).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.getByRole('link', { name: 'bàn làm việc (workbench)' }).click();
    await page.waitForURL(/workbench\.html$/u);
    await page.locator('[data-cell="B7"]').waitFor();
  });
});
