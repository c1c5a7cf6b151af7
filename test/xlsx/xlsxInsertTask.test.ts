import ExcelJS from 'exceljs';
import {
  appendixChoices,
  appendixTemplate,
  choicesSheetSpec,
  DEFAULT_REGISTRY,
  parseAppendix,
  placeTask,
} from '../../src/domain';
import { noteText, worksheetToGrid } from '../../src/xlsx';
import { sheetTables } from '../../src/xlsx/sheetTables';
import { expectInsertedAt } from '../helpers/insertedTask';
import { onPage, roundTrip, sampleWorkbook, sheet } from './xlsxWorkbook.helpers';

describe('insertTask in the workbench (ExcelJS in memory)', () => {
  it('inserts the row, moves the merged areas with the rows, and reads back as before plus the task, after a download too', async () => {
    const workbook = await sampleWorkbook();
    const before = parseAppendix(worksheetToGrid(sheet(workbook, 'Phụ lục 1')));
    const merges = sheet(workbook, 'Phụ lục 1').model.merges.length;
    const placement = placeTask(before, 32, { task: 'Tổ chức đoàn công tác', lead: 'Sở Ngoại vụ' });
    await onPage(workbook).port.insertTask('Phụ lục 1', placement);

    const saved = await roundTrip(workbook);
    expect(sheet(saved, 'Phụ lục 1').model.merges).toHaveLength(merges);
    const after = parseAppendix(worksheetToGrid(sheet(saved, 'Phụ lục 1')));
    const added = expectInsertedAt(before, after, 43);
    expect(added).toMatchObject({
      tt: '11',
      parentRow: 32,
      task: 'Tổ chức đoàn công tác',
      lead: 'Sở Ngoại vụ',
    });
  });
});

/** A workbench workbook holding only a new appendix with its dropdowns (and their hidden list). */
async function newTemplate() {
  const workbook = new ExcelJS.Workbook();
  const page = onPage(workbook, 'Phụ lục');
  const choices = choicesSheetSpec(appendixChoices(DEFAULT_REGISTRY, '2026-12-06'));
  const { name: list } = await page.port.saveHiddenSheet(choices);
  const { name } = await page.port.addSheet(appendixTemplate({ sheet: list, spec: choices }));
  return { workbook, page, name };
}

describe('insertTask in the workbench keeps the new appendix’s dropdowns with their rows', () => {
  it('the inserted row takes the column’s list, the rows below keep theirs, after a download too', async () => {
    const { workbook, page, name } = await newTemplate();
    const template = sheet(workbook, name);
    // Body rows 6–25; the lead column is C, the note column H has no list.
    const leadRule = template.getCell('C10').dataValidation;
    expect(leadRule).toMatchObject({ type: 'list' });

    await page.port.insertTask(name, { rowNumber: 10, cells: [{ column: 'B', text: 'Việc mới' }] });

    const saved = sheet(await roundTrip(workbook), name);
    for (const row of [6, 9, 10, 11, 26])
      expect(saved.getCell(`C${row}`).dataValidation).toMatchObject({ type: 'list' });
    expect(saved.getCell('C10').dataValidation.formulae).toEqual(leadRule.formulae);
    expect(saved.getCell('C27').dataValidation).toBeUndefined();
    expect(saved.getCell('H10').dataValidation).toBeUndefined();
    expect(saved.getCell('B10').value).toBe('Việc mới');
  });

  it('a row inserted just below the last validated row gets no list (the range did not run across it)', async () => {
    const { workbook, page, name } = await newTemplate();

    await page.port.insertTask(name, { rowNumber: 26, cells: [{ column: 'B', text: 'Việc mới' }] });

    expect(sheet(workbook, name).getCell('C25').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet(workbook, name).getCell('C26').dataValidation).toBeUndefined();
  });

  it('a row inserted inside a new appendix drawn as a table grows the table, after a download too', async () => {
    const workbook = new ExcelJS.Workbook();
    const page = onPage(workbook, 'Phụ lục');
    const { name } = await page.port.addSheet(appendixTemplate(undefined, { table: true }));

    await page.port.insertTask(name, { rowNumber: 10, cells: [{ column: 'B', text: 'Việc mới' }] });

    const saved = sheet(await roundTrip(workbook), name);
    const [table] = sheetTables(saved);
    expect(table?.model).toMatchObject({ tableRef: 'A5:H26', autoFilterRef: 'A5:H26' });
    expect(saved.getCell('B10').value).toBe('Việc mới');
  });
});

describe('insertTask in the workbench keeps the officer’s notes with their rows', () => {
  it('a note below the new row (43) moves down with its cell, one above stays, after a download too', async () => {
    const workbook = await sampleWorkbook();
    const appendix = sheet(workbook, 'Phụ lục 1');
    appendix.getCell('B45').note = 'Chị Lan: xem lại';
    appendix.getCell('E50').note = { texts: [{ text: 'Hạn cũ ', font: { bold: true } }, { text: '2024' }] };
    appendix.getCell('B7').note = 'Ghi chú phía trên';
    const before = parseAppendix(worksheetToGrid(appendix));
    await onPage(workbook).port.insertTask(
      'Phụ lục 1',
      placeTask(before, 32, { task: 'Việc mới', lead: 'Sở Ngoại vụ' }),
    );

    const saved = sheet(await roundTrip(workbook), 'Phụ lục 1');
    expect(noteText(saved.getCell('B7').note)).toBe('Ghi chú phía trên');
    expect(noteText(saved.getCell('B46').note)).toBe('Chị Lan: xem lại');
    expect(noteText(saved.getCell('E51').note)).toBe('Hạn cũ 2024');
    expect(saved.getCell('B45').note ?? '').toBe('');
    expect(saved.getCell('E50').note ?? '').toBe('');
  });
});
