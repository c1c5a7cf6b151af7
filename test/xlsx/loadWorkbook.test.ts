import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { UnusableWorkbookError } from '../../src/domain';
import JSZip from 'jszip';
import { loadWorkbook, noteText, readAppendix } from '../../src/xlsx';
import { withRunsInNotes } from '../../src/xlsx/readableNotes';
import { SAMPLE } from '../helpers/grid';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

async function failure(bytes: Uint8Array) {
  try {
    await loadWorkbook(bytes, 'tep.xlsx');
  } catch (error) {
    return error;
  }
  throw new Error('expected loadWorkbook to fail');
}

describe('loadWorkbook', () => {
  it('rejects a text file renamed .xlsx', async () => {
    expect(await failure(Buffer.from('TT;Nhiệm vụ\n1;Việc'))).toMatchObject({
      code: 'not-xlsx',
      data: { file: 'tep.xlsx' },
    });
  });

  it('rejects a zip that is not a workbook', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...Array(60).fill(0)]);
    const error = await failure(zip);
    expect(error).toBeInstanceOf(UnusableWorkbookError);
    expect(error).toMatchObject({ code: 'not-xlsx' });
  });

  it('tells a legacy .xls from a password-protected .xlsx', async () => {
    const xls = Buffer.from([...OLE_SIGNATURE, ...Array(512).fill(0)]);
    expect(await failure(xls)).toMatchObject({ code: 'not-xlsx', data: { legacyXls: true } });
    const encrypted = Buffer.concat([xls, Buffer.from('EncryptionInfo', 'utf16le')]);
    expect(await failure(encrypted)).toMatchObject({ code: 'encrypted' });
  });

  it('opens the fixture', async () => {
    const workbook = await loadWorkbook(readFileSync(SAMPLE), 'sample.xlsx');
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
  });
});

describe('notes whose text has no run (Excel’s comment-thread placeholders, openpyxl’s notes)', () => {
  it('gives each run-less text a run, prefixes and empty texts included, and leaves runs alone', () => {
    expect(
      withRunsInNotes('<comment ref="A1"><text><t xml:space="preserve">Ghi chú &amp; x</t></text></comment>'),
    ).toBe('<comment ref="A1"><text><r><t xml:space="preserve">Ghi chú &amp; x</t></r></text></comment>');
    expect(withRunsInNotes('<x:text>\n<x:t>a</x:t></x:text><text><t/></text>')).toBe(
      '<x:text>\n<x:r><x:t>a</x:t></x:r></x:text><text><r><t/></r></text>',
    );
    const runs = '<text><r><rPr><b/></rPr><t>a</t></r><r><t>b</t></r></text>';
    expect(withRunsInNotes(runs)).toBe(runs);
  });

  it('reads such a note with its text (ExcelJS alone reads it empty, and saves it empty)', async () => {
    const workbook = new ExcelJS.Workbook();
    const officer = workbook.addWorksheet('Phụ lục');
    officer.getCell('B2').value = 'Việc một';
    officer.getCell('B2').note = 'tạm';
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const comments = (await zip.file('xl/comments1.xml')?.async('string')) ?? '';
    zip.file(
      'xl/comments1.xml',
      comments.replace(/<text>[\s\S]*<\/text>/u, '<text><t>Chị Lan: xem lại &amp; sửa</t></text>'),
    );
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const opened = await loadWorkbook(bytes, 'ghi-chu.xlsx');
    expect(noteText(opened.getWorksheet('Phụ lục')?.getCell('B2').note)).toBe('Chị Lan: xem lại & sửa');
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(noteText(plain.getWorksheet('Phụ lục')?.getCell('B2').note)).toBe('');
  });
});

describe('readAppendix', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await loadWorkbook(readFileSync(SAMPLE), 'sample.xlsx');
  });

  it('picks the appendix-like sheet when none is named', () => {
    const result = readAppendix(workbook);
    expect(result.picked).toBe('auto');
    expect(result.appendix.sheet).toBe('Phụ lục 1');
  });

  it('finds a named sheet ignoring case and surrounding spaces', () => {
    expect(readAppendix(workbook, ' PHỤ LỤC 1 ').appendix.sheet).toBe('Phụ lục 1');
  });

  it('names the available sheets when the named one does not exist', () => {
    expect(() => readAppendix(workbook, 'Phụ lục 3')).toThrow(
      expect.objectContaining({
        code: 'no-such-sheet',
        data: { sheet: 'Phụ lục 3', available: ['Phụ lục 1', 'Phụ lục 2'] },
      }),
    );
  });
});
