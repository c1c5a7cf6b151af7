import type { CellGrid, CellValue } from '../../../src/domain';
import { DEFAULT_REGISTRY, parseAppendix, proposeFixes, sortOutChanges, validate } from '../../../src/domain';
import type { CellChange, Finding } from '../../../src/domain';
import { gridFrom, HEADER, sampleGrid } from '../../helpers/grid';

function checked(grid: CellGrid) {
  const appendix = parseAppendix(grid);
  const { findings, analyses } = validate(appendix, undefined, { registry: DEFAULT_REGISTRY });
  return { grid, appendix, analyses, findings };
}

function withChanges(grid: CellGrid, changes: readonly CellChange[]): CellGrid {
  const values = grid.values.map((row) => [...row]);
  for (const change of changes) {
    const row = values[change.rowNumber - grid.top] as CellValue[];
    row[columnIndex(change.column) - grid.left] = change.after;
  }
  return { ...grid, values, texts: values.map((row) => row.map((v) => (v === null ? '' : String(v)))) };
}

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

describe('proposeFixes on the real appendix (Kế hoạch 58/KH-UBND 2024, Phụ lục 1)', () => {
  let grid: CellGrid;
  beforeAll(async () => {
    grid = await sampleGrid();
  });

  it('lists exactly the agency-variant and citation-spacing changes, each only the named part', () => {
    const changes = proposeFixes(checked(grid));
    const lines = changes.map((c) => `${c.cell} ${c.codes.join('+')}: ${c.before} → ${c.after}`);
    expect(changes.map((c) => c.cell)).toEqual([
      'C31',
      'E45',
      'C60',
      'C61',
      'C62',
      'C64',
      'C65',
      'C84',
      'E85',
      'C86',
      'E94',
      'C96',
      'E103',
      'E113',
    ]);
    expect(lines).toContain(
      'E85 malformed-citation: Theo Kế hoạch 217/KH-UBND ngày 31/12/2021 (Mục IV.2); Kế hoạch số 82/KH- UBND ngày 18/5/2023' +
        ' → Theo Kế hoạch 217/KH-UBND ngày 31/12/2021 (Mục IV.2); Kế hoạch số 82/KH-UBND ngày 18/5/2023',
    );
    // "Công văn 423/BC- VP": the spaces go; the type word the code contradicts is the officer's to change.
    const e45 = changes.find((c) => c.cell === 'E45');
    expect(e45?.after).toContain('Công văn 423/BC-VP ngày 21/10/2022');
    const c31 = changes.find((c) => c.cell === 'C31');
    expect(c31?.after).toBe(c31?.before.replace('Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư'));
    // A known name with its "và" left out is a typo finding with a safe fix: only the "và" goes back in.
    const c86 = changes.find((c) => c.cell === 'C86');
    expect(c86?.codes).toEqual(['agency-typo']);
    expect(c86?.after).toBe(c86?.before.replace('Sở Thông tin truyền thông', 'Sở Thông tin và Truyền thông'));
    for (const change of changes) {
      // Only the named part changes: the rest of the cell is kept character for character.
      expect(change.after.length).toBeGreaterThan(change.before.length - 3);
      expect(change.codes.length).toBeGreaterThan(0);
    }
  });

  it('once applied, the check no longer reports those findings and every other cell is as it was', () => {
    const before = checked(grid);
    const changes = proposeFixes(before);
    const fixed = withChanges(grid, changes);
    const after = checked(fixed);
    const fixedCodes = new Set(['agency-name-variant', 'agency-name-inconsistent', 'agency-typo']);
    expect(after.findings.filter((f) => fixedCodes.has(f.code))).toEqual([]);
    expect(after.findings.filter((f) => f.code === 'malformed-citation').map((f) => f.data.problems)).toEqual(
      [['type-mismatch']],
    );
    const changed = new Set(changes.map((c) => `${c.rowNumber}:${columnIndex(c.column)}`));
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (!changed.has(`${r + grid.top}:${c + grid.left}`)) expect(fixed.values[r]?.[c]).toBe(value);
      }),
    );
    expect(proposeFixes(after)).toEqual([]);
  });

  it('keeps to the codes asked for', () => {
    const only = proposeFixes(checked(grid), ['malformed-citation']);
    expect(only.map((c) => c.cell)).toEqual(['E45', 'E85', 'E94', 'E103', 'E113']);
  });
});

