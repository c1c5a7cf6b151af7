import fc from 'fast-check';
import type { CellGrid, CellValue } from '../../../src/domain';
import { AppendixSchema, parseAppendix, UnusableWorkbookError } from '../../../src/domain';
import { HEADER } from '../../helpers/grid';

const TT = [
  'I',
  'II',
  'II.I',
  'A',
  'B',
  '1',
  '2',
  '2.1',
  '2.2',
  '3.1.1',
  'a)',
  '-',
  '',
  '',
  '*',
  'Ghi chú',
  7,
  1.5,
];
const TEXT = [
  'Việc',
  'Sở Ngoại vụ',
  'Quý I',
  'Kế hoạch 217/KH-UBND ngày 31/12/2021',
  'NS',
  '',
  '',
  '  ',
  'Ca\u0306n cu\u031b\u0301',
  42,
];

const cell = (choices: CellValue[]) => fc.constantFrom(...choices);
const row = (width: number) =>
  fc
    .tuple(cell(TT), fc.array(cell(TEXT), { minLength: width - 1, maxLength: width - 1 }))
    .map(([tt, rest]) => [tt, ...rest]);

/** A random sheet: junk rows, maybe a header somewhere, data rows, and vertical merges in random columns. */
const gridArb = fc
  .record({
    width: fc.integer({ min: 2, max: 8 }),
    headerAt: fc.option(fc.integer({ min: 0, max: 35 }), { nil: undefined }),
    top: fc.integer({ min: 1, max: 5 }),
    left: fc.integer({ min: 1, max: 3 }),
    rowCount: fc.integer({ min: 0, max: 60 }),
  })
  .chain(({ width, headerAt, top, left, rowCount }) =>
    fc
      .record({
        rows: fc.array(row(width), { minLength: rowCount, maxLength: rowCount }),
        merges: fc.array(
          fc.record({
            col: fc.integer({ min: 0, max: width - 1 }),
            start: fc.nat(),
            span: fc.integer({ min: 1, max: 5 }),
          }),
          { maxLength: 6 },
        ),
      })
      .map(({ rows, merges }) => buildGrid(rows, merges, { width, headerAt, top, left })),
  );

function buildGrid(
  rows: CellValue[][],
  merges: Array<{ col: number; start: number; span: number }>,
  shape: { width: number; headerAt: number | undefined; top: number; left: number },
): CellGrid {
  const values = rows.map((r) => [...r]);
  if (shape.headerAt !== undefined && shape.headerAt <= values.length) {
    values.splice(
      shape.headerAt,
      0,
      HEADER.slice(0, shape.width).concat(Array(Math.max(0, shape.width - 6)).fill(null)),
    );
  }
  const taken = new Set<string>();
  const areas: CellGrid['merges'] = [];
  for (const m of merges) {
    const start = values.length === 0 ? 0 : m.start % values.length;
    const end = Math.min(values.length - 1, start + m.span);
    if (end <= start) continue;
    const keys = Array.from({ length: end - start + 1 }, (_, i) => `${start + i}:${m.col}`);
    if (keys.some((k) => taken.has(k))) continue;
    keys.forEach((k) => taken.add(k));
    for (let r = start + 1; r <= end; r++) (values[r] as CellValue[])[m.col] = null;
    areas.push({
      top: shape.top + start,
      left: shape.left + m.col,
      bottom: shape.top + end,
      right: shape.left + m.col,
    });
  }
  return {
    sheetName: 'Ngẫu nhiên',
    top: shape.top,
    left: shape.left,
    values,
    texts: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
    merges: areas,
  };
}

