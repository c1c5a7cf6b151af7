import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { formatError, UnusableWorkbookError } from '../../src/domain';
import { loadWorkbook, readAppendix, worksheetToGrid } from '../../src/xlsx';
import { checkPackageLimits } from '../../src/xlsx/packageLimits';

/** A small appendix saved by ExcelJS, then given merges in its sheet XML (as a hostile file would). */
async function withMerges(refs: string[], extra?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục');
  sheet.addRows([
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
    [1, 'Tổ chức hội nghị', 'Sở Nội vụ', 'Quý I/2025'],
  ]);
  sheet.getCell('A20').value = 'x';
  extra?.(sheet);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const path = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(path)?.async('string')) ?? '';
  const cells = refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('');
  zip.file(
    path,
    xml.replace('</sheetData>', `</sheetData><mergeCells count="${refs.length}">${cells}</mergeCells>`),
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UnusableWorkbookError) return formatError(error, 'vi');
    throw error;
  }
  return 'no error';
}

describe('limits checked before ExcelJS parses a workbook', () => {
  it('refuses one merge over the whole sheet (7 KB that would hang ExcelJS), naming the sheet and area', async () => {
    const bytes = await withMerges(['A20:XFD1048576']);
    expect(bytes.length).toBeLessThan(20_000);
    expect(await reason(loadWorkbook(bytes, 'bom.xlsx'))).toBe(
      'Trang "Phụ lục": vùng gộp ô A20:XFD1048576 trùm 17179557888 ô, quá lớn để đọc. Hãy bỏ gộp vùng đó (Home → Merge & Center) rồi thử lại.',
    );
  });

  it('refuses more merges than the limit, and passes a file within it', async () => {
    const refs = Array.from({ length: 30 }, (_, i) => `C${30 + 2 * i}:D${30 + 2 * i}`);
    const bytes = await withMerges(refs);
    const limits = { unpackedBytes: 1e9, mergedCells: 1_000, merges: 20 };
    expect(await reason(checkPackageLimits(bytes, 'a.xlsx', limits))).toContain(
      'có quá nhiều ô gộp (21 vùng',
    );
    await expect(checkPackageLimits(bytes, 'a.xlsx')).resolves.toBeUndefined();
    expect((await loadWorkbook(bytes, 'a.xlsx')).worksheets[0]?.model.merges).toHaveLength(30);
  });

  it('refuses a package that unpacks beyond the limit (a zip bomb), from the sizes its directory declares', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Trang').getCell('A1').value = 'a'.repeat(2_000_000);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(bytes.length).toBeLessThan(100_000);
    const limits = { unpackedBytes: 1_000_000, mergedCells: 1_000, merges: 20 };
    expect(await reason(checkPackageLimits(bytes, 'nen.xlsx', limits))).toMatch(
      /^Tệp "nen.xlsx": giải nén ra 2 MB, quá lớn để đọc an toàn\.$/,
    );
  });
});

describe('a sheet whose cells in use span too much', () => {
  async function strayCellWorkbook(): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Phụ lục').addRows([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      [1, 'Tổ chức hội nghị', 'Sở Nội vụ', 'Quý I/2025'],
    ]);
    const stray = workbook.addWorksheet('Nháp');
    stray.getCell('A1').value = 'bắt đầu';
    stray.getCell('XFD1048576').value = 'ô lạc';
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
    return loaded;
  }

  it('is refused with the reason, not built as 17 billion cells', async () => {
    const workbook = await strayCellWorkbook();
    expect(() => worksheetToGrid(workbook.getWorksheet('Nháp') as ExcelJS.Worksheet)).toThrow(
      expect.objectContaining({
        code: 'too-large',
        data: expect.objectContaining({ rows: 1048576, columns: 16384 }),
      }),
    );
  });

  it('does not stop the check of another sheet: no candidate when picking, the reason when named', async () => {
    const workbook = await strayCellWorkbook();
    expect(readAppendix(workbook).appendix.sheet).toBe('Phụ lục');
    expect(() => readAppendix(workbook, 'Nháp')).toThrow(expect.objectContaining({ code: 'too-large' }));
  });

  it('reads 140,000 filled cells without overflowing the stack (no spread of the cells)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lớn');
    for (let row = 1; row <= 14_000; row++)
      sheet.addRow(Array.from({ length: 10 }, (_, c) => `r${row}c${c}`));
    const grid = worksheetToGrid(sheet);
    expect([grid.values.length, grid.values[0]?.length]).toEqual([14_000, 10]);
  });
});

describe('workbooks other tools write', () => {
  /** A workbook with a note, its relationships rewritten as openpyxl writes them. */
  async function openpyxlStyle(move: boolean): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phụ lục');
    sheet.addRows([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      [1, 'Tổ chức hội nghị', 'Sở Nội vụ', 'Quý I/2025'],
    ]);
    sheet.getCell('B2').note = 'Ghi chú của chuyên viên';
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const relsPath = 'xl/worksheets/_rels/sheet1.xml.rels';
    let rels = (await zip.file(relsPath)?.async('string')) ?? '';
    if (move) {
      // openpyxl's part names: xl/comments/comment1.xml, xl/drawings/commentsDrawing1.vml
      zip.file('xl/comments/comment1.xml', (await zip.file('xl/comments1.xml')?.async('uint8array')) ?? '');
      zip.remove('xl/comments1.xml');
      zip.file(
        'xl/drawings/commentsDrawing1.vml',
        (await zip.file('xl/drawings/vmlDrawing1.vml')?.async('uint8array')) ?? '',
      );
      zip.remove('xl/drawings/vmlDrawing1.vml');
      rels = rels
        .replace('../comments1.xml', '/xl/comments/comment1.xml')
        .replace('../drawings/vmlDrawing1.vml', '/xl/drawings/commentsDrawing1.vml');
    } else {
      rels = rels.replace(/Target="\.\.\/([^"]+)"/gu, 'Target="/xl/$1"');
    }
    zip.file(relsPath, rels);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it.each([
    ['absolute relationship targets', false],
    ['notes stored under other part names', true],
  ])('reads a workbook with %s, note included (ExcelJS alone throws a TypeError)', async (_what, move) => {
    const bytes = await openpyxlStyle(move);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).rejects.toThrow(
      TypeError,
    );
    const workbook = await loadWorkbook(bytes, 'openpyxl.xlsx');
    expect(readAppendix(workbook).appendix.tasks).toHaveLength(1);
    expect(workbook.worksheets[0]?.getCell('B2').note).toBe('Ghi chú của chuyên viên');
  });
});
