import ExcelJS from 'exceljs';
import type { ListSheetSpec } from '../../src/domain';
import { agencyFiles, buildAgencyLists, parseAppendix } from '../../src/domain';
import {
  isListWorkbook,
  isUneditedListWorkbook,
  LIST_WORKBOOK_TAG,
  listWorkbook,
  workbookBytes,
  writeListSheet,
} from '../../src/xlsx';
import { gridFrom, HEADER } from '../helpers/grid';

const SPEC: ListSheetSpec = {
  name: 'Sở Ngoại vụ',
  tag: 'agency-list',
  footer: 'Trang &P/&N',
  title: [
    'DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ',
    'Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024',
    'Chủ trì: 2 nhiệm vụ.',
  ],
  header: ['TT', 'Nhiệm vụ', 'Vai trò'],
  widths: [6, 50, 20],
  align: ['center', 'left', 'left'],
  rows: [
    { kind: 'part', text: 'A. NHIỆM VỤ CHỦ TRÌ (2)' },
    { kind: 'section', tt: 'I', title: 'CÔNG TÁC ĐỐI NGOẠI ĐẢNG' },
    { kind: 'task', cells: ['1.1', '=SUM(A1:A9)', 'Chủ trì'] },
    { kind: 'task', cells: ['2', '@mention +84 -x', 'Chủ trì'] },
    { kind: 'total', cells: ['', 'Tổng cộng', 2] },
    { kind: 'note', text: 'Ghi chú cuối bảng.' },
  ],
};

async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await workbookBytes(workbook)) as unknown as ArrayBuffer);
  return again;
}

describe('listWorkbook', () => {
  let sheet: ExcelJS.Worksheet;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await reread(listWorkbook(SPEC));
    sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  });

  it('tags the workbook so a later split recognises it, and nothing else', async () => {
    expect(workbook.keywords).toMatch(new RegExp(`^${LIST_WORKBOOK_TAG} noi-dung-[0-9a-f]{8}$`));
    expect(isListWorkbook(workbook)).toBe(true);
    expect(isUneditedListWorkbook(workbook)).toBe(true);
    sheet.getCell('Z99').value = 'Đã sửa';
    expect(isUneditedListWorkbook(workbook)).toBe(false);
    sheet.getCell('Z99').value = null;
    expect(isUneditedListWorkbook(workbook)).toBe(true);
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Phụ lục');
    expect(isListWorkbook(await reread(other))).toBe(false);
  });

  it('writes the title lines merged across the table, then a blank row and the header', () => {
    expect(sheet.name).toBe('Sở Ngoại vụ');
    expect([1, 2, 3].map((r) => sheet.getCell(r, 1).value)).toEqual(SPEC.title);
    expect(sheet.model.merges).toEqual(
      expect.arrayContaining(['A1:C1', 'A2:C2', 'A3:C3', 'A6:C6', 'B7:C7', 'A11:C11']),
    );
    expect(sheet.getCell('A4').value).toBeNull();
    expect(['A5', 'B5', 'C5'].map((a) => sheet.getCell(a).value)).toEqual(SPEC.header);
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Times New Roman', bold: true, size: 14 });
  });

  it('keeps text that looks like a formula as literal text', () => {
    expect(sheet.getCell('B8').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B8').value).toBe('=SUM(A1:A9)');
    expect(sheet.getCell('B9').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('A8').value).toBe('1.1');
    expect(sheet.getCell('C10').value).toBe(2);
  });

  it('sets up printing: A4 landscape, one page wide by a scale, header repeated, frozen below the header', () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: expect.any(Number),
      printTitlesRow: '5:5',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
  });

  it('styles the table: Times New Roman, wrapped, bordered, widths from the spec', () => {
    const task = sheet.getCell('B8');
    expect(task.font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(task.alignment).toMatchObject({ wrapText: true, vertical: 'top', horizontal: 'left' });
    expect(task.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(sheet.getCell('A8').alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getCell('B5').font).toMatchObject({ bold: true, name: 'Times New Roman' });
    expect(sheet.getCell('B10').font).toMatchObject({ bold: true });
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([6, 50, 20]);
  });

  it('borders every cell of a part or section row, its merged cells included, and no title cell', () => {
    for (const address of ['A6', 'B6', 'C6', 'A7', 'B7', 'C7'])
      expect(sheet.getCell(address).border).toMatchObject({
        top: { style: 'thin' },
        right: { style: 'thin' },
      });
    expect(sheet.getCell('B6').font).toMatchObject({ bold: true });
    expect(sheet.getCell('C1').border ?? {}).toEqual({});
    expect(sheet.getCell('A11').font).toMatchObject({ italic: true });
  });

  it('gives every cell of one look the same frozen style (ExcelJS renders a style once per object)', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      kind: 'task' as const,
      cells: [String(i + 1), `Nhiệm vụ ${i + 1}`, 'Chủ trì'],
    }));
    const drawn = listWorkbook({ ...SPEC, rows }).worksheets[0] as ExcelJS.Worksheet;
    const styles = new Set<unknown>();
    drawn.eachRow((row) => row.eachCell((cell) => styles.add(cell.style)));
    expect(styles.size).toBeLessThan(10);
    expect(drawn.getCell('B6').style).toBe(drawn.getCell('B50').style);
    expect(Object.isFrozen(drawn.getCell('B6').style.font)).toBe(true);
    expect(() => {
      (drawn.getCell('B6').font as { bold: boolean }).bold = true;
    }).toThrow(TypeError);
  });
});

