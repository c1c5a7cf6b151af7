import type { Appendix, CellGrid } from '../../../src/domain';
import {
  APPENDIX_TABLE,
  AppendixSchema,
  chooseSheet,
  parseAppendix,
  UnusableWorkbookError,
} from '../../../src/domain';
import { fixtureGrids, sampleGrid } from '../../helpers/grid';

// The facts the issue lists for ke-hoach-58-2024-phu-luc.xlsx, checked one by one against the real sheet.
describe('the Kế hoạch 58/KH-UBND appendix (sheet "Phụ lục 1")', () => {
  let grid: CellGrid;
  let appendix: Appendix;
  const taskAt = (row: number) => appendix.tasks.find((t) => t.rows[0] <= row && row <= t.rows[1]);
  const kindOf = (row: number) => appendix.rowKinds.find((r) => r.row === row)?.kind;

  beforeAll(async () => {
    grid = await sampleGrid();
    appendix = parseAppendix(grid);
  });

  it('matches the model schema', () => {
    expect(() => AppendixSchema.parse(appendix)).not.toThrow();
  });

  it('finds the wrapped header on row 5 and maps all six columns', () => {
    expect(appendix.headerRow).toBe(5);
    expect(appendix.columns).toEqual({ tt: 'A', task: 'B', lead: 'C', time: 'D', basis: 'E', funding: 'F' });
    expect(appendix.extraColumns).toEqual([]);
  });

  it('reads plan 58/KH-UBND of 11/03/2024 from the title rows', () => {
    expect(appendix.plan).toMatchObject({
      appendixName: 'PHỤ LỤC 1',
      title: 'BẢNG TỔNG HỢP CÁC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH ĐỐI NGOẠI NĂM 2024',
      documentType: 'Kế hoạch',
      number: '58/KH-UBND',
      date: '2024-03-11',
      dateText: 'ngày 11 tháng 03 năm 2024',
      issuer: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
      year: 2024,
    });
  });

  it('gives section I one task, on row 7, with an empty TT', () => {
    const inI = appendix.tasks.filter((t) => t.path[0] === 'I');
    expect(inI).toHaveLength(1);
    expect(inI[0]).toMatchObject({ rows: [7, 7], tt: '', path: ['I'], lead: 'Sở Ngoại vụ' });
  });

  it('keeps both sections numbered VII (rows 106 and 116) without breaking the parse', () => {
    const vii = appendix.sections.filter((s) => s.tt === 'VII');
    expect(vii.map((s) => s.row)).toEqual([106, 116]);
    expect(taskAt(117)?.path).toEqual(['VII', '1']);
    expect(taskAt(127)?.path).toEqual(['VIII', '6']);
  });

  it('joins continuation row 19 to the Jeollanam task on row 18 and reports it', () => {
    const task = taskAt(19);
    expect(task?.rows).toEqual([18, 19]);
    expect(task?.tt).toBe('6');
    expect(task?.task).toMatch(/^Với tỉnh Jeollanam.*\nĐoàn công tác tỉnh thăm/s);
    expect(task?.continuationRows).toEqual([19]);
    expect(kindOf(19)).toBe('continuation');
    expect(appendix.findings).toContainEqual(
      expect.objectContaining({ code: 'continuation-row', severity: 'info', rowNumber: 19, cell: 'B19' }),
    );
  });

  it('classifies row 23 as blank', () => {
    expect(kindOf(23)).toBe('blank');
    expect(taskAt(23)).toBeUndefined();
  });

  it.each([59, 60, 61, 62])('gives the task on row %i its Căn cứ from the area merged from E59', (row) => {
    const task = taskAt(row);
    expect(task?.basis).toMatch(/^Kế hoạch 164-KH\/TU ngày 24\/8\/2022/);
    expect(task?.mergedFrom).toEqual({ basis: 'E59' });
  });

  it.each([64, 65, 66, 67, 68, 69])(
    'gives the task on row %i its Căn cứ from the area merged from E64',
    (row) => {
      expect(taskAt(row)?.mergedFrom).toEqual({ basis: 'E64' });
      expect(taskAt(row)?.basis).not.toBe('');
    },
  );

  it('marks no field as merged on a row with its own cells', () => {
    expect(taskAt(18)?.mergedFrom).toEqual({});
  });

  it('leaves Căn cứ empty where the sheet has none (row 110) and Nguồn kinh phí on row 67', () => {
    expect(taskAt(110)?.basis).toBe('');
    expect(taskAt(67)?.funding).toBe('');
  });

  it('builds section paths through groups', () => {
    expect(taskAt(67)?.path).toEqual(['III', 'III.I', '3', '3.4']);
    expect(taskAt(15)?.path).toEqual(['II', 'II.I', '5', '5.1']);
    expect(taskAt(62)?.path).toEqual(['III', 'III.I', '2']);
    expect(taskAt(108)?.path).toEqual(['VII', '1']);
    expect(taskAt(108)?.tt).toBe('');
  });

  it('classifies the group rows that carry only a title over their children', () => {
    const groups = appendix.sections.filter((s) => s.kind === 'group');
    expect(groups.map((g) => [g.row, g.tt])).toEqual([
      [14, '5'],
      [58, '1'],
      [63, '3'],
      [99, '2'],
      [107, '1'],
      [109, '2'],
    ]);
    expect(groups[0]?.title).toBe('Với thành phố Padang, Indonesia');
  });

  it('makes every row that carries a task exactly one task, and nothing else a task', () => {
    const sectionRows = new Set(appendix.sections.map((s) => s.row));
    const taskRows = appendix.rowKinds.filter((r) => r.kind === 'task').map((r) => r.row);
    expect(appendix.tasks.map((t) => t.rows[0])).toEqual(taskRows);
    expect(taskRows.some((row) => sectionRows.has(row))).toBe(false);
    expect(appendix.tasks).toHaveLength(97);
    expect(appendix.sections.filter((s) => s.kind === 'section')).toHaveLength(17);
    // Every data row from 6 to 127 is accounted for exactly once.
    const kinds = appendix.rowKinds.filter((r) => r.row >= 6);
    expect(kinds.map((r) => r.row)).toEqual(Array.from({ length: 122 }, (_, i) => i + 6));
  });

  it('reports nothing but the continuation (the rules come later)', () => {
    expect(appendix.findings.map((f) => f.code)).toEqual(['continuation-row']);
  });
});

