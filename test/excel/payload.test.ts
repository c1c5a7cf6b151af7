import fc from 'fast-check';
import { payloadBytes } from '../../src/excel';
import { RequestBudget } from '../../src/excel/payload';

describe('payloadBytes', () => {
  it('is the UTF-8 size of the JSON, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.boolean()))),
        (values) => {
          expect(payloadBytes(values)).toBe(Buffer.byteLength(JSON.stringify(values), 'utf8'));
        },
      ),
    );
  });

  it('counts Vietnamese letters as 2 or 3 bytes', () => {
    expect(payloadBytes([['Sở Nội vụ']])).toBe(21);
    expect(payloadBytes('Đ')).toBe(4);
  });
});

describe('RequestBudget', () => {
  it('syncs early only when the next write would pass the budget', async () => {
    const context = { sync: jest.fn().mockResolvedValue(undefined) } as unknown as Excel.RequestContext;
    const budget = new RequestBudget(context, 100);
    await budget.spend(60);
    await budget.spend(40);
    expect(context.sync).toHaveBeenCalledTimes(0);
    await budget.spend(1);
    expect(context.sync).toHaveBeenCalledTimes(1);
    await budget.spend(500); // a single write larger than the budget still goes, alone
    await budget.flush();
    expect(context.sync).toHaveBeenCalledTimes(3);
    expect(budget.syncs).toBe(3);
  });
});
