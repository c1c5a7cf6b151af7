import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanTask, Task } from '../../../src/domain';
import { compareMatrix, formatMatrixDifference, importPlanText } from '../../../src/domain';
import { loadWorkbook, readAppendix } from '../../../src/xlsx';
import { FIXTURES, SAMPLE } from '../../helpers/grid';

describe('the text of 58/KH-UBND Bà Rịa - Vũng Tàu 2024 beside its Phụ lục 1', () => {
  const imported = importPlanText(
    readFileSync(join(FIXTURES, 'plans', 'ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau.txt'), 'utf8'),
  );
  const tasks = imported.rows.flatMap((row) => (row.kind === 'task' ? [row.task] : []));
  let comparison: ReturnType<typeof compareMatrix>;
  beforeAll(async () => {
    const appendix = readAppendix(
      await loadWorkbook(new Uint8Array(readFileSync(SAMPLE)), 'x.xlsx'),
      'Phụ lục 1',
    );
    comparison = compareMatrix(tasks, appendix.appendix.tasks, { province: 'ba-ria-vung-tau', year: 2024 });
  });
  const pairOf = (line: number) => comparison.pairs.filter((pair) => pair.plan.line === line);

  it('pairs the tasks in order, a paragraph written as several rows with each of them', () => {
    expect(comparison.pairs.length).toBeGreaterThanOrEqual(90);
    // 1.1.1 "Với Bang Tây Ô-xtrây-li-a …" is row 1 of II.I, word for word apart from its bracket.
    expect(pairOf(21).map((pair) => [pair.row.rows[0], pair.differences])).toEqual([[10, []]]);
    // 1.3 "Các hoạt động hữu nghị, đối ngoại Nhân dân khác": six rows 3.1–3.6 in the appendix.
    expect(pairOf(94).map((pair) => pair.row.tt)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6']);
  });

  it('leaves out of the pairs the delegations, which the plan lists in Phụ lục 2, not 1', () => {
    expect(comparison.planOnly.length).toBe(15);
    expect(comparison.planOnly.every((task) => task.task.startsWith('Đoàn'))).toBe(true);
    expect(comparison.appendixOnly.length).toBeLessThanOrEqual(3);
  });

  it('names where the two disagree: a quarter, a lead', () => {
    const said = (line: number) =>
      pairOf(line).flatMap((pair) => pair.differences.map((d) => formatMatrixDifference(d, 'vi')));
    expect(said(47)).toEqual(['thời gian: văn bản "Quý II/2024", phụ lục "Quý III"']);
    expect(said(385)).toEqual(['thời gian: văn bản "Quý II/2024", phụ lục "Quý III"']);
    expect(said(134)).toEqual(['cơ quan chủ trì: văn bản giao "Sở Nội vụ", còn phụ lục ghi "Ban Tôn giáo"']);
  });
});

const planTask = (tt: string, task: string, lead: string, time: string, basis = ''): PlanTask => ({
  tt,
  task,
  lead,
  partners: '',
  time,
  basis,
  funding: '',
  product: '',
  line: Number(tt),
  endLine: Number(tt),
  missing: [],
});
const row = (n: number, task: string, lead: string, time: string, basis = ''): Task => ({
  rows: [n, n],
  tt: String(n),
  path: [String(n)],
  parentRow: null,
  task,
  lead,
  time,
  basis,
  funding: '',
  extra: {},
  mergedFrom: {},
  continuationRows: [],
});

describe('comparing', () => {
  const a = 'Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh Gia Lai';
  const b = 'Tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản và Hàn Quốc';

  it('finds no disagreement where the appendix writes the same things its own way', () => {
    const comparison = compareMatrix(
      [
        planTask('1', a, 'Sở Khoa học và Công nghệ, các cơ quan liên quan', 'Quý II/2025'),
        planTask('2', b, 'Sở Tài chính', 'Thường xuyên'),
      ],
      [row(5, a, 'Sở KH&CN', 'Quý II'), row(6, b, 'Sở Tài chính', 'trong năm 2025')],
      { year: 2025 },
    );
    expect(comparison.pairs.map((pair) => pair.differences)).toEqual([[], []]);
    expect([comparison.planOnly, comparison.appendixOnly]).toEqual([[], []]);
  });

  it('tells a task missing from either side, and a Căn cứ that leaves out what the text cites', () => {
    const cited = 'Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND tỉnh';
    const comparison = compareMatrix(
      [planTask('1', a, 'Sở Nội vụ', '', cited), planTask('2', b, 'Sở Tài chính', '')],
      [
        row(5, a, 'Sở Nội vụ', '', ''),
        row(6, 'Kiểm tra việc thực hiện chế độ báo cáo thống kê ngành', 'Sở Nội vụ', ''),
      ],
    );
    expect(comparison.planOnly.map((task) => task.tt)).toEqual(['2']);
    expect(comparison.appendixOnly.map((task) => task.rows[0])).toEqual([6]);
    expect(comparison.pairs[0]?.differences.map((d) => formatMatrixDifference(d, 'en'))).toEqual([
      `basis: the text cites "${cited}", the Căn cứ cell is blank`,
    ]);
  });
});
