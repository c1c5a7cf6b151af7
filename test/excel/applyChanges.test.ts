import { DEFAULT_REGISTRY, parseAppendix, proposeFixes, validate } from '../../src/domain';
import { applyChanges, readWorkbook } from '../../src/excel';
import { fakeWorkbook, seedFromGrid } from './fakeWorkbook';
import { fixtureGrid } from './workbooks';
import { cellChange } from '../helpers/cellChange';

const change = (cell: string, before: string, after: string) =>
  cellChange('Phụ lục 1', cell, before, after, 'agency-name-variant');

describe('applyChanges (Office.js)', () => {
  it('writes the previewed fixes of the real appendix in 2 syncs; read again, every other cell is as it was', async () => {
    const grid = await fixtureGrid();
    const fake = fakeWorkbook([seedFromGrid(grid)]);
    const appendix = parseAppendix(grid);
    const { findings, analyses } = validate(appendix, undefined, { registry: DEFAULT_REGISTRY });
    const changes = proposeFixes({ grid, appendix, analyses, findings });
    const before = fake.snapshot('Phụ lục 1');

    const outcome = await applyChanges(fake.context, changes);

    expect(fake.syncCount()).toBe(2);
    expect(fake.pending()).toBe(0);
    expect(outcome.written).toHaveLength(14);
    expect(outcome.skipped).toEqual([]);
    const after = fake.sheet('Phụ lục 1');
    const touched = new Set(changes.map((c) => c.cell));
    for (const [address, cell] of Object.entries(before.cells))
      if (!touched.has(address)) expect(after.cells[address]).toEqual(cell);
    expect(after.cells.E85?.value).toBe(changes.find((c) => c.cell === 'E85')?.after);
    expect(after.cells.E85?.formula).toBeUndefined();
    const again = await readWorkbook(fake.newContext(), 'Phụ lục 1', { notes: true });
    const recheck = validate(parseAppendix(again.grid), undefined, { registry: DEFAULT_REGISTRY });
    expect(recheck.findings.filter((f) => f.code.startsWith('agency-name-'))).toEqual([]);
  });

  it('skips a cell the officer changed since the preview and one that now holds a formula', async () => {
    const fake = fakeWorkbook([
      {
        name: 'Phụ lục 1',
        rows: [
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì'],
          [1, 'Việc một', 'Sở Kế hoạch - Đầu tư (sửa tay)'],
          [2, 'Việc hai', 'Sở Kế hoạch - Đầu tư'],
          [3, 'Việc ba', 'Sở Kế hoạch - Đầu tư'],
        ],
      },
    ]);
    fake.sheet('Phụ lục 1').cells.C4 = { value: 'Sở Kế hoạch - Đầu tư', formula: '="Sở Kế hoạch - Đầu tư"' };
    const outcome = await applyChanges(fake.context, [
      change('C2', 'Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư'),
      change('C3', 'Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư'),
      change('C4', 'Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư'),
    ]);
    expect(outcome.written.map((c) => c.cell)).toEqual(['C3']);
    expect(outcome.skipped.map((s) => `${s.change.cell} ${s.reason}`)).toEqual(['C2 changed', 'C4 formula']);
    expect(fake.sheet('Phụ lục 1').cells.C2?.value).toBe('Sở Kế hoạch - Đầu tư (sửa tay)');
    expect(fake.sheet('Phụ lục 1').cells.C3?.value).toBe('Sở Kế hoạch và Đầu tư');
  });

  it('skips every change of a sheet removed since the preview, writing nothing', async () => {
    const fake = fakeWorkbook([{ name: 'Khác', rows: [['x']] }]);
    const outcome = await applyChanges(fake.context, [change('C2', 'a', 'b')]);
    expect(outcome).toEqual({
      written: [],
      skipped: [{ change: change('C2', 'a', 'b'), reason: 'missing' }],
    });
    // The failed read, then the sheets left: none of them holds a change, so nothing more.
    expect(fake.syncCount()).toBe(2);
    expect(fake.pending()).toBe(0);
  });

  it('still writes the changes of the sheets left when another was removed, in 4 syncs', async () => {
    const fake = fakeWorkbook([
      {
        name: 'Phụ lục 1',
        rows: [
          ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì'],
          [1, 'Việc', 'a'],
        ],
      },
    ]);
    const gone = { ...change('C2', 'a', 'b'), sheet: 'Phụ lục 2' };
    const outcome = await applyChanges(fake.context, [gone, change('C2', 'a', 'b')]);
    expect(outcome).toEqual({
      written: [change('C2', 'a', 'b')],
      skipped: [{ change: gone, reason: 'missing' }],
    });
    expect(fake.sheet('Phụ lục 1').cells.C2?.value).toBe('b');
    expect(fake.syncCount()).toBe(4);
    expect(fake.pending()).toBe(0);
  });
});
