import { DEFAULT_SETTINGS, validate } from '../../src/domain';
import { loadWorkbook, readAppendix, workbookBytes } from '../../src/xlsx';
import { sheetTables } from '../../src/xlsx/sheetTables';
import { firstSheetOf, memoryIo } from '../helpers/memoryIo';

describe('task-matrix new --out NEW.xlsx', () => {
  it('writes the standard appendix, which the check reads with no structural finding', async () => {
    const { files, run } = memoryIo();
    const result = await run('new', '--out', 'out/moi.xlsx');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Đã ghi out/moi.xlsx: trang "Phụ lục" theo mẫu chuẩn');
    const bytes = files.get('out/moi.xlsx') as Uint8Array;
    const sheet = await firstSheetOf(bytes);
    expect(sheet.getCell('A1').text).toBe('PHỤ LỤC');
    expect(sheet.pageSetup.orientation).toBe('landscape');
    const read = readAppendix(await loadWorkbook(bytes, 'moi.xlsx'));
    expect(read.appendix.headerRow).toBe(5);
    expect(Object.keys(read.appendix.columns).sort()).toEqual(
      ['basis', 'funding', 'lead', 'note', 'partners', 'task', 'time', 'tt'].sort(),
    );
    // Only what the officer has yet to fill in: the plan's number and date.
    expect(validate(read.appendix, DEFAULT_SETTINGS, {}).findings.map((f) => f.code)).toEqual([
      'missing-plan-reference',
    ]);
    // The dropdowns: lead, partners, time, funding read the hidden "Danh sách chọn"; other text allowed.
    const workbook = await loadWorkbook(bytes, 'moi.xlsx');
    const choices = workbook.getWorksheet('Danh sách chọn');
    expect(choices?.state).toBe('hidden');
    expect(choices?.getCell('A3').text).not.toBe('');
    const lead = sheet.getCell('C6').dataValidation;
    expect(lead.type).toBe('list');
    // No error alert (the file omits showErrorMessage, whose default is off): any other text may be typed.
    expect(lead.showErrorMessage).toBeFalsy();
    expect(lead.formulae?.[0]).toMatch(/^'Danh sách chọn'!\$A\$3:\$A\$\d+$/u);
    expect(sheet.getCell('G25').dataValidation.formulae?.[0]).toMatch(/^'Danh sách chọn'!\$C\$3:\$C\$10$/u);
    expect(sheet.getCell('B6').dataValidation).toBeUndefined();
  });

  it('--table: the header and blank rows are an Excel table, which survives a reopen and save, and checks the same', async () => {
    const { files, run } = memoryIo();
    const result = await run('new', '--out', 'out/bang.xlsx', '--table');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('dạng bảng Excel');
    const workbook = await loadWorkbook(files.get('out/bang.xlsx') as Uint8Array, 'bang.xlsx');
    const sheet = workbook.getWorksheet('Phụ lục');
    const [table] = sheet ? sheetTables(sheet) : [];
    expect(table?.name).toBe('PhuLuc');
    expect(table?.model).toMatchObject({ tableRef: 'A5:H25', headerRow: true });
    // Saved by the workbench (ExcelJS) and opened again: the table, its borders and the dropdowns stay.
    const again = await loadWorkbook(await workbookBytes(workbook), 'bang-2.xlsx');
    const reopened = again.getWorksheet('Phụ lục');
    expect((reopened ? sheetTables(reopened) : []).map((t) => t.name)).toEqual(['PhuLuc']);
    expect(reopened?.getCell('C6').dataValidation.type).toBe('list');
    expect(reopened?.getCell('B6').border?.left?.style).toBe('thin');
    expect(reopened?.getCell('B5').text).toBe('Nhiệm vụ');
    const read = readAppendix(again);
    expect(read.appendix.headerRow).toBe(5);
    expect(validate(read.appendix, DEFAULT_SETTINGS, {}).findings.map((f) => f.code)).toEqual([
      'missing-plan-reference',
    ]);
  });

  it('never overwrites a file', async () => {
    const { files, run } = memoryIo();
    files.set('out/co.xlsx', new Uint8Array([7]));
    const result = await run('new', '--out', 'out/co.xlsx', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"out/co.xlsx" already exists: not overwritten.');
    expect(files.get('out/co.xlsx')).toEqual(new Uint8Array([7]));
  });
});
