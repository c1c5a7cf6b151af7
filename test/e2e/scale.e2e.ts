import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, describeInBrowser, launchChromium, newPage, watchPage, workbenchUrl } from './browser';

const TASKS = 10_000;
/** Duplicated numbers 1 to 999: the last at row 2001 (two title rows, the header). */
const DUPLICATES = 999;

/**
 * A 10,000-task appendix whose findings grow with it: every other task repeats the number before it — 999
 * "Trùng số thứ tự" findings, each its own entry, in the group opened first (a TT has at most three digits,
 * parseTt.ts: "1000" is not read as a number) — and has no Căn cứ (5,000 more) —
 * the case where an opening animation's cost grew with the findings (issue 17). The times are recorded in
 * artifacts/e2e/scale-timings.json and printed, never asserted (a loaded machine is slower).
 */
async function bigAppendix(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRow(['PHỤ LỤC']);
  sheet.addRow(['(Kèm theo Kế hoạch số 12/KH-UBND ngày 15/01/2025 của UBND tỉnh Đồng Nai)']);
  sheet.addRow([
    'TT',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời gian thực hiện',
    'Căn cứ',
    'Nguồn kinh phí',
  ]);
  for (let i = 1; i <= TASKS; i++)
    sheet.addRow([
      String(Math.ceil(i / 2)),
      `Tổ chức đoàn công tác số ${i} theo chương trình đã duyệt`,
      'Sở Tài chính',
      'Sở Nội vụ',
      'Quý II/2025',
      i % 2 === 0 ? 'Kế hoạch số 58/KH-UBND ngày 11/03/2024 của UBND tỉnh' : '',
      'Ngân sách tỉnh',
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describeInBrowser('the workbench on a 10,000-task appendix', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await newPage(browser);
    problems = watchPage(page);
    await page.goto(workbenchUrl());
    await page.locator('[data-cell="B7"]').waitFor();
    await page.getByLabel('Chọn tệp .xlsx để mở').setInputFiles({
      name: 'phu-luc-10000.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await bigAppendix(),
    });
    await page.getByText('phu-luc-10000.xlsx').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('checks it, lists the first group of findings at once, opens it again, and records the times', async () => {
    const main = page.getByRole('main');
    const started = await page.evaluate(() => performance.now());
    await main.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const counts = main.getByRole('list', { name: 'Tổng hợp' });
    await counts.waitFor({ timeout: 120_000 });
    const shown = await page.evaluate(() => performance.now());
    expect(await counts.getByRole('listitem').allTextContents()).toContain(`Nhiệm vụ: ${TASKS}`);
    const findings = main.getByRole('region', { name: 'Kết quả kiểm tra' });
    // The first group is open and lists its findings at once, down to the last one. Looked for with
    // a plain query: an accessible-name search over thousands of buttons would be what is timed.
    await page.waitForFunction(
      (last) =>
        [...document.querySelectorAll('main button')].some((button) => button.textContent?.startsWith(last)),
      `A${2 * DUPLICATES + 3}:`,
      { timeout: 120_000, polling: 50 },
    );
    const listed = await page.evaluate(() => performance.now());
    // Settled: no animation left anywhere on the page (the end of the check's own spinner included).
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const settled = await page.evaluate(() => performance.now());
    expect(await findings.getByRole('heading', { name: `Trùng số thứ tự Lỗi · ${DUPLICATES}` }).count()).toBe(
      1,
    );
    // Closed and opened again by the officer (the panel has no opening motion: FindingGroups).
    const header = findings.getByRole('button', { name: `Trùng số thứ tự Lỗi · ${DUPLICATES}` });
    await header.click();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const reopening = await page.evaluate(() => performance.now());
    await header.click();
    await page.waitForFunction(
      (last) =>
        [...document.querySelectorAll('main button')].some((button) =>
          button.textContent?.startsWith(last),
        ) && document.getAnimations().every((a) => a.playState !== 'running'),
      `A${2 * DUPLICATES + 3}:`,
      { timeout: 120_000, polling: 20 },
    );
    const reopened = await page.evaluate(() => performance.now());
    const timings = {
      tasks: TASKS,
      checkMs: Math.round(shown - started),
      listedMs: Math.round(listed - started),
      settledMs: Math.round(settled - started),
      reopenMs: Math.round(reopened - reopening),
    };
    writeFileSync(artifactPath('scale-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
    console.log(`[e2e] 10,000 tasks in the workbench: ${JSON.stringify(timings)}`);
  });

  it('had no script or console errors', () => {
    expect(problems).toEqual([]);
  });
});