describe('proposeFixes on small sheets', () => {
  const sheet = (rows: Array<Array<CellValue>>, merges: string[] = []) =>
    checked(gridFrom([['PHỤ LỤC'], HEADER, ...rows], { merges }));

  it('tidies stray spaces but keeps the line breaks', () => {
    const changes = proposeFixes(
      sheet([[1, '  Rà soát  quy hoạch\nvùng ', 'Sở Tài chính', 'Quý I/2025', '', '']]),
    );
    expect(changes).toEqual([
      expect.objectContaining({
        cell: 'B3',
        before: '  Rà soát  quy hoạch\nvùng ',
        after: 'Rà soát quy hoạch\nvùng',
        codes: ['extra-whitespace'],
      }),
    ]);
  });

  it('composes decomposed Unicode, leaving the agency fix to the next check', () => {
    const nfd = 'Xây dựng đề án'.normalize('NFD');
    const changes = proposeFixes(sheet([[1, nfd, 'Sở Kế hoạch - Đầu tư', 'Quý I/2025', '', '']]));
    expect(changes.map((c) => [c.cell, c.after, c.codes])).toEqual([
      ['B3', 'Xây dựng đề án', ['non-nfc-text']],
      ['C3', 'Sở Kế hoạch và Đầu tư', ['agency-name-variant']],
    ]);
  });

  it('writes look-alike letters as the letters they stand for, and leaves a stray or foreign letter to the officer', () => {
    const changes = proposeFixes(
      sheet([
        [1, 'Rà soát theo văn bản số 16495/BТС-PTHT', 'Sở Tài chính', 'Quý I/2025', '', ''],
        [2, 'Ðánh giá an toàn thông tin định kǶ', 'Sở Khoa học và Công nghệ', 'Quý II/2025', '', ''],
      ]),
    );
    expect(changes.map((c) => [c.cell, c.after, c.codes])).toEqual([
      ['B3', 'Rà soát theo văn bản số 16495/BTC-PTHT', ['odd-letter']],
      ['B4', 'Đánh giá an toàn thông tin định kǶ', ['odd-letter']],
    ]);
  });

  it('converts a TCVN3 cell as a whole', () => {
    const changes = proposeFixes(
      sheet([
        [1, 'KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh cña Uû ban nh©n d©n tØnh', 'Sở Tư pháp', 'Quý I/2025', '', ''],
      ]),
    );
    expect(changes.map((c) => [c.cell, c.after, c.codes])).toEqual([
      ['B3', 'Kế hoạch thực hiện Quyết định của Uỷ ban nhân dân tỉnh', ['legacy-encoding']],
    ]);
  });

  it('leaves the province after a name, a bracket and an item of a distributive list as written', () => {
    const changes = proposeFixes(
      sheet([
        [1, 'Việc một', 'Sở Kế hoạch - Đầu tư (đối với dự án nhóm A)', 'Quý I/2025', '', ''],
        [2, 'Việc hai', 'Sở Tư pháp, Sở Kế hoạch - Đầu tư tỉnh Bình Phước', 'Quý I/2025', '', ''],
      ]),
    );
    expect(changes.map((c) => c.after)).toEqual(['Sở Kế hoạch và Đầu tư (đối với dự án nhóm A)']);
  });

  it('never turns text into what Excel reads as a number or a formula', () => {
    const changes = proposeFixes(
      sheet([
        [1, 'Việc một', 'Sở Tư pháp', ' 2025 ', '', ''],
        [2, 'Việc hai', 'Sở Tư pháp', 'Năm  2025', '', ''],
      ]),
    );
    expect(changes.map((c) => [c.cell, c.after])).toEqual([['D4', 'Năm 2025']]);
  });

  it('never touches a cell outside the appendix data or inside a merged area', () => {
    const input = sheet(
      [
        [1, 'Việc một ', 'Sở Tư pháp', 'Quý I/2025', '', ''],
        [2, null, 'Sở Nội vụ', 'Quý I/2025', '', ''],
      ],
      ['B3:B4'],
    );
    expect(proposeFixes(input).map((c) => c.cell)).toEqual(['B3']);
    const pointedAt = (cell: string): Finding => ({
      code: 'extra-whitespace',
      severity: 'info',
      rowNumber: Number(cell.slice(1)),
      column: 'B',
      cell,
      data: {},
    });
    // The title row above the header, and a cell covered by the merge (not its first).
    expect(proposeFixes({ ...input, findings: [pointedAt('B1'), pointedAt('B4')] })).toEqual([]);
  });
});

describe('sortOutChanges', () => {
  const change: CellChange = {
    sheet: 'Phụ lục',
    cell: 'C3',
    rowNumber: 3,
    column: 'C',
    before: 'Sở Kế hoạch - Đầu tư',
    after: 'Sở Kế hoạch và Đầu tư',
    codes: ['agency-name-variant'],
  };

  it.each([
    [{ value: 'Sở Kế hoạch - Đầu tư', formula: false }, 'write'],
    [{ value: 'Sở Kế hoạch và Đầu tư (mới sửa)', formula: false }, 'changed'],
    [{ value: 'Sở Kế hoạch - Đầu tư', formula: true }, 'formula'],
    [undefined, 'missing'],
    [{ value: null, formula: false }, 'changed'],
    [{ value: '', formula: false }, 'changed'],
  ])('a cell now %j is %s', (now, expected) => {
    const sorted = sortOutChanges([change], () => now);
    expect(sorted.write.length > 0 ? 'write' : sorted.skipped[0]?.reason).toBe(expected);
  });
});

describe('sortOutChanges on a number cell', () => {
  it('compares a TT kept as a number by its text', () => {
    const renumber: CellChange = {
      sheet: 'Phụ lục',
      cell: 'A8',
      rowNumber: 8,
      column: 'A',
      before: '3',
      after: '4',
      codes: [],
    };
    expect(sortOutChanges([renumber], () => ({ value: 3, formula: false })).write).toEqual([renumber]);
    expect(sortOutChanges([renumber], () => ({ value: 4, formula: false })).skipped[0]?.reason).toBe(
      'changed',
    );
  });
});
