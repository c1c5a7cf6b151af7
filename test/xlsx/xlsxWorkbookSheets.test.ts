import ExcelJS from 'exceljs';
import { checkWorkbook, DEFAULT_SETTINGS, reviewsSheetSpec, settingsSheetSpec } from '../../src/domain';
import { isListWorkbook, loadWorkbook } from '../../src/xlsx';
import { indexSpec, listSpec } from '../helpers/listSpecs';
import { cellValues, onPage, roundTrip, sampleWorkbook, sheet } from './xlsxWorkbook.helpers';

const SETTINGS = 'Cài đặt kiểm tra';
const checkedAt = '23/11/2026 09:15';

describe('xlsxWorkbook: settings', () => {
  it('saves the settings in a hidden tagged sheet that the next check reads, after a download too', async () => {
    const workbook = await sampleWorkbook();
    const settings = {
      ...DEFAULT_SETTINGS,
      rules: { ...DEFAULT_SETTINGS.rules, 'missing-legal-basis': { enabled: false } },
    };
    await onPage(workbook).port.saveHiddenSheet(settingsSheetSpec(settings));
    const saved = await roundTrip(workbook);
    expect(sheet(saved, SETTINGS).state).toBe('hidden');
    const outcome = await checkWorkbook(onPage(saved).port, { checkedAt });
    expect(outcome.findings.map((f) => f.code)).not.toContain('missing-legal-basis');
    expect(outcome.sheetNames).toEqual(['Phụ lục 1', 'Phụ lục 2']);

    await onPage(saved).port.saveHiddenSheet(settingsSheetSpec(DEFAULT_SETTINGS));
    expect(saved.worksheets.filter((ws) => ws.name.startsWith(SETTINGS))).toHaveLength(1);
  });
});

describe('xlsxWorkbook: reviewed findings', () => {
  it('keeps the findings the officer reviewed out of the next check, after a download too', async () => {
    const workbook = await sampleWorkbook();
    const first = await checkWorkbook(onPage(workbook).port, { checkedAt });
    const dismissed = first.findings.filter((f) => f.code === 'weak-legal-basis');
    expect(dismissed.length).toBeGreaterThan(0);
    const reviews = dismissed.map((f) => ({
      sheet: 'Phụ lục 1',
      cell: f.cell ?? '',
      code: f.code,
      text: first.cellTexts[f.cell ?? ''] ?? '',
      reason: '',
      reviewedAt: checkedAt,
    }));
    await onPage(workbook).port.saveHiddenSheet(reviewsSheetSpec(reviews));
    const saved = await roundTrip(workbook);
    expect(sheet(saved, 'Phát hiện đã xem').state).toBe('hidden');
    const outcome = await checkWorkbook(onPage(saved).port, { checkedAt });
    expect(outcome.findings.map((f) => f.code)).not.toContain('weak-legal-basis');
    expect(outcome.reviewed).toHaveLength(dismissed.length);
    expect(outcome.sheetNames).toEqual(['Phụ lục 1', 'Phụ lục 2']);
  });
});

