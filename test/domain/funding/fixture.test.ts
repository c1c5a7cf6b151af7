import type { CellGrid } from '../../../src/domain';
import { cellText, cellValue } from '../../../src/domain';
import type { FundingCategory } from '../../../src/domain/funding';
import { classifyFunding, classifyFundingValue } from '../../../src/domain/funding';
import { fixtureGrids } from '../../helpers/grid';

// Column F of "Phụ lục 1" and column J of "Phụ lục 2" in Kế hoạch 58/KH-UBND 2024 (Bà Rịa - Vũng Tàu).
const FUNDING_COLUMN = { 'Phụ lục 1': 6, 'Phụ lục 2': 10 } as const;

let grids: CellGrid[];
beforeAll(async () => {
  grids = await fixtureGrids();
});

function sheet(name: keyof typeof FUNDING_COLUMN): CellGrid {
  const grid = grids.find((g) => g.sheetName === name);
  if (!grid) throw new Error(`fixture sheet "${name}" missing`);
  return grid;
}

function distinctFundingTexts(): string[] {
  const grid = sheet('Phụ lục 1');
  const texts = new Set<string>();
  for (let row = 7; row <= 127; row++) {
    const text = cellText(grid, row, FUNDING_COLUMN['Phụ lục 1']);
    if (text.trim() !== '') texts.add(text);
  }
  return [...texts];
}

type Row = [string, FundingCategory[], { districtLevel?: boolean; conditional?: boolean }?];

const PHU_LUC_1: Row[] = [
  ['chi phí hoạt động thường xuyên', ['regular-operating']],
  ['Chi phí hoạt động thường xuyên', ['regular-operating']],
  ['kinh phí hoạt động thường xuyên', ['regular-operating']],
  ['Kinh phí hoạt động thường xuyên', ['regular-operating']],
  [
    'chi phí hoạt động thường xuyên; kinh phí đoàn ra, đoàn vào',
    ['regular-operating', 'delegation-out', 'delegation-in'],
  ],
  ['chi phí hoạt động thường xuyên; kinh phí đoàn vào', ['regular-operating', 'delegation-in']],
  ['chi phí hoạt động thường xuyên; kinh phí đoàn ra', ['regular-operating', 'delegation-out']],
  ['Chi phí hoạt động thường xuyên, kinh phí đoàn ra', ['regular-operating', 'delegation-out']],
  ['chi phí hoạt động thường xuyên, kinh phí dự án', ['regular-operating', 'project']],
  [
    'chi phí hoạt động thường xuyên, theo Kế hoạch đoàn ra, đoàn vào',
    ['regular-operating', 'delegation-out', 'delegation-in'],
    { conditional: true },
  ],
  ['Ngân sách cấp cho Sở Du lịch', ['provincial-budget']],
  ['Ngân sách thành phố Vũng Tàu', ['local-budget'], { districtLevel: true }],
  ['Ngân sách thị xã Phú Mỹ', ['local-budget'], { districtLevel: true }],
  ['kinh phí đối ngoại quốc phòng', ['defence-security']],
  ['kinh phí do Công an tỉnh bố trí', ['defence-security']],
  ['Ngân sách Công an tỉnh và Bộ Công an', ['defence-security', 'central-budget']],
  ['kinh phí do Công an tỉnh và Bộ Công an bố trí', ['defence-security', 'central-budget']],
  ['Ngân sách tỉnh', ['provincial-budget']],
  ['Ngân sách tỉnh (kinh phí đoàn vào)', ['provincial-budget', 'delegation-in']],
  ['ngân sách tỉnh (kinh phí đoàn vào)', ['provincial-budget', 'delegation-in']],
  ['Ngân sách tỉnh (kinh phí đoàn ra)', ['provincial-budget', 'delegation-out']],
  ['Ngân sách tỉnh (kinh phí ĐNND)', ['provincial-budget', 'foreign-affairs']],
  ['Ngân sách tỉnh (KP đối ngoại)', ['provincial-budget', 'foreign-affairs']],
  ['Ngân sách tỉnh (kinh phí thông tin đối ngoại)', ['provincial-budget', 'foreign-affairs']],
  ['Ngân sách tỉnh (kinh phí đối ngoại nhân dân)', ['provincial-budget', 'foreign-affairs']],
  ['Ngân sách tỉnh (kinh phí đào tạo)', ['provincial-budget', 'training']],
  ['Ngân sách tỉnh kinh phí thông tin - truyền thông)', ['provincial-budget']],
  ['kinh phí hoạt động thông tin đối ngoại', ['foreign-affairs']],
  ['Kinh phí thông tin đối ngoại', ['foreign-affairs']],
  ['Kinh phí đoàn ra', ['delegation-out']],
  ['Chi phí hành chính', ['regular-operating']],
];

describe('the funding column of "Phụ lục 1"', () => {
  it('has exactly the distinct values the table below expects', () => {
    expect([...distinctFundingTexts()].sort()).toEqual(PHU_LUC_1.map(([text]) => text).sort());
  });

  it('leaves no non-empty cell unclassified', () => {
    const unclassified = distinctFundingTexts().filter((text) => classifyFunding(text).unclassified);
    expect(unclassified).toEqual([]);
  });

  it.each(PHU_LUC_1)('classifies %j as %j', (text, categories, flags = {}) => {
    const funding = classifyFunding(text);
    expect(funding.categories).toEqual(categories);
    expect(funding.districtLevel).toBe(flags.districtLevel ?? false);
    expect(funding.conditional).toBe(flags.conditional ?? false);
    expect(funding.amounts).toEqual([]);
  });
});

describe('the funding column of "Phụ lục 2" (outbound delegations)', () => {
  it.each([
    [8, [709465000], []],
    [9, [3500000000], []],
    [10, [1900000000], []],
    [11, [], ['provincial-budget']],
    [12, [2800000000], []],
    [14, [3500000000], []],
    [16, [4500000000], []],
    [17, [], ['provincial-budget']],
    [23, [], ['defence-security']],
    [24, [], ['local-budget']],
    [25, [], ['local-budget']],
    [26, [], ['local-budget']],
  ])('reads J%i as amounts %j and categories %j', (row, amounts, categories) => {
    const grid = sheet('Phụ lục 2');
    const column = FUNDING_COLUMN['Phụ lục 2'];
    const funding = classifyFundingValue(cellValue(grid, row, column), cellText(grid, row, column));
    expect(funding.amounts).toEqual(amounts);
    expect(funding.categories).toEqual(categories);
    expect(funding.unclassified).toBe(false);
  });

  it('flags the city, town and district budgets of rows 24 to 26 as district level', () => {
    const grid = sheet('Phụ lục 2');
    const flags = [24, 25, 26].map((row) => classifyFunding(cellText(grid, row, 10)).districtLevel);
    expect(flags).toEqual([true, true, true]);
  });
});
