import { MADE_FROM_TEXT } from '../appendix/madeFromText';
import type { ListRow, ListSheetDrawing } from '../views/listSheetSpec';
import { fitWidths } from '../views/listSheetSpec';
import type { PlanImport } from './importPlanText';
import type { MarkerStyle } from './paragraphRole';
import { attachedToLine } from './planHeader';
import { BULLET } from './planTask';
import type { PlanTask } from './planTasks';

/** The standard appendix's columns, with the width bounds of each (characters). */
type Unit = 'line' | 'paragraph';

const COLUMNS: ReadonlyArray<{
  title: string;
  value: (task: PlanTask, unit: Unit) => string;
  bounds: readonly [number, number];
  optional?: boolean;
}> = [
  { title: 'TT', value: (t) => rowTt(t).tt, bounds: [5, 8] },
  { title: 'Nhiệm vụ', value: (t) => rowTt(t).task, bounds: [30, 60] },
  { title: 'Cơ quan chủ trì', value: (t) => t.lead, bounds: [16, 28] },
  { title: 'Cơ quan phối hợp', value: (t) => t.partners, bounds: [16, 28] },
  { title: 'Thời gian thực hiện', value: (t) => t.time, bounds: [12, 18] },
  { title: 'Căn cứ', value: (t) => t.basis, bounds: [20, 36] },
  { title: 'Nguồn kinh phí', value: (t) => t.funding, bounds: [12, 20] },
  { title: 'Sản phẩm', value: (t) => t.product, bounds: [14, 24], optional: true },
  { title: 'Ghi chú', value: (t, unit) => sourceLines(t.line, t.endLine, unit), bounds: [12, 16] },
];

/**
 * The plan's tasks as an appendix sheet in the standard layout (title, "Kèm theo …", TT · Nhiệm vụ · Cơ
 * quan chủ trì · Cơ quan phối hợp · Thời gian thực hiện · Căn cứ · Nguồn kinh phí · Ghi chú), each row's
 * Ghi chú naming the lines of the text it came from, so the sheet can be checked like any other.
 * @example planMatrixSheet(importPlanText(text), { name: 'ke-hoach.txt', unit: 'line' }).header[0] === 'TT'
 */
export function planMatrixSheet(
  imported: PlanImport,
  source: { name: string; unit: Unit },
): ListSheetDrawing {
  const tasks = imported.rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
  const columns = COLUMNS.filter((c) => !c.optional || tasks.some((t) => c.value(t, source.unit) !== ''));
  const rows: ListRow[] = imported.rows.map((row) =>
    row.kind === 'section'
      ? { kind: 'section', tt: written(row.tt, row.numbering), title: row.title }
      : { kind: 'task', cells: columns.map((c) => c.value(row.task, source.unit)) },
  );
  const header = columns.map((c) => c.title);
  const reference = attachedToLine(imported.header);
  const title = imported.header.title;
  return {
    name: 'Phụ lục nhiệm vụ',
    title: [
      'PHỤ LỤC',
      `NHIỆM VỤ THỰC HIỆN ${(imported.header.documentType ?? 'Kế hoạch').toLocaleUpperCase('vi')}${title ? ` ${title.toLocaleUpperCase('vi')}` : ''}`,
      ...(reference ? [reference] : []),
    ],
    footer: 'Trang &P/&N',
    header,
    widths: fitWidths(
      header,
      rows,
      columns.map((c) => c.bounds),
    ),
    align: columns.map((c) => (c.title === 'TT' ? 'center' : 'left')),
    rows: [
      ...rows,
      {
        kind: 'note',
        text: `${MADE_FROM_TEXT} "${source.name}": cột Ghi chú ghi ${source.unit === 'line' ? 'các dòng' : 'các đoạn'} của văn bản mà nhiệm vụ được đọc ra; ô để trống là phần văn bản không ghi.`,
      },
    ],
  };
}

/**
 * A row's TT as an appendix reads it back as that row's own: the plan's number as the plan writes it ("(1)"
 * keeps its brackets, so the items under "1." are no second "1"), a bullet's mark moved out of the text, or
 * "-" for a task the plan does not number — a row without TT and with little else would be read as the
 * task above it continued.
 * @example rowTt({ tt: '', task: '+ Rà soát …', … }) → { tt: '+', task: 'Rà soát …' }
 */
function rowTt(task: PlanTask): { tt: string; task: string } {
  if (task.tt !== '') return { tt: written(task.tt, task.numbering), task: task.task };
  // A bullet's mark opening an unnumbered task's text: "- Đánh giá …", "+ Sở Xây dựng …".
  const mark = BULLET.exec(task.task)?.[0];
  if (!mark) return { tt: '-', task: task.task };
  return { tt: mark.startsWith('+') ? '+' : '-', task: task.task.slice(mark.length) };
}

function written(tt: string, numbering: MarkerStyle | undefined): string {
  return numbering === 'bracketed' ? `(${tt})` : tt;
}

/** @example sourceLines(35, 41, 'line') === 'Dòng 35–41 của văn bản' */
function sourceLines(line: number, endLine: number, unit: Unit): string {
  const word = unit === 'line' ? 'Dòng' : 'Đoạn';
  return endLine > line ? `${word} ${line}–${endLine} của văn bản` : `${word} ${line} của văn bản`;
}
