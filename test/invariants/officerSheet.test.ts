import type { WorkbookPort } from '../../src/domain';
import { checkWorkbook, DEFAULT_SETTINGS, isMarkFormula, settingsSheetSpec } from '../../src/domain';
import { excelWorkbook } from '../../src/excel';
import { noteText } from '../../src/xlsx';
import { fakeWorkbook, seedFromGrid } from '../excel/fakeWorkbook';
import type { ConditionalFormatModel, SheetModel } from '../excel/fakeWorkbook';
import { fixtureGrid } from '../excel/workbooks';
import { indexSpec, listSpec } from '../helpers/listSpecs';
import { conditionalFormats, onPage, sampleWorkbook, sheet } from '../xlsx/xlsxWorkbook.helpers';

/**
 * The officer's sheet after every write operation of the add-in, in both adapters (issue 13): its values,
 * formulas, merges, formats, hidden rows, widths, notes and conditional formats are what they were — but
 * for the marks and notes a check adds, which clearing takes away again exactly. Each operation runs
 * through the same WorkbookPort the task pane uses, one after another on the same workbook.
 */

const SHEET = 'Phụ lục 1';
const OFFICER_NOTES = { A1: 'Bản trình ngày 10/3', C31: 'Chị Lan: kiểm tra lại tên cơ quan' };
const checkedAt = '06/12/2026 09:15';

/** One adapter over the sample appendix that the officer has coloured, annotated and formatted. */
interface Adapter {
  port: WorkbookPort;
  /** The officer's sheet, everything an operation could change. */
  state(): Promise<unknown>;
  /** The same without the add-in's marks and the notes it added on cells the officer had not annotated. */
  content(): Promise<unknown>;
}

async function xlsxAdapter(): Promise<Adapter> {
  const workbook = await sampleWorkbook();
  const ws = sheet(workbook, SHEET);
  for (const [address, text] of Object.entries(OFFICER_NOTES)) ws.getCell(address).note = text;
  ws.getCell('B7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('H2').value = { formula: 'COUNTA(B6:B127)', result: 90 };
  ws.addConditionalFormatting({
    ref: 'B7:B127',
    rules: [{ type: 'expression', priority: 1, formulae: ['LEN($B7)>500'], style: {} }],
  });
  ws.getRow(12).hidden = true;
  const state = (marks: boolean) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = cell.note ? noteText(cell.note) : undefined;
        const officers = (OFFICER_NOTES as Record<string, string>)[cell.address];
        cells[cell.address] = {
          value: cell.value,
          style: JSON.parse(JSON.stringify(cell.style)) as unknown,
          note: marks || officers ? note : undefined,
        };
      }),
    );
    const formats = conditionalFormats(ws).filter(
      (cf) =>
        marks ||
        !cf.rules.some((rule) => isMarkFormula((rule as { formulae?: string[] }).formulae?.[0] ?? '')),
    );
    const hidden: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => void (row.hidden && hidden.push(n)));
    return {
      cells,
      merges: Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort(),
      formats: JSON.parse(JSON.stringify(formats)) as unknown,
      hidden,
      widths: ws.columns.map((column) => column.width),
    };
  };
  return {
    port: onPage(workbook, SHEET).port,
    state: async () => state(true),
    content: async () => state(false),
  };
}

async function officeAdapter(): Promise<Adapter> {
  const fake = fakeWorkbook([
    seedFromGrid(await fixtureGrid(), {
      fills: { B7: '#FFFF00' },
      notes: OFFICER_NOTES,
      conditionalFormats: [
        { type: 'Custom', formula: '=LEN($B7)>500', fill: '#E2EFDA', appliesTo: ['B7:B127'] },
      ],
      hiddenRows: [12],
    }),
  ]);
  (globalThis as unknown as { Excel?: unknown }).Excel = fake.excel;
  const port = excelWorkbook({ notes: true, undoGroup: true });
  const content = (model: SheetModel) => ({
    ...model,
    conditionalFormats: model.conditionalFormats.filter(
      (cf: ConditionalFormatModel) => !isMarkFormula(cf.formula ?? ''),
    ),
    notes: Object.fromEntries(Object.entries(model.notes).filter(([cell]) => cell in OFFICER_NOTES)),
  });
  return {
    port,
    state: async () => fake.snapshot(SHEET),
    content: async () => content(fake.snapshot(SHEET)),
  };
}

afterEach(() => {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
});

describe.each([
  ['the ExcelJS adapter (workbench, command line)', xlsxAdapter],
  ['the Office.js adapter (in-memory Excel)', officeAdapter],
])('%s: the officer’s sheet after every write operation', (_name, open) => {
  it('keeps the officer’s content through each operation, and clearing restores it exactly', async () => {
    const adapter = await open();
    const { port } = adapter;
    const original = await adapter.state();
    const originalContent = await adapter.content();
    const after = async (step: string, exact: boolean) => {
      const now = exact ? await adapter.state() : await adapter.content();
      expect([step, now]).toEqual([step, exact ? original : originalContent]);
    };

    await checkWorkbook(port, { checkedAt });
    await after('check', false);
    // The check did mark the sheet: the exact state differs until the marks are cleared.
    expect(await adapter.state()).not.toEqual(original);
    // The officer's own notes are kept word for word, whatever the check says on their cells.
    await checkWorkbook(port, { checkedAt });
    await after('check again', false);
    await port.clearMarks(SHEET);
    await after('clear marks', true);

    await port.saveHiddenSheet(settingsSheetSpec(DEFAULT_SETTINGS));
    await after('save settings', true);

    const existing = (await port.read(SHEET)).existing;
    await port.writeAgencySheets({
      index: indexSpec(['Sở Ngoại vụ', 'Sở Tài chính']),
      lists: [listSpec('Sở Ngoại vụ'), listSpec('Sở Tài chính')],
      existing,
    });
    await after('write agency sheets', true);

    await port.showOnlyRows({ sheetName: SHEET, firstRow: 6, lastRow: 127, visibleRows: [7, 8, 9] });
    await port.restoreRows(SHEET);
    await after('show one agency’s rows, then all again', true);

    await port.removeAgencySheets(['Tổng hợp theo cơ quan', 'Sở Ngoại vụ', 'Sở Tài chính']);
    await after('remove agency sheets', true);
  });
});