describe('parseAppendix on random grids', () => {
  it('never throws anything but "no header", and accounts for every row exactly once', () => {
    fc.assert(
      fc.property(gridArb, (grid) => {
        let appendix;
        try {
          appendix = parseAppendix(grid);
        } catch (error) {
          expect(error).toBeInstanceOf(UnusableWorkbookError);
          expect((error as UnusableWorkbookError).code).toBe('no-header');
          return;
        }
        AppendixSchema.parse(appendix);
        const rowNumbers = appendix.rowKinds.map((r) => r.row);
        expect(rowNumbers).toEqual(Array.from({ length: grid.values.length }, (_, i) => grid.top + i));
        const kindOf = new Map(appendix.rowKinds.map((r) => [r.row, r.kind]));
        let previousEnd = 0;
        for (const task of appendix.tasks) {
          expect(kindOf.get(task.rows[0])).toBe('task');
          expect(task.rows[0]).toBeGreaterThan(previousEnd);
          expect(task.rows[1]).toBeGreaterThanOrEqual(task.rows[0]);
          for (let r = task.rows[0] + 1; r <= task.rows[1]; r++) {
            expect(['continuation', 'blank']).toContain(kindOf.get(r));
          }
          previousEnd = task.rows[1];
        }
        expect(appendix.tasks).toHaveLength(appendix.rowKinds.filter((r) => r.kind === 'task').length);
      }),
      { numRuns: 400 },
    );
  });
});

// Session 23: a field written as one column per value (D206, D213) — a parent merged across children on a
// two-row header, whatever the children say, and whatever the cells under them hold.
const CHILD = [
  '2026',
  '2027',
  'Quý I',
  'Quý II',
  'NSTW',
  'Ngân sách tỉnh',
  'Xã hội hóa',
  'Tổng số',
  'Khác',
  'Ghi chú',
  '',
];
const PARENT = ['Kinh phí (triệu đồng)', 'Thời gian thực hiện', 'Nguồn vốn', 'Lộ trình', 'Phân kỳ'];
const VALUE = ['x', 'X', '500', '1.200', '-', '0', 'Lồng ghép', 'Quý III', '', '', null];

const valueGridArb = fc
  .record({
    parent: fc.constantFrom(...PARENT),
    children: fc.array(fc.constantFrom(...CHILD), { minLength: 2, maxLength: 5 }),
    rows: fc.array(fc.array(fc.constantFrom<CellValue>(...VALUE), { minLength: 5, maxLength: 5 }), {
      maxLength: 12,
    }),
  })
  .map(({ parent, children, rows }) => {
    const width = 3 + children.length;
    const header: CellValue[] = [
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      parent,
      ...children.slice(1).map(() => null),
    ];
    const sub: CellValue[] = [null, null, null, ...children];
    const body = rows.map((r, i): CellValue[] => [
      String(i + 1),
      `Việc ${i + 1}`,
      'Sở Tư pháp',
      ...r.slice(0, children.length),
    ]);
    const values = [header, sub, ...body].map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
    const grid: CellGrid = {
      sheetName: 'Phụ lục',
      top: 1,
      left: 1,
      values,
      texts: values.map((r) => r.map((v) => (v === null ? '' : String(v)))),
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 1, right: width },
      ],
    };
    return { grid, children };
  });

describe('parseAppendix on value columns under a random parent', () => {
  it('never throws, and keeps every mark and amount of a task in its field or its extra columns', () => {
    fc.assert(
      fc.property(valueGridArb, ({ grid }) => {
        const appendix = parseAppendix(grid);
        AppendixSchema.parse(appendix);
        const valueColumns = [...(appendix.timePeriods ?? []), ...(appendix.fundingSources ?? [])];
        for (const task of appendix.tasks) {
          const row = grid.values[task.rows[0] - 1] as CellValue[];
          const kept = [task.time, task.funding ?? '', ...Object.values(task.extra)].join(' | ');
          for (const column of valueColumns) {
            const text = String(row[column.column.charCodeAt(0) - 65] ?? '').trim();
            if (text === '' || text === '-' || text === '0' || /^Tổng/u.test(column.title)) continue;
            expect(kept).toContain(/^[xX]$/u.test(text) ? column.title : text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