describe('choosing the sheet', () => {
  it('picks the task matrix "Phụ lục 1" over the delegations table on "Phụ lục 2", naming both kinds', async () => {
    const { grid, candidates } = chooseSheet(await fixtureGrids());
    expect(grid?.sheetName).toBe('Phụ lục 1');
    expect(candidates).toEqual([
      { sheet: 'Phụ lục 1', score: 6, kind: 'tasks' },
      { sheet: 'Phụ lục 2', score: 10, kind: 'delegations' },
    ]);
  });

  it('picks a delegations table when the workbook holds no task matrix', async () => {
    const grids = await fixtureGrids();
    const { grid } = chooseSheet(grids.filter((g) => g.sheetName === 'Phụ lục 2'));
    expect(grid?.sheetName).toBe('Phụ lục 2');
  });

  it('explains why "Phụ lục 2" is not a task appendix when a task matrix is asked for', async () => {
    const grids = await fixtureGrids();
    const phuLuc2 = grids.find((g) => g.sheetName === 'Phụ lục 2') as CellGrid;
    const error = (() => {
      try {
        parseAppendix(phuLuc2, APPENDIX_TABLE);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnusableWorkbookError);
    expect(error).toMatchObject({
      code: 'no-header',
      data: {
        sheet: 'Phụ lục 2',
        firstRow: 1,
        lastRow: 28,
        expected: expect.arrayContaining(['Nhiệm vụ', 'Căn cứ']),
      },
    });
  });
});

describe('parent rows', () => {
  it('link tasks and sections to their enclosing section or group', async () => {
    const appendix = parseAppendix(await sampleGrid());
    const task = (row: number) => appendix.tasks.find((t) => t.rows[0] === row);
    expect(task(7)?.parentRow).toBe(6);
    expect(task(67)?.parentRow).toBe(63);
    expect(task(62)?.parentRow).toBe(57);
    expect(task(108)?.parentRow).toBe(107);
    expect(appendix.sections.find((s) => s.row === 57)?.parentRow).toBe(56);
    expect(appendix.sections.find((s) => s.row === 116)?.parentRow).toBeNull();
  });
});
