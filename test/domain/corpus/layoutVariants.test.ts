import { join } from 'node:path';
import type { CellArea, CellGrid, CellValue, Finding } from '../../../src/domain';
import { columnNumber, parseAppendix, validate } from '../../../src/domain';
import { corpusSlugs, readKey, REAL } from '../../helpers/corpusScore';
import { fixtureGrids } from '../../helpers/grid';

/**
 * The same real appendix laid out otherwise must get the same findings: what unseen documents vary in is
 * where the table starts, the order of its columns, blank rows and how the text is encoded — never what is
 * wrong in it. Each variant maps every cell of the original to its new place; the findings (code, severity,
 * where) must map one to one.
 */
interface Variant {
  grid: CellGrid;
  /** The new place of an original (row, column). */
  place: (row: number, column: number) => [number, number];
}

const slugs = corpusSlugs();
const grids = new Map<string, CellGrid>();

beforeAll(async () => {
  for (const slug of slugs) {
    const key = readKey(slug);
    const grid = (await fixtureGrids(join(REAL, `${slug}.xlsx`))).find((g) => g.sheetName === key.sheet);
    if (!grid) throw new Error(`${slug}: no sheet ${key.sheet}`);
    grids.set(slug, grid);
  }
});

/** Errors and warnings as "code severity R{row}C{column}" (row only for a finding on a whole row). */
function flagged(grid: CellGrid, place = (row: number, column: number) => [row, column]): string[] {
  return validate(parseAppendix(grid))
    .findings.filter((f) => f.severity !== 'info')
    .map((f: Finding) => {
      if (!f.column) return `${f.code} ${f.severity} R${place(f.rowNumber, 1)[0]}`;
      const [row, column] = place(f.rowNumber, columnNumber(f.column));
      return `${f.code} ${f.severity} R${row}C${column}`;
    })
    .sort();
}

const mapGrid = (
  grid: CellGrid,
  values: CellValue[][],
  merges: CellArea[],
  place: Variant['place'],
): Variant => ({
  grid: {
    ...grid,
    values,
    texts: values.map((row) => row.map((v) => (v === null ? '' : String(v)))),
    merges,
  },
  place,
});

/** The table moved down and right, blank rows and columns before it (a sheet with a margin). */
function shifted(grid: CellGrid, down: number, right: number): Variant {
  const width = (grid.values[0]?.length ?? 0) + right;
  const blank = () => Array.from({ length: width }, (): CellValue => null);
  const values = [
    ...Array.from({ length: down }, blank),
    ...grid.values.map((row) => [...Array.from({ length: right }, (): CellValue => null), ...row]),
  ];
  const merges = grid.merges.map((m) => ({
    top: m.top + down,
    bottom: m.bottom + down,
    left: m.left + right,
    right: m.right + right,
  }));
  return mapGrid(grid, values, merges, (row, column) => [row + down, column + right]);
}

/** Two neighbouring columns swapped, when no merged area covers one and not the other. */
function swapped(grid: CellGrid, first: number): Variant | undefined {
  const second = first + 1;
  const covers = (m: CellArea, c: number) => m.left <= c && c <= m.right;
  if (grid.merges.some((m) => covers(m, first) !== covers(m, second))) return undefined;
  const at = (column: number) => (column === first ? second : column === second ? first : column);
  const values = grid.values.map((row) => row.map((_, i) => row[at(i + grid.left) - grid.left] ?? null));
  const merges = grid.merges.map((m) =>
    m.left === m.right ? { ...m, left: at(m.left), right: at(m.right) } : m,
  );
  return mapGrid(grid, values, merges, (row, column) => [row, at(column)]);
}

/** A blank row put in after `after` (a paste that left an empty line). */
function withBlankRow(grid: CellGrid, after: number): Variant | undefined {
  if (grid.merges.some((m) => m.top <= after && m.bottom > after)) return undefined;
  const index = after - grid.top + 1;
  const blank = Array.from({ length: grid.values[0]?.length ?? 0 }, (): CellValue => null);
  const values = [...grid.values.slice(0, index), blank, ...grid.values.slice(index)];
  const down = (row: number) => (row > after ? row + 1 : row);
  const merges = grid.merges.map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) }));
  return mapGrid(grid, values, merges, (row, column) => [down(row), column]);
}

/** Every text decomposed (NFD), as some Word exports and macOS copies give it. */
function decomposed(grid: CellGrid): Variant {
  const values = grid.values.map((row) => row.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v)));
  return mapGrid(grid, values, grid.merges, (row, column) => [row, column]);
}

/** The header row(s) in capitals, as many forms print them ("CƠ QUAN CHỦ TRÌ"). */
function upperHeader(grid: CellGrid, headerRows: readonly number[]): Variant {
  const values = grid.values.map((row, i) =>
    headerRows.includes(i + grid.top)
      ? row.map((v) => (typeof v === 'string' ? v.toLocaleUpperCase('vi') : v))
      : row,
  );
  return mapGrid(grid, values, grid.merges, (row, column) => [row, column]);
}

