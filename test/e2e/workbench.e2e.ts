import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ruleTitle } from '../../src/domain';
import { isListWorkbook, loadWorkbook, markedCells, noteText, TAG_RECORD_SHEET } from '../../src/xlsx';
import JSZip from 'jszip';
import { SAMPLE } from '../helpers/grid';
import { packageProblems } from '../helpers/packageIntegrity';
import { withPivotOnFirstSheet } from '../helpers/unkeptWorkbook';
import { onPage } from '../xlsx/xlsxWorkbook.helpers';
import {
  artifactPath,
  describeInBrowser,
  launchChromium,
  newPage,
  README_IMAGES,
  watchPage,
  workbenchUrl,
} from './browser';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell of the sheet on screen. */
const cell = (page: Page, address: string): Locator => page.locator(`[data-cell="${address}"]`);

/** The task pane: the add-in's own <main>. */
const pane = (page: Page): Locator => page.getByRole('main');

/** The pane's one status line: what is under way or what just happened. */
const statusLine = (page: Page): Locator => pane(page).getByRole('status', { name: 'Trạng thái' });

describeInBrowser('the workbench in Chromium: the task pane over the sample appendix', () => {
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let agencySheets = 0;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await newPage(browser);
    problems = watchPage(page);
    await page.goto(workbenchUrl());
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the sample appendix loaded, on its first sheet', async () => {
    await cell(page, 'B7').waitFor();
    await expectText(page.getByText('ke-hoach-58-2024-phu-luc.xlsx'), 'ke-hoach-58-2024-phu-luc.xlsx');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('Phụ lục 1');
    expect(await cell(page, 'A1').textContent()).toBe('PHỤ LỤC 1');
    expect(await pane(page).getByRole('heading', { level: 1 }).textContent()).toBe('Ma trận nhiệm vụ');
  });

  it('Kiểm tra: the summary counts, the marks in the sheet and the result sheet', async () => {
    await pane(page).getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    const counts = pane(page).getByRole('list', { name: 'Tổng hợp' });
    await counts.waitFor();
    expect(await counts.getByRole('listitem').allTextContents()).toEqual([
      'Lỗi: 2',
      'Cảnh báo: 24',
      'Thông tin: 9',
      'Nhiệm vụ: 97',
    ]);
    await expectAttribute(page, 'E110', 'data-mark', 'error');
    expect(await cell(page, 'E110').getAttribute('title')).toContain('Nhiệm vụ chưa có căn cứ.');
    expect(await cell(page, 'F67').getAttribute('data-mark')).toBe('warning');
    expect(await cell(page, 'B20').getAttribute('data-mark')).toBeNull();
    await page.getByRole('tab', { name: 'Kết quả kiểm tra' }).waitFor();
  });

  it('lists the findings; the missing Căn cứ on row 110 is one, and clicking it selects E110', async () => {
    const finding = pane(page).getByRole('button', { name: 'E110: Nhiệm vụ chưa có căn cứ.' });
    if (!(await finding.isVisible())) {
      await pane(page)
        .getByRole('button', { name: new RegExp(ruleTitle('missing-legal-basis', 'vi')) })
        .click();
    }
    await page.evaluate(() => document.querySelector('[role="region"]')?.scrollTo(0, 0));
    await finding.click();
    await expectAttribute(page, 'E110', 'data-selected', 'true');
    expect(await page.getByLabel('Ô đang chọn').inputValue()).toBe('E110');
    expect(await isScrolledIntoView(cell(page, 'E110'))).toBe(true);

    await page.screenshot({ path: artifactPath('workbench-findings.png') });
    await screenshotPane(page, artifactPath('taskpane-findings.png'));
    if (process.env.UPDATE_SCREENSHOTS) {
      mkdirSync(README_IMAGES, { recursive: true });
      copyFileSync(artifactPath('workbench-findings.png'), join(README_IMAGES, 'workbench.png'));
      copyFileSync(artifactPath('taskpane-findings.png'), join(README_IMAGES, 'taskpane.png'));
    }
  });

  it('filters the appendix to one agency’s rows, and shows them all again', async () => {
    const rowsShown = () => page.locator('tbody th[scope="row"]').count();
    const before = await rowsShown();
    const agencies = pane(page).getByRole('region', { name: 'Theo cơ quan' });
    await agencies.getByRole('button', { name: 'Lọc theo cơ quan' }).click();
    await statusLine(page)
      .getByText(/Đang hiện các nhiệm vụ của/u)
      .waitFor();
    const filtered = await rowsShown();
    expect(filtered).toBeLessThan(before);
    expect(filtered).toBeGreaterThan(5);
    await agencies.getByRole('button', { name: 'Bỏ lọc', exact: true }).click();
    await statusLine(page)
      .getByText(/Đã bỏ lọc/u)
      .waitFor();
    expect(await rowsShown()).toBe(before);
  });

  it('writes the lists by agency into the workbook, with an index whose links lead to each sheet', async () => {
    const agencies = pane(page).getByRole('region', { name: 'Theo cơ quan' });
    await agencies.getByRole('button', { name: 'Tạo danh sách theo cơ quan' }).click();
    const done = statusLine(page).getByText(/^Đã ghi \d+ trang/u);
    await done.waitFor();
    agencySheets = Number(/Đã ghi (\d+) trang/u.exec((await done.textContent()) ?? '')?.[1]);
    expect(agencySheets).toBeGreaterThan(10);
    await page.getByRole('tab', { name: 'Tổng hợp theo cơ quan' }).click();
    expect(await cell(page, 'A1').textContent()).toMatch(/^TỔNG HỢP/u);
    await page.locator('td button', { hasText: 'Sở Ngoại vụ' }).first().click();
    await page.getByRole('tab', { name: 'Sở Ngoại vụ', selected: true }).waitFor();
    expect(await cell(page, 'A1').textContent()).toContain('Sở Ngoại vụ');
  });

  it('exports one agency’s list as a workbook of its own, downloaded', async () => {
    const agencies = pane(page).getByRole('region', { name: 'Theo cơ quan' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      agencies.getByRole('button', { name: 'Xuất danh sách cơ quan này' }).click(),
    ]);
    const file = artifactPath(download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^[\w-]+\.xlsx$/u);
    await statusLine(page).getByText(`Đã tải xuống ${download.suggestedFilename()}.`).waitFor();
    const workbook = await loadWorkbook(readFileSync(file), download.suggestedFilename());
    expect(isListWorkbook(workbook)).toBe(true);
    expect(workbook.worksheets).toHaveLength(1);
  });

  it('downloads the workbook with its marks, notes, result and agency sheets, which ExcelJS re-opens', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải xuống' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ke-hoach-58-2024-phu-luc.xlsx');
    const file = artifactPath('downloaded.xlsx');
    await download.saveAs(file);
    // Written back into the sample's own package: a package Excel opens without repair.
    expect(await packageProblems(new Uint8Array(readFileSync(file)))).toEqual([]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 4)).toEqual([
      'Phụ lục 1',
      'Phụ lục 2',
      'Kết quả kiểm tra',
      'Tổng hợp theo cơ quan',
    ]);
    expect(names).toContain('Sở Ngoại vụ');
    expect(names).toHaveLength(3 + agencySheets + 1);
    expect(workbook.getWorksheet(TAG_RECORD_SHEET)?.state).toBe('veryHidden');
    const tags = (await onPage(workbook).port.read('Phụ lục 1')).existing.sheets.map((sheet) => sheet.tag);
    expect(tags.filter((tag) => tag === 'result')).toHaveLength(1);
    expect(tags.filter((tag) => tag === 'agency-index' || tag === 'agency-list')).toHaveLength(agencySheets);
    const appendix = workbook.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet;
    expect(markedCells(appendix).get('E110')).toBe('error');
    expect(noteText(appendix.getCell('E110').note)).toContain('Nhiệm vụ chưa có căn cứ.');
    const result = workbook.getWorksheet('Kết quả kiểm tra') as ExcelJS.Worksheet;
    expect(String(result.getCell('A1').value)).toContain('KẾT QUẢ KIỂM TRA PHỤ LỤC');
    // Title rows (the summary, then a bar per section), the header, then one row per finding, the same
    // wording on several cells once: the sample's 35 findings (2 errors, 24 warnings, 9 notes) make 28 rows.
    const header = result.getColumn(1).values.indexOf('Ô');
    expect(String(result.getCell(header - 1, 1).value)).toMatch(/ {2}[█▓░]+ {2}/u);
    expect(result.actualRowCount).toBe(header + 28);
  });

  it('Sửa tự động: previews the 14 safe fixes, writes them, and the download carries them', async () => {
    const fixes = pane(page).getByRole('region', { name: 'Sửa tự động' });
    await fixes.getByRole('button', { name: 'Xem trước' }).click();
    const list = fixes.getByRole('list', { name: 'Các ô sẽ sửa' });
    expect(await list.getByRole('checkbox').count()).toBe(14);
    await fixes.getByRole('button', { name: 'Áp dụng (14 ô)' }).click();
    // The panel keeps what was fixed; the status line moves on to the check that follows.
    await fixes.getByText('Đã sửa 14 ô.').waitFor();
    await page.getByRole('tab', { name: 'Phụ lục 1' }).click();
    await expectText(cell(page, 'E85'), 'Kế hoạch số 82/KH-UBND ngày 18/5/2023');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải xuống' }).click(),
    ]);
    const file = artifactPath('fixed.xlsx');
    await download.saveAs(file);
    const workbook = await loadWorkbook(readFileSync(file), 'fixed.xlsx');
    const appendix = workbook.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet;
    expect(String(appendix.getCell('E85').value)).toContain('82/KH-UBND ngày 18/5/2023');
    expect(String(appendix.getCell('C31').value)).toBe('Sở Kế hoạch và Đầu tư');
  });

  it('opens a dropped .xlsx file in place of the sample', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Bảng của tôi').getCell('A1').value = 'Xin chào';
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const dataTransfer = await page.evaluateHandle(
      ({ base64, type }) => {
        const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], 'cua-toi.xlsx', { type }));
        return transfer;
      },
      { base64: bytes, type: XLSX_TYPE },
    );
    await page.dispatchEvent('header', 'drop', { dataTransfer });
    await page.getByRole('tab', { name: 'Bảng của tôi' }).waitFor();
    expect(await cell(page, 'A1').textContent()).toBe('Xin chào');
    await pane(page).getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();
    expect(await pane(page).getByRole('list', { name: 'Tổng hợp' }).count()).toBe(0);
  });

  it('says in Vietnamese that a broken file (a .txt renamed .xlsx) cannot be opened, and keeps the open one', async () => {
    await page.getByLabel('Chọn tệp .xlsx để mở').setInputFiles({
      name: 'hong.xlsx',
      mimeType: XLSX_TYPE,
      buffer: Buffer.from('TT;Nhiệm vụ\n1;Việc một\n', 'utf8'),
    });
    const alert = page.getByText('Không mở được tệp');
    await alert.waitFor();
    await page.getByText('Tệp "hong.xlsx" không phải tệp Excel .xlsx đọc được.').waitFor();
    expect(await page.getByRole('tab', { name: 'Bảng của tôi' }).count()).toBe(1);
  });

  it('downloads a checked file with its other sheets as they were, and says what the checked sheet lost', async () => {
    await page.getByLabel('Chọn tệp .xlsx để mở').setInputFiles({
      name: 'co-pivot.xlsx',
      mimeType: XLSX_TYPE,
      buffer: Buffer.from(await withPivotOnFirstSheet(new Uint8Array(readFileSync(SAMPLE)))),
    });
    await expectText(page.getByText('co-pivot.xlsx'), 'co-pivot.xlsx');
    await pane(page).getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await pane(page).getByRole('list', { name: 'Tổng hợp' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải xuống' }).click(),
    ]);
    const file = artifactPath('co-pivot.xlsx');
    await download.saveAs(file);
    await page.getByText('Bản vừa tải xuống không giữ được một số nội dung').waitFor();
    expect(
      await page.getByText(/Trang "Phụ lục 1" đã thay đổi .* có 1 bảng PivotTable mà bàn thử/u).count(),
    ).toBe(1);
    // The sheet the check did not touch is the officer's own, byte for byte.
    const [before, after] = await Promise.all(
      [await withPivotOnFirstSheet(new Uint8Array(readFileSync(SAMPLE))), readFileSync(file)].map((bytes) =>
        JSZip.loadAsync(bytes).then((zip) => zip.file('xl/worksheets/sheet2.xml')?.async('string')),
      ),
    );
    expect(after).toBe(before);
  });

  it('made no request outside its own origin, and had no script or console errors', () => {
    expect(problems).toEqual([]);
  });
});

