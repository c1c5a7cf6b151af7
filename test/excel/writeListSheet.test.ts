import ExcelJS from 'exceljs';
import type { ListSheetSpec } from '../../src/domain';
import {
  cellAddress,
  columnPoints,
  listSheetLayout,
  mergedRowHeight,
  parseArea,
  printScale,
} from '../../src/domain';
import { writeListSheet } from '../../src/excel';
import { RequestBudget } from '../../src/excel/payload';
import { writeListSheet as writeWithExcelJs } from '../../src/xlsx';
import type { SheetModel } from './fakeWorkbook';
import { expectLiteral, fakeWorkbook } from './fakeWorkbook';

const LONG_TITLE =
  'TĂNG CƯỜNG HỢP TÁC VỚI CÁC ĐỊA PHƯƠNG CỦA CÁC NƯỚC LÁNG GIỀNG, ĐỐI TÁC CHIẾN LƯỢC VÀ ĐỐI TÁC TOÀN DIỆN';
const SPEC: ListSheetSpec = {
  name: 'Sở Ngoại vụ',
  tag: 'agency-list',
  footer: 'Trang &P/&N',
  title: [
    'DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ',
    'Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024',
    'Chủ trì: 2.',
  ],
  header: ['TT', 'Nhiệm vụ', 'Vai trò', 'Thời gian'],
  widths: [6, 40, 20, 12],
  align: ['center', 'left', 'left', 'center'],
  rows: [
    { kind: 'part', text: 'A. NHIỆM VỤ CHỦ TRÌ (2)' },
    { kind: 'section', tt: 'I', title: 'CÔNG TÁC ĐỐI NGOẠI ĐẢNG' },
    { kind: 'section', tt: '1', title: LONG_TITLE },
    { kind: 'task', cells: ['1.1', '=SUM(A1:A9)', 'Chủ trì', '6/2024'] },
    {
      kind: 'task',
      cells: [
        '2',
        '+84 đường dây nóng',
        { text: 'Sở Nội vụ', link: { sheet: "Sở Nội vụ's", cell: 'A1' } },
        'Quý II',
      ],
    },
    { kind: 'total', cells: ['', 'Tổng cộng', 2, ''] },
    { kind: 'note', text: 'Ghi chú cuối bảng.' },
    { kind: 'closing', left: '', right: '' },
    { kind: 'closing', left: 'Nơi nhận:', right: 'KT. CHỦ TỊCH', heading: true },
    { kind: 'closing', left: '- Sở Ngoại vụ;', right: 'PHÓ CHỦ TỊCH' },
    { kind: 'closing', left: `- ${LONG_TITLE};`, right: '' },
    { kind: 'closing', left: '- Lưu: VT, NgV.', right: 'Nguyễn Văn A' },
  ],
};

/** What a cell shows and how, in the terms both renderers share. */
interface Look {
  value: string | number;
  link?: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  font: string;
  size: number;
  horizontal: string;
  vertical: string;
  borders: string;
  fill?: string;
}

async function drawInFake(spec: ListSheetSpec): Promise<SheetModel> {
  const fake = fakeWorkbook([{ name: 'Phụ lục 1' }]);
  const context = fake.newContext();
  const budget = new RequestBudget(context);
  await writeListSheet(context.workbook.worksheets.add(spec.name), spec, budget);
  await budget.flush();
  expect(fake.syncCount()).toBe(1);
  return fake.sheet(spec.name);
}

async function drawWithExcelJs(spec: ListSheetSpec): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  writeWithExcelJs(workbook, spec);
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return again.worksheets[0] as ExcelJS.Worksheet;
}

function fakeLook(sheet: SheetModel, address: string): Look {
  const cell = sheet.cells[address] ?? {};
  const edges = ['top', 'bottom', 'left', 'right'].filter((e) => cell.borders?.[e as 'top']).join(' ');
  return {
    value: typeof cell.value === 'number' ? cell.value : String(cell.value ?? ''),
    ...(cell.hyperlink?.documentReference ? { link: cell.hyperlink.documentReference } : {}),
    bold: cell.bold === true,
    italic: cell.italic === true,
    underline: cell.underline === 'Single',
    font: cell.fontName ?? '',
    size: cell.fontSize ?? 0,
    horizontal: (cell.horizontalAlignment ?? 'left').toLowerCase(),
    vertical: (cell.verticalAlignment ?? 'bottom').toLowerCase().replace('center', 'middle'),
    borders: edges,
    ...(cell.fill ? { fill: cell.fill.replace('#', '').toUpperCase() } : {}),
  };
}

