/**
 * Helpers for the agency sheets' adapter tests: reading a sheet the fake holds back as rows of values, and a
 * large synthetic appendix (tasks led by many agencies) for sync counts.
 */
import type { CellGrid, CellValue } from '../../src/domain';
import { cellAddress, DEFAULT_REGISTRY, parseArea } from '../../src/domain';
import { HEADER } from '../helpers/grid';
import type { SheetModel } from './fakeWorkbook';

/** Values of a sheet from A1 to its last written row and column ('' for empty cells). */
export function sheetValues(sheet: SheetModel): Array<Array<string | number | boolean>> {
  let bottom = 0;
  let right = 0;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (cell.value === undefined) continue;
    const { top, left } = parseArea(address);
    bottom = Math.max(bottom, top);
    right = Math.max(right, left);
  }
  return Array.from({ length: bottom }, (_, r) =>
    Array.from({ length: right }, (_, c) => sheet.cells[cellAddress(r + 1, c + 1)]?.value ?? ''),
  );
}

/** Rows (1-based) where a merged area starts in column A or B: titles, parts, sections, notes. */
export function mergedRows(sheet: SheetModel): Set<number> {
  const rows = new Set<number>();
  for (const merge of sheet.merges) {
    const area = parseArea(merge);
    if (area.left <= 2) rows.add(area.top);
  }
  return rows;
}

/** The task rows of a list sheet (below the header row, not merged), as their first `columns` values. */
export function taskRows(
  sheet: SheetModel,
  headerRow: number,
  columns = 3,
): Array<Array<string | number | boolean>> {
  const merged = mergedRows(sheet);
  return sheetValues(sheet)
    .map((row, i) => ({ row, rowNumber: i + 1 }))
    .filter(({ rowNumber }) => rowNumber > headerRow && !merged.has(rowNumber))
    .map(({ row }) => row.slice(0, columns));
}

// A fixed linear congruential sequence: the same appendix on every run, no Math.random.
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function roman(n: number): string {
  const tens = ['', 'X', 'XX', 'XXX', 'XL'][Math.floor(n / 10)] ?? '';
  return tens + (['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'][n % 10] ?? '');
}

const TIMES = ['Quý I', 'Quý II/2024', 'Tháng 6/2024', 'Thường xuyên', 'trong năm 2024'];

/**
 * An appendix of `tasks` tasks in 40 sections, each led by one to three of `agencies` agencies of the default
 * registry (canonical names), like bench/agencyLists.bench.ts. `texts: 'short'` writes the bench's short
 * cells ("Nhiệm vụ 12"); 'long' writes task and basis texts of the length real plans have (~150 characters).
 */
export function manyAgencies(tasks: number, agencies: number, texts: 'short' | 'long'): CellGrid {
  const next = sequence(58);
  const names = DEFAULT_REGISTRY.filter((entry) => !entry.vague && entry.kind !== 'collective')
    .slice(0, agencies)
    .map((entry) => entry.name);
  const rows: CellValue[][] = [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 58/KH-UBND ngày 11/3/2024 của Ủy ban nhân dân tỉnh)'],
    [],
    [...HEADER],
  ];
  const perSection = Math.ceil(tasks / 40);
  for (let i = 0; i < tasks; i++) {
    const section = i / perSection + 1;
    if (i % perSection === 0) rows.push([roman(section), `Mục ${section}: hợp tác quốc tế`]);
    const leads = Array.from(
      { length: 1 + Math.floor(next() * 3) },
      () => names[Math.floor(next() * names.length)] ?? '',
    );
    const task =
      texts === 'short'
        ? `Nhiệm vụ ${i + 1}`
        : `Tổ chức đoàn công tác, hội nghị và các hoạt động xúc tiến hợp tác với các đối tác nước ngoài theo kế hoạch đã được phê duyệt; nhiệm vụ số ${i + 1}`;
    const basis =
      i % 17 === 0
        ? ''
        : texts === 'short'
          ? 'Kế hoạch 217/KH-UBND ngày 31/12/2021'
          : 'Theo Kế hoạch 217/KH-UBND ngày 31/12/2021 của UBND tỉnh về thực hiện công tác đối ngoại giai đoạn 2021-2025';
    rows.push([
      `${(i % perSection) + 1}`,
      task,
      leads.join(', '),
      TIMES[i % TIMES.length] ?? '',
      basis,
      'Ngân sách tỉnh',
    ]);
  }
  const values = rows.map((row) => Array.from({ length: HEADER.length }, (_, c) => row[c] ?? null));
  return {
    sheetName: 'Phụ lục 1',
    top: 1,
    left: 1,
    values,
    texts: values.map((row) => row.map((value) => (value === null ? '' : String(value)))),
    merges: [],
  };
}