describe('xlsxWorkbook: agency sheets', () => {
  it('removes the confirmed sheets it wrote, after a download too, and never the officer’s', async () => {
    const workbook = await sampleWorkbook();
    const officer = workbook.addWorksheet('Sở Nội vụ (của tôi)');
    officer.getCell('A1').value = 'Bảng của cán bộ';
    const port = onPage(workbook).port;
    await port.writeAgencySheets({
      index: indexSpec(['Sở Ngoại vụ']),
      lists: [listSpec('Sở Ngoại vụ')],
      existing: (await port.read('Phụ lục 1')).existing,
    });
    const saved = await roundTrip(workbook);
    const outcome = await onPage(saved).port.removeAgencySheets([
      'Tổng hợp theo cơ quan',
      'Sở Ngoại vụ',
      'Sở Nội vụ (của tôi)',
      'Phụ lục 1',
    ]);
    expect(outcome).toEqual({
      removed: ['Tổng hợp theo cơ quan', 'Sở Ngoại vụ'],
      kept: ['Sở Nội vụ (của tôi)', 'Phụ lục 1'],
    });
    expect(saved.worksheets.filter((ws) => ws.state === 'visible').map((ws) => ws.name)).toEqual([
      'Phụ lục 1',
      'Phụ lục 2',
      'Sở Nội vụ (của tôi)',
    ]);
    const after = await onPage(saved).port.read('Phụ lục 1');
    expect(after.existing.sheets.filter((s) => s.tag?.startsWith('agency'))).toEqual([]);
  });

  it('writes the index and the lists, then replaces exactly its own sheets on the next run', async () => {
    const workbook = await sampleWorkbook();
    const officer = workbook.addWorksheet('Sở Nội vụ (của tôi)');
    officer.getCell('A1').value = 'Bảng của cán bộ';
    const port = onPage(workbook).port;
    const first = await port.writeAgencySheets({
      index: indexSpec(['Sở Ngoại vụ', 'Sở Tài chính']),
      lists: [listSpec('Sở Ngoại vụ'), listSpec('Sở Tài chính')],
      existing: (await port.read('Phụ lục 1')).existing,
    });
    expect(first).toEqual({ written: ['Tổng hợp theo cơ quan', 'Sở Ngoại vụ', 'Sở Tài chính'], removed: [] });

    const saved = await roundTrip(workbook);
    const page = onPage(saved);
    const again = page.port;
    const snapshot = await again.read('Phụ lục 1');
    expect(snapshot.existing.sheets.filter((s) => s.tag?.startsWith('agency'))).toEqual([
      { name: 'Tổng hợp theo cơ quan', tag: 'agency-index' },
      { name: 'Sở Ngoại vụ', tag: 'agency-list' },
      { name: 'Sở Tài chính', tag: 'agency-list' },
    ]);
    const second = await again.writeAgencySheets({
      index: indexSpec(['Sở Ngoại vụ']),
      lists: [listSpec('Sở Ngoại vụ', 'agency-list', 'Việc mới')],
      existing: snapshot.existing,
      activateIndex: true,
    });
    expect(page.selected).toEqual([['Tổng hợp theo cơ quan', 'A1']]);
    expect(second).toEqual({ written: ['Tổng hợp theo cơ quan', 'Sở Ngoại vụ'], removed: ['Sở Tài chính'] });
    expect(saved.worksheets.map((ws) => ws.name)).toEqual([
      'Phụ lục 1',
      'Phụ lục 2',
      'Sở Nội vụ (của tôi)',
      'Tổng hợp theo cơ quan',
      'Sở Ngoại vụ',
      '_MaTranNhiemVu',
    ]);
    expect(sheet(saved, 'Sở Ngoại vụ').getCell('B4').value).toBe('Việc mới');
    expect(cellValues(sheet(saved, 'Sở Nội vụ (của tôi)'))).toEqual({ A1: 'Bảng của cán bộ' });
    expect(sheet(saved, 'Tổng hợp theo cơ quan').getCell('B4').value).toEqual({
      formula: `HYPERLINK("#'Sở Ngoại vụ'!A1","Sở Ngoại vụ")`,
      result: 'Sở Ngoại vụ',
    });
  });

  it('keeps an agency sheet the officer hid hidden, and shows a hidden index when asked to', async () => {
    const workbook = await sampleWorkbook();
    const port = onPage(workbook).port;
    const write = async (activateIndex: boolean) =>
      port.writeAgencySheets({
        index: indexSpec(['Sở Ngoại vụ']),
        lists: [listSpec('Sở Ngoại vụ')],
        existing: (await port.read('Phụ lục 1')).existing,
        activateIndex,
      });
    await write(false);
    sheet(workbook, 'Sở Ngoại vụ').state = 'hidden';
    sheet(workbook, 'Tổng hợp theo cơ quan').state = 'hidden';
    await write(false);
    expect(sheet(workbook, 'Sở Ngoại vụ').state).toBe('hidden');
    expect(sheet(workbook, 'Tổng hợp theo cơ quan').state).toBe('hidden');
    await write(true);
    expect(sheet(workbook, 'Tổng hợp theo cơ quan').state).toBe('visible');
  });

  it('writes nothing over a sheet of the officer’s that holds a wanted name', async () => {
    const workbook = await sampleWorkbook();
    workbook.addWorksheet('Sở Ngoại vụ').getCell('A1').value = 'Của tôi';
    const port = onPage(workbook).port;
    await expect(
      port.writeAgencySheets({
        index: indexSpec(['Sở Ngoại vụ']),
        lists: [listSpec('Sở Ngoại vụ')],
        existing: (await port.read('Phụ lục 1')).existing,
      }),
    ).rejects.toThrow('is not a sheet the agency lists wrote');
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Phụ lục 1', 'Phụ lục 2', 'Sở Ngoại vụ']);
  });

  it('offers one agency’s list as a workbook of its own to download', async () => {
    const page = onPage(await sampleWorkbook());
    const outcome = await page.port.exportAgencyWorkbook({
      fileName: '02-so-ngoai-vu.xlsx',
      spec: listSpec('Sở Ngoại vụ'),
    });
    expect(outcome).toEqual({ how: 'downloaded' });
    const [download] = page.downloads;
    expect(download?.fileName).toBe('02-so-ngoai-vu.xlsx');
    const file = await loadWorkbook(download?.bytes ?? new Uint8Array(), '02-so-ngoai-vu.xlsx');
    expect(isListWorkbook(file)).toBe(true);
    expect(file.worksheets.map((ws) => ws.name)).toEqual(['Sở Ngoại vụ']);
  });
});

describe('xlsxWorkbook: showing one agency’s rows', () => {
  it('hides the other rows, then restores exactly the rows the officer had hidden', async () => {
    const workbook = new ExcelJS.Workbook();
    const appendix = workbook.addWorksheet('Phụ lục');
    for (let row = 1; row <= 10; row++) appendix.getCell(row, 1).value = row;
    appendix.getRow(4).hidden = true;
    const port = onPage(workbook).port;
    const hiddenRows = () => [...Array(10).keys()].map((i) => i + 1).filter((r) => appendix.getRow(r).hidden);

    const shown = await port.showOnlyRows({
      sheetName: 'Phụ lục',
      firstRow: 3,
      lastRow: 10,
      visibleRows: [4, 6],
    });
    expect(shown).toEqual({ hiddenRows: 6, shared: false });
    expect(hiddenRows()).toEqual([3, 5, 7, 8, 9, 10]);
    await port.showOnlyRows({ sheetName: 'Phụ lục', firstRow: 3, lastRow: 10, visibleRows: [8] });
    expect(hiddenRows()).toEqual([3, 4, 5, 6, 7, 9, 10]);

    await port.restoreRows('Phụ lục');
    expect(hiddenRows()).toEqual([4]);
    await port.restoreRows('Phụ lục');
    expect(hiddenRows()).toEqual([4]);
  });
});
