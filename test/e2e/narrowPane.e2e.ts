import type { Browser, Locator, Page } from 'playwright-core';
import { artifactPath, describeInBrowser, launchChromium, newPage, watchPage, workbenchUrl } from './browser';

/** The task pane: the add-in's own <main>, and the column that scrolls it. */
const pane = (page: Page): Locator => page.getByRole('main');
const column = (page: Page): Locator => pane(page).locator('..');

/**
 * Excel's task pane on a 1366 × 768 laptop: 320 px wide (the narrowest Office lets it be) and about 560 px
 * tall under the ribbon. The workbench's pane column is set to that size.
 */
const PANE = { width: 320, height: 560 };

async function narrowPane(page: Page): Promise<void> {
  await column(page).evaluate((element, width) => {
    const grid = element.parentElement;
    if (grid) grid.style.gridTemplateColumns = `minmax(0, 1fr) ${width}px`;
  }, PANE.width);
  const box = await column(page).boundingBox();
  const viewport = page.viewportSize() ?? { width: 1366, height: 768 };
  if (box) await page.setViewportSize({ width: viewport.width, height: Math.round(box.y + PANE.height) });
}

/** Whether the element is wholly inside the pane's visible part, the pane scrolled to its top. */
async function inView(page: Page, element: Locator): Promise<boolean> {
  const [outer, inner] = await Promise.all([column(page).boundingBox(), element.boundingBox()]);
  if (!outer || !inner) return false;
  return (
    inner.y >= outer.y &&
    inner.y + inner.height <= outer.y + outer.height + 0.5 &&
    inner.x >= outer.x &&
    inner.x + inner.width <= outer.x + outer.width + 0.5
  );
}

describeInBrowser('the task pane at 320 px: after Kiểm tra, what the officer needs first is in view', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await newPage(browser, { viewport: { width: 1366, height: 768 } });
    problems = watchPage(page);
    await page.goto(workbenchUrl());
    await page.locator('[data-cell="B7"]').waitFor();
    await narrowPane(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the status line, the summary and the first finding without scrolling', async () => {
    await pane(page).getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const summary = pane(page).getByRole('list', { name: 'Tổng hợp' });
    await summary.waitFor();
    await column(page).evaluate((element) => element.scrollTo(0, 0));
    // A finding is a button named by its cell ("A116: …", "E5 và 1 ô khác: …").
    const firstFinding = pane(page)
      .getByRole('region', { name: 'Kết quả kiểm tra' })
      .getByRole('button', { name: /^[A-Z]+\d+(?: và \d+ ô khác)?: /u })
      .first();
    await page.screenshot({
      path: artifactPath('taskpane-320.png'),
      clip: (await column(page).boundingBox()) ?? undefined,
    });
    expect(await column(page).evaluate((element) => element.getBoundingClientRect().width)).toBe(PANE.width);
    expect(await inView(page, pane(page).getByRole('status', { name: 'Trạng thái' }))).toBe(true);
    expect(await inView(page, summary)).toBe(true);
    expect(await inView(page, firstFinding)).toBe(true);
    // Nothing wider than the pane: no sideways scrolling at 320 px.
    expect(await column(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });

  it('had no script or console errors', () => {
    expect(problems).toEqual([]);
  });
});
