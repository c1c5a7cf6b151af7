import { generateAgencySheets } from '../../src/domain';
import { excelWorkbook, PAYLOAD_BUDGET } from '../../src/excel';
import { manyAgencies } from './agencySheets';
import type { FakeWorkbook } from './fakeWorkbook';
import { fakeWorkbook, seedFromGrid } from './fakeWorkbook';

const global = globalThis as unknown as { Excel?: unknown };

async function generateOn(texts: 'short' | 'long'): Promise<{ fake: FakeWorkbook; sheets: number }> {
  const fake = fakeWorkbook([seedFromGrid(manyAgencies(5_000, 60, texts))]);
  global.Excel = fake.excel;
  const outcome = await generateAgencySheets(excelWorkbook({ notes: true, undoGroup: true }));
  return { fake, sheets: outcome.written.written.length };
}

const bytes = (fake: FakeWorkbook, from: number) =>
  fake.syncs.slice(from).reduce((sum, sync) => sum + sync.requestBytes, 0);

afterEach(() => {
  delete global.Excel;
});

/**
 * 60 agencies × 5,000 tasks. The read is readWorkbook's: its first trip, then the sheet in chunks sized by a
 * first guess of 120 bytes a cell (loadRows): a 5,044-row sheet of 6 columns comes in one: 2 syncs.
 * The write does not grow with the agencies: every sheet costs a few dozen calls whatever its rows, so what
 * remains is the texts themselves — the tasks of the lists, a shared task once per lead.
 */
describe('agency sheets for 60 agencies and 5,000 tasks', () => {
  it('cost read 2 + write 1 syncs with the bench’s short texts (the write: ~3.6 MB for 61 sheets)', async () => {
    const { fake, sheets } = await generateOn('short');

    expect(sheets).toBe(61);
    expect(fake.syncCount()).toBe(3);
    expect(fake.syncs.slice(2)).toHaveLength(1);
    const write = bytes(fake, 2);
    expect(write).toBeGreaterThan(3_000_000);
    expect(write).toBeLessThan(PAYLOAD_BUDGET);
    expect(fake.syncs.every((sync) => sync.error === undefined)).toBe(true);
    expect(fake.pending()).toBe(0);
  });

  it('cost read 2 + write 2 syncs when tasks and bases are as long as real ones (~6.3 MB of text to send)', async () => {
    const { fake } = await generateOn('long');

    expect(fake.syncCount()).toBe(4);
    expect(bytes(fake, 2)).toBeGreaterThan(PAYLOAD_BUDGET);
    for (const sync of fake.syncs) {
      expect(sync.error).toBeUndefined();
      expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    }
  });
});
