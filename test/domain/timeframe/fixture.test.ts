import type { CellGrid } from '../../../src/domain';
import type { TimeframePartKind } from '../../../src/domain/timeframe';
import { cellText, columnNumber, parseAppendix } from '../../../src/domain';
import { isUnparsed, parseTimeframe, yearsOutside } from '../../../src/domain/timeframe';
import { sampleGrid } from '../../helpers/grid';

// Every distinct "Thời gian thực hiện" text of Kế hoạch 58/KH-UBND (sheet "Phụ lục 1", D7:D127), as written.
const FIXTURE_VALUES: ReadonlyArray<[string, TimeframePartKind[]]> = [
  ['thường xuyên', ['recurring']],
  ['Thường xuyên', ['recurring']],
  ['thường xuyên trong năm', ['recurring']],
  ['Thường xuyên trong năm', ['recurring']],
  ['thường xuyên; theo KH đoàn ra', ['recurring', 'linked']],
  ['thường xuyên; theo KH đoàn vào', ['recurring', 'linked']],
  ['thường xuyên; theo KH đoàn ra, đoàn vào', ['recurring', 'linked']],
  ['Theo KH đoàn vào', ['linked']],
  ['Theo Kế hoạch đoàn ra', ['linked']],
  ['Theo Hướng dẫn của Bộ Ngoại giao năm 2024.', ['linked']],
  ['theo lộ trình hướng dẫn của Bộ Ngoại giao.', ['linked']],
  ['trong năm 2024', ['year']],
  ['Quý I', ['quarter']],
  ['Quý II', ['quarter']],
  ['Quý III', ['quarter']],
  ['Quý IV', ['quarter']],
];

const FIRST_ROW = 7;
const LAST_ROW = 127;

describe('the time frames of the Kế hoạch 58/KH-UBND appendix (column D)', () => {
  let grid: CellGrid;
  let cells: Array<{ rowNumber: number; text: string }>;

  beforeAll(async () => {
    grid = await sampleGrid();
    cells = [];
    for (let rowNumber = FIRST_ROW; rowNumber <= LAST_ROW; rowNumber++) {
      const text = cellText(grid, rowNumber, columnNumber('D'));
      if (text.trim()) cells.push({ rowNumber, text });
    }
  });

  it('lists exactly the distinct texts of the fixture in the table below', () => {
    expect(new Set(cells.map((c) => c.text))).toEqual(new Set(FIXTURE_VALUES.map(([text]) => text)));
  });

  it('understands every non-empty cell', () => {
    const unparsed = cells.filter((c) => isUnparsed(parseTimeframe(c.text)));
    expect(unparsed).toEqual([]);
  });

  it('finds no impossible value and no year outside the plan year 2024', () => {
    const planYear = parseAppendix(grid).plan.year;
    expect(planYear).toBe(2024);
    for (const { text } of cells) {
      const timeframe = parseTimeframe(text);
      expect(timeframe.problems).toEqual([]);
      expect(yearsOutside(timeframe, planYear ?? 0)).toEqual([]);
    }
  });

  it.each(FIXTURE_VALUES)('reads %j as %j', (text, kinds) => {
    const timeframe = parseTimeframe(text);
    expect(timeframe.parts.map((p) => p.kind)).toEqual(kinds);
    expect(isUnparsed(timeframe)).toBe(false);
  });

  it.each([
    ['Quý I', [1]],
    ['Quý II', [2]],
    ['Quý III', [3]],
    ['Quý IV', [4]],
  ])('gives %j quarter %j and no year of its own (the plan year applies)', (text, quarters) => {
    const timeframe = parseTimeframe(text);
    expect(timeframe.quarters).toEqual(quarters);
    expect(timeframe.years).toEqual([]);
    expect(timeframe.parts[0]).toEqual({ kind: 'quarter', text, quarters });
  });

  it('reads "trong năm 2024" as the plan year itself', () => {
    const timeframe = parseTimeframe('trong năm 2024');
    expect(timeframe.parts).toEqual([{ kind: 'year', text: 'trong năm 2024', year: 2024 }]);
    expect(yearsOutside(timeframe, 2024)).toEqual([]);
  });

  it('keeps "theo KH đoàn ra, đoàn vào" as one linked part after the recurring one', () => {
    expect(parseTimeframe('thường xuyên; theo KH đoàn ra, đoàn vào').parts).toEqual([
      { kind: 'recurring', text: 'thường xuyên', cadence: 'continuous' },
      { kind: 'linked', text: 'theo KH đoàn ra, đoàn vào' },
    ]);
  });

  it('takes the closing "năm 2024" of the Bộ Ngoại giao guidance as its year, without the full stop', () => {
    expect(parseTimeframe('Theo Hướng dẫn của Bộ Ngoại giao năm 2024.').parts).toEqual([
      { kind: 'linked', text: 'Theo Hướng dẫn của Bộ Ngoại giao năm 2024', year: 2024 },
    ]);
  });
});