function excelJsLook(sheet: ExcelJS.Worksheet, address: string): Look {
  const cell = sheet.getCell(address);
  const raw = cell.value;
  const formula = raw && typeof raw === 'object' && 'formula' in raw ? String(raw.formula) : undefined;
  const link = formula ? /^HYPERLINK\("#(.*)","(.*)"\)$/.exec(formula) : null;
  const value = link ? (link[2] ?? '') : typeof raw === 'number' ? raw : String(raw ?? '');
  const edges = ['top', 'bottom', 'left', 'right'].filter((e) => cell.border?.[e as 'top']?.style).join(' ');
  const fill = cell.fill?.type === 'pattern' ? cell.fill.fgColor?.argb?.slice(2) : undefined;
  return {
    value,
    ...(link ? { link: (link[1] ?? '').replace(/''/g, "''") } : {}),
    bold: cell.font?.bold === true,
    italic: cell.font?.italic === true,
    underline: cell.font?.underline === true,
    font: cell.font?.name ?? '',
    size: cell.font?.size ?? 0,
    horizontal: cell.alignment?.horizontal ?? 'left',
    vertical: cell.alignment?.vertical ?? 'bottom',
    borders: edges,
    ...(fill ? { fill } : {}),
  };
}

/** The cells both renderers own: every cell that is not covered by a merged area (its top-left is). */
function visibleCells(spec: ListSheetSpec, merges: readonly string[]): string[] {
  const { headerRow, columns } = listSheetLayout(spec);
  const covered = new Set<string>();
  for (const merge of merges) {
    const area = parseArea(merge);
    for (let r = area.top; r <= area.bottom; r++)
      for (let c = area.left; c <= area.right; c++)
        if (r !== area.top || c !== area.left) covered.add(cellAddress(r, c));
  }
  const cells: string[] = [];
  for (let r = 1; r <= headerRow + spec.rows.length; r++)
    for (let c = 1; c <= columns; c++)
      if (r !== headerRow - 1 && !covered.has(cellAddress(r, c))) cells.push(cellAddress(r, c));
  return cells;
}

describe('writeListSheet (Office.js) draws what the ExcelJS renderer draws', () => {
  let fake: SheetModel;
  let file: ExcelJS.Worksheet;
  beforeAll(async () => {
    fake = await drawInFake(SPEC);
    file = await drawWithExcelJs(SPEC);
  });

  it('merges the same areas: title lines, parts and notes across the table, section titles beside their TT', () => {
    expect([...fake.merges].sort()).toEqual([...file.model.merges].sort());
  });

  it('closes with the recipients on the left half and the signature block bold and centred on the right', () => {
    // TT and Nhiệm vụ (6 + 40 of 78 characters) hold the recipients; Vai trò and Thời gian the signature.
    expect(fake.merges).toEqual(expect.arrayContaining(['A14:B14', 'C14:D14', 'A17:B17', 'C17:D17']));
    expect(fakeLook(fake, 'A14')).toMatchObject({
      value: 'Nơi nhận:',
      bold: true,
      italic: true,
      borders: '',
    });
    expect(fakeLook(fake, 'A15')).toMatchObject({ value: '- Sở Ngoại vụ;', bold: false, horizontal: 'left' });
    expect(fakeLook(fake, 'C15')).toMatchObject({ value: 'PHÓ CHỦ TỊCH', bold: true, horizontal: 'center' });
    expect(fakeLook(fake, 'C17')).toMatchObject({ value: 'Nguyễn Văn A', bold: true, borders: '' });
    expect(fake.rowHeights?.[16]).toBe(mergedRowHeight(`- ${LONG_TITLE};`, SPEC.widths.slice(0, 2)));
  });

  it('gives every cell the same value, link, font, alignment, borders and fill', () => {
    for (const address of visibleCells(SPEC, fake.merges)) {
      expect({ address, ...fakeLook(fake, address) }).toEqual({ address, ...excelJsLook(file, address) });
    }
  });

  it('keeps text text: a value starting with = or + is a string constant, a number-like text formatted "@"', () => {
    expectLiteral(fake.cells['B9'], '=SUM(A1:A9)');
    expectLiteral(fake.cells['B10'], '+84 đường dây nóng');
    expect(fake.cells['D9']).toMatchObject({ value: '6/2024', numberFormat: '@' });
    expect(fake.cells['C11']).toMatchObject({ value: 2 });
    expect(fake.cells['C11']?.numberFormat).toBeUndefined();
  });

  it('gives the same column widths, and every wrapped row the same height (LibreOffice does not fit rows)', () => {
    expect(SPEC.widths.map((_, c) => fake.columnWidths[String.fromCharCode(65 + c)])).toEqual(
      SPEC.widths.map((_, c) => columnPoints(file.getColumn(c + 1).width ?? 0)),
    );
    const height = mergedRowHeight(LONG_TITLE, SPEC.widths, 1);
    expect(height).toBeGreaterThan(16);
    expect(fake.rowHeights?.[8]).toBe(height);
    const fileHeights = Object.fromEntries(
      Object.keys(fake.rowHeights ?? {}).map((row) => [row, file.getRow(Number(row)).height]),
    );
    expect(fileHeights).toEqual(fake.rowHeights);
  });

  it('sets up the same printing: A4 landscape, one page wide, header repeated, frozen below it', () => {
    expect(file.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: false,
      scale: printScale(SPEC.widths),
    });
    expect(file.pageSetup.printTitlesRow).toBe('5:5');
    expect(fake.pageLayout).toMatchObject({
      paperSize: 'A4',
      orientation: 'Landscape',
      zoom: { scale: printScale(SPEC.widths) },
      printTitleRows: '$5:$5',
      centerHorizontally: true,
    });
    expect(file.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(fake.frozenRows).toBe(5);
  });
});
