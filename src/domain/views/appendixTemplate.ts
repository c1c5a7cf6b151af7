import type { ListRow, ListSheetDrawing } from './listSheetSpec';

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
 * column titles stay Vietnamese whatever the pane's language: they are the document's.
 * @example appendixTemplate().header[1] === 'Nhiệm vụ'
 */
export function appendixTemplate(): ListSheetDrawing {
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
  };
}
