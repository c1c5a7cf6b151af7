import { literalBlock, literalCell, stringFormula } from '../../src/excel';
import { formulaValue } from './fake/model';

describe('literalCell: a text reaches the cell as the same text', () => {
  it.each([
    ['Sở Nội vụ', { format: '@', input: 'Sở Nội vụ' }],
    ['2024', { format: '@', input: '2024' }],
    ['12/2025', { format: '@', input: '12/2025' }],
    ['- Sở Nội vụ', { format: 'General', input: '="- Sở Nội vụ"' }],
    ['=SUM(A1)', { format: 'General', input: '="=SUM(A1)"' }],
    ['+84 912', { format: 'General', input: '="+84 912"' }],
    ['@SUM(A1)', { format: 'General', input: '="@SUM(A1)"' }],
    ["'đã có nháy", { format: 'General', input: '="\'đã có nháy"' }],
    ['- "Đề án" số 1\n- Kế hoạch', { format: 'General', input: '="- ""Đề án"" số 1"&CHAR(10)&"- Kế hoạch"' }],
    ['\t=1', { format: 'General', input: '=CHAR(9)&"=1"' }],
    [42, { format: 'General', input: 42 }],
  ])('%j → %j', (text, cell) => {
    expect(literalCell(text)).toEqual(cell);
  });

  it('cuts a long text into string constants of at most 255 characters (Excel’s limit in a formula)', () => {
    const text = `- ${'Tổ chức triển khai thực hiện '.repeat(40)}`;
    const formula = stringFormula(text);
    const constants = [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1] ?? '');
    expect(constants.length).toBeGreaterThan(4);
    expect(constants.every((constant) => [...constant].length <= 255)).toBe(true);
    expect(formulaValue(formula)).toBe(text);
  });

  it('falls back to the apostrophe only beyond Excel’s 8,192-character formula limit', () => {
    const text = `- ${'x'.repeat(9_000)}`;
    expect(literalCell(text)).toEqual({ format: 'General', input: `'${text}` });
  });

  it('gives back every text it is given, quotes, line breaks and control characters included (property)', () => {
    const pieces = [
      '-',
      '=',
      '+',
      '@',
      "'",
      '"',
      '""',
      '\n',
      '\r\n',
      '\t',
      ' ',
      'Sở',
      'ý',
      'A1',
      '&',
      'CHAR(10)',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + (next() % 12) }, () => pieces[next() % pieces.length]).join('');
      const cell = literalCell(text);
      const back = cell.format === '@' ? cell.input : formulaValue(String(cell.input));
      expect(back).toBe(text);
    }
  });

  it('gives a block its formats and values in two arrays of the same shape', () => {
    expect(
      literalBlock([
        ['TT', '- a'],
        [1, ''],
      ]),
    ).toEqual({
      formats: [
        ['@', 'General'],
        ['General', '@'],
      ],
      values: [
        ['TT', '="- a"'],
        [1, ''],
      ],
    });
  });
});
