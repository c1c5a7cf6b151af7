import { columnLetter } from '../grid';
import type { SheetSpec } from '../sheetSpec';
import { specFirstRow } from '../sheetSpec';
import { CHOICE_COLUMNS } from './appendixChoices';
import type { ColumnChoice, ListRow, ListSheetDrawing } from './listSheetSpec';

/** The standard appendix's columns and their widths (characters), as `import` writes them too. */
const COLUMNS: ReadonlyArray<readonly [string, number]> = [
  ['TT', 6],
  ['Nhiệm vụ', 48],
  ['Cơ quan chủ trì', 22],
  ['Cơ quan phối hợp', 22],
  ['Thời gian thực hiện', 14],
  ['Căn cứ', 28],
  ['Nguồn kinh phí', 16],
  ['Ghi chú', 14],
];

const BLANK_ROWS = 20;

/**
 * A new, empty task appendix in the standard layout (issue 15, "Tạo phụ lục mới"): "PHỤ LỤC", a title line
 * and the "Kèm theo …" line to complete, the header TT · Nhiệm vụ · Cơ quan chủ trì · Cơ quan phối hợp ·
 * Thời gian thực hiện · Căn cứ · Nguồn kinh phí · Ghi chú, and bordered blank rows to type into. The
 * column titles stay Vietnamese whatever the pane's language: they are the document's. With `table`, the
 * header and blank rows are an Excel table (the officer's choice: it grows as rows are typed below it).
 * @example appendixTemplate().header[1] === 'Nhiệm vụ'
 */
export function appendixTemplate(
  choices?: { sheet: string; spec: SheetSpec },
  options: { table?: boolean } = {},
): ListSheetDrawing {
  const rows: ListRow[] = Array.from({ length: BLANK_ROWS }, () => ({
    kind: 'task',
    cells: COLUMNS.map(() => ''),
  }));
  return {
    name: 'Phụ lục',
    title: [
      'PHỤ LỤC',
      'DANH MỤC NHIỆM VỤ',
      '(Kèm theo Kế hoạch số        /KH-          ngày      tháng      năm 20      )',
    ],
    footer: 'Trang &P/&N',
    header: COLUMNS.map(([title]) => title),
    widths: COLUMNS.map(([, width]) => width),
    align: COLUMNS.map(([title]) => (title === 'TT' ? 'center' : 'left')),
    rows,
    ...(choices ? { choices: columnChoices(choices.sheet, choices.spec) } : {}),
    ...(options.table ? { table: true } : {}),
  };
}

// Which list each column offers, and what its prompt says.
const OFFERS: ReadonlyArray<readonly [string, (typeof CHOICE_COLUMNS)[number], string]> = [
  ['Cơ quan chủ trì', 'agencies', 'Chọn một cơ quan, hoặc gõ tên (nhiều cơ quan cách nhau bởi dấu phẩy).'],
  ['Cơ quan phối hợp', 'agencies', 'Chọn một cơ quan, hoặc gõ tên các cơ quan, cách nhau bởi dấu phẩy.'],
  ['Thời gian thực hiện', 'times', 'Chọn một thời hạn thường dùng, hoặc gõ thời hạn khác.'],
  ['Nguồn kinh phí', 'funding', 'Chọn một nguồn thường dùng, hoặc gõ nguồn khác.'],
];

/** The dropdowns, reading the columns of the choices sheet (choicesSheetSpec) as drawn under `sheet`. */
function columnChoices(sheet: string, spec: SheetSpec): ColumnChoice[] {
  const first = specFirstRow(spec);
  return OFFERS.map(([title, list, prompt]) => {
    const index = CHOICE_COLUMNS.indexOf(list);
    const letter = columnLetter(index + 1);
    const filled = spec.rows.filter((row) => row[index] !== undefined && row[index] !== '').length;
    const last = first + Math.max(1, filled) - 1;
    return {
      column: COLUMNS.findIndex(([name]) => name === title),
      sheet,
      range: `$${letter}$${first}:$${letter}$${last}`,
      prompt,
    };
  });
}
