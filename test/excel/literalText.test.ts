import { literalText } from '../../src/excel';

describe('literalText', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+84 912', "'+84 912"],
    ['- Sở Nội vụ', "'- Sở Nội vụ"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ["'đã có nháy", "''đã có nháy"],
    ['Sở Nội vụ', 'Sở Nội vụ'],
    ['2024', '2024'],
    ['', ''],
  ])('%j → %j', (text, written) => {
    expect(literalText(text)).toBe(written);
  });
});
