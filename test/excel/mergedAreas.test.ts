import { mergedAreas } from '../../src/excel';

const extent = { top: 1, left: 1, bottom: 120, right: 9 };

describe('mergedAreas', () => {
  it.each([
    ['Sheet1!E59:E62', [{ top: 59, left: 5, bottom: 62, right: 5 }]],
    [
      "'Phụ lục 1'!B6:F6, 'Phụ lục 1'!E8:E10",
      [
        { top: 6, left: 2, bottom: 6, right: 6 },
        { top: 8, left: 5, bottom: 10, right: 5 },
      ],
    ],
    ["'Kế hoạch 58, 2024 (bà''s)'!$A$1:$C$2", [{ top: 1, left: 1, bottom: 2, right: 3 }]],
    ['B7', [{ top: 7, left: 2, bottom: 7, right: 2 }]],
  ])('reads %s', (address, expected) => {
    expect(mergedAreas(address, extent)).toEqual(expected);
  });

  it('bounds a whole-row merge by the used range instead of 16,384 columns', () => {
    expect(mergedAreas('Sheet1!$1:$2', extent)).toEqual([{ top: 1, left: 1, bottom: 2, right: 9 }]);
  });

  it('bounds a whole-column merge by the used range', () => {
    expect(mergedAreas('Sheet1!B:C', extent)).toEqual([{ top: 1, left: 2, bottom: 120, right: 3 }]);
  });

  it('rejects text that is not a list of areas', () => {
    expect(() => mergedAreas('Sheet1!not an area', extent)).toThrow(RangeError);
  });
});
