import { excelTableName } from '../../../src/domain';

describe('excelTableName', () => {
  it('is the sheet name without diacritics, spaces or punctuation, each word capitalised', () => {
    expect(excelTableName('Phụ lục', [])).toBe('PhuLuc');
    expect(excelTableName('Phụ lục (2)', [])).toBe('PhuLuc2');
    expect(excelTableName('Đề án - Sở Tư pháp', [])).toBe('DeAnSoTuPhap');
  });

  it('is apart from every table and defined name, ignoring case', () => {
    expect(excelTableName('Phụ lục', ['phuluc'])).toBe('PhuLuc_2');
    expect(excelTableName('Phụ lục', ['PhuLuc', 'PHULUC_2'])).toBe('PhuLuc_3');
  });

  it('never reads as a cell address nor starts with a digit', () => {
    expect(excelTableName('PL 1', [])).toBe('Pl_1');
    expect(excelTableName('2025', [])).toBe('Bang2025');
    expect(excelTableName('R', [])).toBe('R_');
    expect(excelTableName('', [])).toMatch(/^[A-Za-z_]/u);
  });

  it('holds only what a name may hold, whatever the sheet is called', () => {
    for (const sheet of ['Phụ lục 1 (KH 58)', "O'Brien & co.", 'Ủy ban – 2025/2026', '   ', 'XFD1048576'])
      expect(excelTableName(sheet, [])).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/u);
  });
});
