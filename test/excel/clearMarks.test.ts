import { SHEET_STRINGS } from '../../src/domain';
import { clearMarks, readWorkbook, writeCheck } from '../../src/excel';
import type { FakeWorkbook } from './fakeWorkbook';
import { fakeWorkbook, seedFromGrid, tagOf } from './fakeWorkbook';
import { fixtureGrid, planCheck } from './workbooks';

const SHEET = 'Phụ lục 1';

async function officerFixture(options: { notes?: boolean } = {}): Promise<FakeWorkbook> {
  return fakeWorkbook(
    [
      seedFromGrid(await fixtureGrid(), {
        fills: { B7: '#FFFF00', E110: '#FFFF00' },
        notes: { C31: 'Chị Lan: kiểm tra lại tên cơ quan', A1: 'Bản trình ngày 10/3' },
        conditionalFormats: [
          { type: 'CellValue', appliesTo: ['A6:A127'] },
          { type: 'Custom', formula: '=LEN($B7)>500', fill: '#E2EFDA', appliesTo: ['B7:B127'] },
        ],
      }),
    ],
    options,
  );
}

async function check(fake: FakeWorkbook, capabilities: { notes: boolean }) {
  const snapshot = await readWorkbook(fake.newContext(), SHEET, capabilities);
  const { write } = planCheck(snapshot);
  await writeCheck(fake.newContext(), write, capabilities);
  return write;
}

async function checkTwice(fake: FakeWorkbook, capabilities: { notes: boolean }) {
  await check(fake, capabilities);
  return check(fake, capabilities);
}

describe('clearMarks', () => {
  it('removes only the add-in’s formats and notes, in 3 syncs: the sheet equals the sheet before the first check', async () => {
    const fake = await officerFixture();
    const before = fake.snapshot(SHEET);
    const write = await checkTwice(fake, { notes: true });
    expect(fake.sheet(SHEET).conditionalFormats).toHaveLength(5);
    const syncs = fake.syncCount();

    const outcome = await clearMarks(fake.newContext(), SHEET, { notes: true });

    expect(fake.syncCount() - syncs).toBe(3);
    expect(fake.pending()).toBe(0);
    expect(outcome).toEqual({ marks: 3, notes: write.marks.length - 1 });
    expect(fake.snapshot(SHEET)).toEqual(before);
    expect(tagOf(fake.sheet(SHEET_STRINGS.vi.resultSheet))).toBe('result');
  });

  it('leaves a note of the add-in the officer added to, and an officer’s note starting with its name', async () => {
    const fake = await officerFixture();
    fake.sheet(SHEET).notes['B9'] = 'Ma trận nhiệm vụ\nGhi chú riêng: họp lại ngày 15/3';
    await check(fake, { notes: true });
    const ours = Object.entries(fake.sheet(SHEET).notes).find(([, text]) =>
      text.startsWith('Ma trận nhiệm vụ ·'),
    );
    if (!ours) throw new Error('no note of the add-in');
    const [cell, text] = ours;
    fake.sheet(SHEET).notes[cell] = `${text}\nĐã hỏi Sở Tư pháp, chờ trả lời.`;

    await clearMarks(fake.newContext(), SHEET, { notes: true });
    expect(fake.sheet(SHEET).notes[cell]).toBe(`${text}\nĐã hỏi Sở Tư pháp, chờ trả lời.`);
    expect(fake.sheet(SHEET).notes['B9']).toBe('Ma trận nhiệm vụ\nGhi chú riêng: họp lại ngày 15/3');
  });

  it('removes the formats and leaves notes alone on a host without ExcelApi 1.18', async () => {
    const fake = await officerFixture({ notes: false });
    const before = fake.snapshot(SHEET);
    await checkTwice(fake, { notes: false });

    const outcome = await clearMarks(fake.newContext(), SHEET, { notes: false });

    expect(outcome).toEqual({ marks: 3, notes: 0 });
    expect(fake.snapshot(SHEET)).toEqual(before);
  });

  it('keeps an officer’s format that lies between the add-in’s: deletes go from the last priority to the first', async () => {
    const fake = await officerFixture();
    await check(fake, { notes: true });
    const sheet = fake.sheet(SHEET);
    // The officer adds a rule and moves it between the add-in's formats (priority 1).
    const officers = { type: 'Custom', formula: '=$C7=""', fill: '#FF0000', appliesTo: ['C7:C127'] };
    sheet.conditionalFormats.splice(1, 0, officers);

    expect(await clearMarks(fake.newContext(), SHEET, { notes: true })).toMatchObject({ marks: 3 });

    expect(fake.sheet(SHEET).conditionalFormats.map((f) => f.formula)).toEqual([
      '=$C7=""',
      undefined,
      '=LEN($B7)>500',
    ]);
  });

  it('finds nothing to remove on a sheet never checked, and changes nothing', async () => {
    const fake = await officerFixture();
    const before = fake.snapshot(SHEET);
    expect(await clearMarks(fake.context, SHEET, { notes: true })).toEqual({ marks: 0, notes: 0 });
    expect(fake.snapshot(SHEET)).toEqual(before);
    expect(fake.syncCount()).toBe(3);
  });
});