/** The whole task pane: the page made tall enough that its column does not scroll, then clipped to it. */
async function screenshotPane(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
  const height = await pane(page).evaluate((main) => main.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height + 120) });
  await pane(page)
    .locator('..')
    .evaluate((column) => column.scrollTo(0, 0));
  const column = await pane(page).locator('..').boundingBox();
  await page.screenshot({
    path,
    ...(column ? { clip: { ...column, height: Math.min(column.height, height) } } : {}),
  });
  await page.setViewportSize(viewport);
}

async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.first().waitFor();
  expect(await locator.first().textContent()).toContain(text);
}

/** Waits (up to the test's timeout) for a cell's attribute to take a value, then checks it. */
async function expectAttribute(page: Page, address: string, name: string, value: string): Promise<void> {
  await page.waitForFunction(
    ({ selector, attribute, wanted }) => document.querySelector(selector)?.getAttribute(attribute) === wanted,
    { selector: `[data-cell="${address}"]`, attribute: name, wanted: value },
  );
  expect(await cell(page, address).getAttribute(name)).toBe(value);
}

/** Whether the element lies within its scrolling sheet area. */
function isScrolledIntoView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const area = element.closest('[role="region"]')?.getBoundingClientRect();
    return area !== undefined && box.top >= area.top && box.bottom <= area.bottom;
  });
}
