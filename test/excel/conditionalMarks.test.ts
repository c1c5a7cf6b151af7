import { formatArea, parseArea } from '../../src/domain';
import { isMarkFormula, markFormula } from '../../src/domain';
import { markAddressLists } from '../../src/excel';

describe('markAddressLists', () => {
  it('joins consecutive rows of a column and keeps severities apart', () => {
    expect(
      markAddressLists([
        { cell: 'E61', severity: 'warning' },
        { cell: 'E60', severity: 'warning' },
        { cell: 'E62', severity: 'warning' },
        { cell: 'F67', severity: 'warning' },
        { cell: 'E110', severity: 'error' },
        { cell: 'A7', severity: 'info' },
      ]),
    ).toEqual([
      { severity: 'error', areas: ['E110'] },
      { severity: 'warning', areas: ['E60:E62', 'F67'] },
      { severity: 'info', areas: ['A7'] },
    ]);
  });

  it('cuts thousands of cells into lists getRanges accepts, covering each cell once', () => {
    const cells = Array.from({ length: 3000 }, (_, i) => `${'CEF'[i % 3]}${6 + 2 * i}`);
    const lists = markAddressLists(cells.map((cell) => ({ cell, severity: 'warning' })));
    expect(lists.length).toBeGreaterThan(1);
    for (const { areas } of lists) {
      expect(areas.join(',').length).toBeLessThanOrEqual(2000);
      expect(areas.length).toBeLessThanOrEqual(200);
    }
    const covered = lists.flatMap(({ areas }) => areas.map((a) => formatArea(parseArea(a))));
    expect(covered.sort()).toEqual([...cells].sort());
  });
});

describe('markFormula', () => {
  it('is recognised as the add-in’s, and an officer’s formula is not', () => {
    expect(isMarkFormula(markFormula('error'))).toBe(true);
    expect(isMarkFormula('=ISTEXT("Khác")')).toBe(false);
  });
});