describe('writeListSheet links', () => {
  it('links to a file with a hyperlink and to a sheet with a HYPERLINK formula', async () => {
    const workbook = new ExcelJS.Workbook();
    writeListSheet(workbook, {
      ...SPEC,
      name: 'Tổng hợp',
      rows: [
        {
          kind: 'task',
          cells: [
            1,
            { text: 'Sở Ngoại vụ', link: { file: '02-so-ngoai-vu.xlsx' } },
            { text: 'Sở "A"', link: { sheet: "Sở Ngoại vụ's", cell: 'A1' } },
          ],
        },
      ],
    });
    const sheet = (await reread(workbook)).getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    expect(sheet.getCell('B6').value).toEqual({ text: 'Sở Ngoại vụ', hyperlink: '02-so-ngoai-vu.xlsx' });
    expect(sheet.getCell('C6').value).toMatchObject({
      formula: `HYPERLINK("#'Sở Ngoại vụ''s'!A1","Sở ""A""")`,
    });
  });
});

describe('the split workbooks', () => {
  it('write every list of an appendix with the spec’s layout', async () => {
    const appendix = parseAppendix(
      gridFrom([
        ['(Kèm theo Kế hoạch số 9/KH-UBND ngày 15/02/2024 của UBND tỉnh)'],
        HEADER,
        ['1', 'Việc', 'Sở Ngoại vụ, Sở Nội vụ', 'Quý I', 'Kế hoạch 1/KH-UBND ngày 02/01/2024', 'NS'],
      ]),
    );
    const files = agencyFiles(buildAgencyLists(appendix));
    const index = (await reread(listWorkbook(files.index.spec))).worksheets[0] as ExcelJS.Worksheet;
    expect(index.name).toBe('Tổng hợp theo cơ quan');
    expect(index.getCell('B5').value).toEqual({ text: 'Sở Ngoại vụ', hyperlink: '01-so-ngoai-vu.xlsx' });
    expect(index.getCell('D5').value).toBe(0);
    expect(index.getCell('E5').value).toBe(1);
    const second = files.lists[1];
    if (!second) throw new Error('no second list');
    const list = (await reread(listWorkbook(second.spec))).worksheets[0] as ExcelJS.Worksheet;
    expect(list.name).toBe('Sở Nội vụ');
    expect(list.getCell('A1').value).toBe('DANH SÁCH NHIỆM VỤ – Sở Nội vụ');
  });
});
