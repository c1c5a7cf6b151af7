import type { CellGrid } from '../../../src/domain';
import { parseAppendix, renumberings, validate } from '../../../src/domain';
import { gridFrom, HEADER, sampleGrid } from '../../helpers/grid';

function proposals(grid: CellGrid) {
  const appendix = parseAppendix(grid);
  return renumberings(appendix, grid, validate(appendix).findings).map((r) => ({
    under: r.under,
    changes: r.changes.map((c) => `${c.cell}: ${c.before} → ${c.after}`),
  }));
}

describe('renumberings', () => {
  it('numbers on the sample’s sections after its second "VII" (Kế hoạch 58/KH-UBND 2024)', async () => {
    expect(proposals(await sampleGrid())).toEqual([
      { under: '', changes: ['A116: VII → VIII', 'A121: VIII → IX'] },
    ]);
  });

  it('numbers on tasks of one section in their own style, keeping what follows the number', () => {
    const grid = gridFrom([
      ['PHỤ LỤC'],
      HEADER,
      ['I', 'CÔNG TÁC CHUNG'],
      [1, 'Việc một', 'Sở Tư pháp', 'Quý I/2025'],
      [2, 'Việc hai', 'Sở Tư pháp', 'Quý I/2025'],
      [2, 'Việc ba', 'Sở Tư pháp', 'Quý I/2025'],
      ['4.', 'Việc bốn', 'Sở Tư pháp', 'Quý I/2025'],
    ]);
    expect(proposals(grid)).toEqual([{ under: 'I', changes: ['A6: 2 → 3'] }]);
  });

  it('leaves a group alone whose numbers items below refer to', () => {
    const grid = gridFrom([
      ['PHỤ LỤC'],
      HEADER,
      [1, 'Nhóm một'],
      ['1.1', 'Việc', 'Sở Tư pháp', 'Quý I/2025'],
      [1, 'Nhóm hai'],
      ['1.1', 'Việc', 'Sở Nội vụ', 'Quý I/2025'],
    ]);
    expect(proposals(grid)).toEqual([]);
  });
});
