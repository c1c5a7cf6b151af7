import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  appendixChoices,
  appendixTemplate,
  choicesSheetSpec,
  DEFAULT_REGISTRY,
  importPlanText,
  listSheetGrid,
  parseAppendix,
  planMatrixSheet,
} from '../../src/domain';
import { addSheet, insertTask, readWorkbook, saveHiddenSheet } from '../../src/excel';
import { FIXTURES } from '../helpers/grid';
import { fakeWorkbook, tagOf } from './fakeWorkbook';

const matrix = planMatrixSheet(
  importPlanText(readFileSync(join(FIXTURES, 'plans', 'ke-hoach-doi-ngoai-dong-nai-2025.txt'), 'utf8')),
  { name: 'văn bản dán vào', unit: 'line' },
);

describe('addSheet', () => {
  it('adds the matrix as a new, untagged sheet under a free name, in 2 syncs, and shows it', async () => {
    const fake = fakeWorkbook([
      { name: 'Phụ lục 1', rows: [['TT', 'Nhiệm vụ']] },
      { name: 'PHỤ LỤC NHIỆM VỤ', rows: [['bảng của cán bộ']] },
    ]);

    const { name } = await addSheet(fake.context, matrix);

    expect(name).toBe('Phụ lục nhiệm vụ (2)');
    expect(fake.syncCount()).toBe(2);
    expect(fake.pending()).toBe(0);
    expect(fake.model.sheets.map((sheet) => sheet.name)).toEqual(['Phụ lục 1', 'PHỤ LỤC NHIỆM VỤ', name]);
    expect(tagOf(fake.sheet(name))).toBeUndefined();
    expect(fake.model.activeSheet).toBe(name);
    // The officer's sheet of the same name is left as it was.
    expect(fake.sheet('PHỤ LỤC NHIỆM VỤ').cells.A1?.value).toBe('bảng của cán bộ');
  });

  it('reads back as the table engine reads any appendix: 11 tasks, the text as the drawing says', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục 1', rows: [['TT', 'Nhiệm vụ']] }]);
    const { name } = await addSheet(fake.newContext(), matrix);
    const snapshot = await readWorkbook(fake.newContext(), name, { notes: true });
    expect(parseAppendix(snapshot.grid).tasks).toHaveLength(11);
    expect(snapshot.grid.texts.slice(0, 8)).toEqual(listSheetGrid({ ...matrix, name }).texts.slice(0, 8));
  });

  it('gives a new appendix its dropdowns, reading the choices sheet as a Range, with no error alert', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục 1', rows: [['TT', 'Nhiệm vụ']] }]);
    const spec = choicesSheetSpec(appendixChoices(DEFAULT_REGISTRY, '2026-12-06'));
    const { name: sheet } = await saveHiddenSheet(fake.newContext(), spec);
    const syncs = fake.syncCount();
    const { name } = await addSheet(fake.newContext(), appendixTemplate({ sheet, spec }));

    expect(fake.syncCount() - syncs).toBe(2);
    expect(fake.pending()).toBe(0);
    const rules = fake.sheet(name).dataValidations ?? [];
    expect(rules.map((rule) => [rule.area, rule.list?.source])).toEqual([
      ['C6:C25', `'Danh sách chọn'!A3:A${2 + spec.rows.filter((row) => row[0] !== '').length}`],
      ['D6:D25', `'Danh sách chọn'!A3:A${2 + spec.rows.filter((row) => row[0] !== '').length}`],
      ['E6:E25', `'Danh sách chọn'!B3:B${2 + spec.rows.filter((row) => row[1] !== '').length}`],
      ['G6:G25', `'Danh sách chọn'!C3:C10`],
    ]);
    expect(rules.every((rule) => rule.errorAlert?.showAlert === false && rule.prompt?.showPrompt)).toBe(true);
  });

  it('draws a new appendix as an Excel table when asked: header and blank rows, a name no table or defined name has, still 2 syncs', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục', rows: [['TT', 'Nhiệm vụ']] }]);
    fake.model.names = ['PhuLuc_2'];
    const first = await addSheet(fake.newContext(), appendixTemplate(undefined, { table: true }));
    const syncs = fake.syncCount();
    const second = await addSheet(fake.newContext(), appendixTemplate(undefined, { table: true }));

    expect(fake.syncCount() - syncs).toBe(2);
    expect(fake.pending()).toBe(0);
    expect([first.name, second.name]).toEqual(['Phụ lục (2)', 'Phụ lục (3)']);
    expect(fake.sheet(first.name).tables).toEqual([
      { name: 'PhuLuc2', area: 'A5:H25', hasHeaders: true, style: 'TableStyleLight1', showBandedRows: false },
    ]);
    expect(fake.sheet(second.name).tables?.map((table) => table.name)).toEqual(['PhuLuc3']);
    // The drawn header, borders and titles are the same as without the table; the check reads it alike.
    const snapshot = await readWorkbook(fake.newContext(), first.name, { notes: true });
    expect(snapshot.grid.texts.slice(0, 5)).toEqual(
      listSheetGrid({ ...appendixTemplate(), name: first.name }).texts.slice(0, 5),
    );
  });

  it('a table inserted-into grows with the row, as Excel grows it', async () => {
    const fake = fakeWorkbook([{ name: 'Trang tính', rows: [['x']] }]);
    const { name } = await addSheet(fake.newContext(), appendixTemplate(undefined, { table: true }));
    await insertTask(fake.newContext(), name, { rowNumber: 8, cells: [{ column: 'B', text: 'Việc mới' }] });
    expect(fake.sheet(name).tables?.[0]?.area).toBe('A5:H26');
  });
});
