import fc from 'fast-check';
import { normalizeText } from '../../../src/domain';
import { parseTimeframe, TimeframeSchema } from '../../../src/domain/timeframe';

// Fragments of real time frames, broken ones and separators, so random cells reach every reader.
const FRAGMENTS = [
  'Quý',
  'quy',
  'II',
  'V',
  '5',
  '/2024',
  'năm',
  '2024',
  'Tháng',
  '13',
  '–',
  '-',
  ',',
  ';',
  ' và ',
  '\n',
  'thường xuyên',
  'Theo KH đoàn ra',
  'trước ngày',
  '31/6',
  '30/02/2024',
  'từ',
  'đến',
  'Giai đoạn',
  '6 tháng đầu năm',
  'Hằng năm',
  '.',
  ' ',
  'Tha\u0301ng',
  '\u200b',
  '\u0301',
];

const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join('')),
);

describe('parseTimeframe on random text', () => {
  it('never throws and returns a schema-valid time frame', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(() => TimeframeSchema.parse(parseTimeframe(text))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('gives parts whose texts are non-empty slices of the normalised cell', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const normalized = normalizeText(text);
        const timeframe = parseTimeframe(text);
        for (const part of timeframe.parts) {
          expect(part.text).not.toBe('');
          expect(normalized).toContain(part.text);
        }
        if (normalized === '') expect(timeframe.parts).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports a quarter outside 1–4 whenever a part holds one, and never counts it as covered', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const timeframe = parseTimeframe(text);
        const impossible = timeframe.parts.some(
          (p) => p.kind === 'quarter' && p.quarters.some((q) => q < 1 || q > 4),
        );
        if (impossible) expect(timeframe.problems.map((p) => p.kind)).toContain('invalid-quarter');
        expect(timeframe.quarters.every((q) => q >= 1 && q <= 4)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