/** Stray spaces and a non-breaking space around every text, as a paste from Word leaves them. */
function padded(grid: CellGrid, below: number): Variant {
  const values = grid.values.map((row, i) =>
    i + grid.top > below ? row.map((v) => (typeof v === 'string' ? ` ${v}\u00a0` : v)) : row,
  );
  return mapGrid(grid, values, grid.merges, (row, column) => [row, column]);
}

/**
 * The header over two rows, the lead and partner titles under a merged parent ("Cơ quan thực hiện" over
 * "Chủ trì" | "Phối hợp"), every other title merged down over both rows.
 */
function twoRowHeader(grid: CellGrid, header: number, lead: number, partners: number): Variant | undefined {
  if (partners !== lead + 1 || grid.merges.some((m) => m.top <= header && m.bottom >= header))
    return undefined;
  const index = header - grid.top;
  const titles = grid.values[index] ?? [];
  const parent = titles.map((v, i) =>
    i + grid.left === lead ? 'Cơ quan thực hiện' : i + grid.left === partners ? null : v,
  );
  const child = titles.map((v, i) =>
    i + grid.left === lead ? 'Chủ trì' : i + grid.left === partners ? 'Phối hợp' : null,
  );
  const values = [...grid.values.slice(0, index), parent, child, ...grid.values.slice(index + 1)];
  const down = (row: number) => (row > header ? row + 1 : row);
  const merges = [
    ...grid.merges.map((m) => ({ ...m, top: down(m.top), bottom: down(m.bottom) })),
    { top: header, bottom: header, left: lead, right: partners },
    ...titles.flatMap((v, i) =>
      v !== null && i + grid.left !== lead && i + grid.left !== partners
        ? [{ top: header, bottom: header + 1, left: i + grid.left, right: i + grid.left }]
        : [],
    ),
  ];
  return mapGrid(grid, values, merges, (row, column) => [down(row), column]);
}

/** twoRowHeader at the key's one header row and its lead and partner columns. */
function keyedTwoRowHeader(slug: string, grid: CellGrid): Variant | undefined {
  const key = readKey(slug);
  const [lead, partners] = [key.columns.lead, key.columns.partners].map((c) => (c ? columnNumber(c) : 0));
  if (key.headerRows.length !== 1 || !lead || !partners) return undefined;
  return twoRowHeader(grid, key.headerRows[0] as number, lead, partners);
}

describe('the real corpus laid out otherwise gets the same findings', () => {
  it.each(slugs)('%s: moved down and right', (slug) => {
    const grid = grids.get(slug) as CellGrid;
    const variant = shifted(grid, 3, 2);
    expect(flagged(variant.grid)).toEqual(flagged(grid, variant.place));
  });

  it.each(slugs)('%s: its last two columns swapped', (slug) => {
    const grid = grids.get(slug) as CellGrid;
    const last = grid.left + (grid.values[0]?.length ?? 0) - 1;
    const variant = swapped(grid, last - 1);
    if (!variant) return;
    expect(flagged(variant.grid)).toEqual(flagged(grid, variant.place));
  });

  it.each(slugs)('%s: a blank row under its header', (slug) => {
    const grid = grids.get(slug) as CellGrid;
    const variant = withBlankRow(grid, Math.max(...readKey(slug).headerRows));
    if (!variant) return;
    expect(flagged(variant.grid)).toEqual(flagged(grid, variant.place));
  });

  it.each(slugs)('%s: its text decomposed (NFD)', (slug) => {
    const grid = grids.get(slug) as CellGrid;
    const variant = decomposed(grid);
    expect(flagged(variant.grid)).toEqual(flagged(grid, variant.place));
  });

  it.each(slugs)('%s: its header in capitals', (slug) => {
    const grid = grids.get(slug) as CellGrid;
    const variant = upperHeader(grid, readKey(slug).headerRows);
    expect(flagged(variant.grid)).toEqual(flagged(grid, variant.place));
  });

  it.each(slugs)('%s: stray spaces around every cell of the table', (slug) => {
    const grid = grids.get(slug) as CellGrid;
    const variant = padded(grid, Math.max(...readKey(slug).headerRows));
    expect(flagged(variant.grid)).toEqual(flagged(grid, variant.place));
  });

  it.each(slugs)('%s: lead and partner titles under a merged parent', (slug) => {
    const grid = grids.get(slug) as CellGrid;
    const variant = keyedTwoRowHeader(slug, grid);
    if (!variant) return;
    expect(flagged(variant.grid)).toEqual(flagged(grid, variant.place));
  });

  // The variants that need a layout they can keep (no merged area in the way) apply to most of the corpus.
  it('applies each conditional variant to most appendices', () => {
    const applied = (make: (slug: string, grid: CellGrid) => Variant | undefined) =>
      slugs.filter((slug) => make(slug, grids.get(slug) as CellGrid) !== undefined).length;
    expect(applied((_, g) => swapped(g, g.left + (g.values[0]?.length ?? 0) - 2))).toBeGreaterThan(25);
    expect(applied((slug, g) => withBlankRow(g, Math.max(...readKey(slug).headerRows)))).toBeGreaterThan(25);
    expect(applied(keyedTwoRowHeader)).toBeGreaterThan(25);
  });
});
