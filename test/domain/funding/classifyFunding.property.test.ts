import fc from 'fast-check';
import { classifyFunding, classifyFundingValue, FundingSchema } from '../../../src/domain/funding';

// Pieces of real cells, so random strings also hit the vocabulary and the number formats.
const PIECES = [
  'Ngân sách',
  ' tỉnh',
  ' huyện',
  ' thành phố',
  'kinh phí đoàn ra',
  'đoàn vào',
  'ĐNND',
  ' (',
  ')',
  '; ',
  ', ',
  '709.465.000',
  '3,5',
  ' tỷ',
  ' triệu',
  ' đồng',
  '1,900',
  '/',
  '-',
  '%',
  '99999999999999999999',
  '0',
  '.',
  'theo Kế hoạch',
  'xã hội hóa',
  'e\u0323\u0302',
];

const textArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')),
);

describe('classifyFunding on random text', () => {
  it('never throws and always returns a valid Funding with whole, non-negative amounts', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const funding = classifyFunding(text);
        expect(FundingSchema.safeParse(funding).success).toBe(true);
        for (const amount of funding.amounts) {
          expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
        }
        expect(new Set(funding.categories).size).toBe(funding.categories.length);
        expect(funding.text).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any cell value', () => {
    const valueArb = fc.oneof(fc.double(), fc.integer(), fc.boolean(), fc.constant(null), textArb);
    fc.assert(
      fc.property(valueArb, textArb, (value, text) => {
        expect(FundingSchema.safeParse(classifyFundingValue(value, text)).success).toBe(true);
      }),
    );
  });
});

describe('classifyFunding results', () => {
  it('returns fresh arrays, so changing one result does not change the next', () => {
    const first = classifyFunding('Ngân sách tỉnh; 500 triệu đồng');
    first.categories.push('no-cost');
    first.amounts.push(1);
    expect(classifyFunding('Ngân sách tỉnh; 500 triệu đồng')).toMatchObject({
      categories: ['provincial-budget'],
      amounts: [500000000],
    });
  });
});
