import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { UnusableWorkbookError } from '../../src/domain';
import { loadWorkbook, readAppendix } from '../../src/xlsx';
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
