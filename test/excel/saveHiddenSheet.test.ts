import type { Settings } from '../../src/domain';
import { readReviewsSheet, readSettingsSheet, reviewsSheetSpec, settingsSheetSpec } from '../../src/domain';
import { readWorkbook, saveHiddenSheet } from '../../src/excel';
import type { FakeWorkbook, SheetSeed } from './fakeWorkbook';
import { fakeWorkbook, tagOf } from './fakeWorkbook';

const SETTINGS: Settings = {
  planDate: '2025-08-01',
  rules: { 'missing-funding': { enabled: false }, 'weak-legal-basis': { severity: 'error' } },
};
const appendix: SheetSeed = { name: 'Phụ lục 1', rows: [['TT', 'Nhiệm vụ']] };

async function readBack(fake: FakeWorkbook) {
  const snapshot = await readWorkbook(fake.newContext(), 'Phụ lục 1', { notes: true });
  if (!snapshot.settings) throw new Error('no settings sheet read back');
  return { snapshot, ...readSettingsSheet(snapshot.settings) };
}

describe('saveHiddenSheet', () => {
  it('writes a new hidden, tagged settings sheet in 3 syncs, and reading it back gives the same settings', async () => {
    const fake = fakeWorkbook([appendix]);

    await saveHiddenSheet(fake.context, settingsSheetSpec(SETTINGS));

    expect(fake.syncCount()).toBe(3);
    expect(fake.pending()).toBe(0);
    const sheet = fake.sheet('Cài đặt kiểm tra');
    expect(sheet.visibility).toBe('Hidden');
    expect(tagOf(sheet)).toBe('settings');
    expect(fake.model.activeSheet).toBe('Phụ lục 1');
    const { settings, findings } = await readBack(fake);
    expect(findings).toEqual([]);
    expect(settings).toEqual(SETTINGS);
  });

  it('reuses its settings sheet on the next save, leaving nothing of the old settings', async () => {
    const fake = fakeWorkbook([appendix]);
    await saveHiddenSheet(fake.newContext(), settingsSheetSpec(SETTINGS));
    const changed: Settings = { rules: { 'vague-agency': { enabled: false } } };

    await saveHiddenSheet(fake.newContext(), settingsSheetSpec(changed));

    expect(fake.model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Phụ lục 1', 'Visible'],
      ['Cài đặt kiểm tra', 'Hidden'],
    ]);
    expect((await readBack(fake)).settings).toEqual(changed);
  });

  it('hides only a new sheet: saving again touches no visibility, keeping the undo stack, and can be one undo step', async () => {
    const fake = fakeWorkbook([appendix]);
    await saveHiddenSheet(fake.newContext(), settingsSheetSpec(SETTINGS));
    expect(fake.undoStackClears()).toBe(1);

    await saveHiddenSheet(fake.newContext({ mergeUndoGroup: true }), settingsSheetSpec({ rules: {} }));

    expect(fake.undoStackClears()).toBe(1);
    expect(fake.sheet('Cài đặt kiểm tra').visibility).toBe('Hidden');
  });

  it('cannot hide a new settings sheet inside an undo group on Windows and Mac (why the port does not group it)', async () => {
    const fake = fakeWorkbook([appendix]);
    const grouped = saveHiddenSheet(fake.newContext({ mergeUndoGroup: true }), settingsSheetSpec(SETTINGS));
    await expect(grouped).rejects.toMatchObject({ code: 'UndoNotSupported' });
    const web = fakeWorkbook([appendix], { platform: 'web' });
    await saveHiddenSheet(web.newContext({ mergeUndoGroup: true }), settingsSheetSpec(SETTINGS));
    expect(web.sheet('Cài đặt kiểm tra').visibility).toBe('Hidden');
  });

  it('leaves an officer’s sheet named like the settings sheet alone and saves beside it', async () => {
    const own: SheetSeed = {
      name: 'Cài đặt kiểm tra',
      rows: [
        ['Mục', 'Giá trị'],
        ['missing-funding', 'bật'],
      ],
    };
    const fake = fakeWorkbook([appendix, own]);
    const before = fake.snapshot(own.name);

    await saveHiddenSheet(fake.context, settingsSheetSpec(SETTINGS));

    expect(fake.snapshot(own.name)).toEqual(before);
    expect(tagOf(fake.sheet('Cài đặt kiểm tra (2)'))).toBe('settings');
    const { snapshot, settings } = await readBack(fake);
    expect(snapshot.settings?.sheetName).toBe('Cài đặt kiểm tra (2)');
    expect(settings).toEqual(SETTINGS);
  });

  it('keeps the reviewed findings beside the settings, each in its own hidden sheet, and reads both back', async () => {
    const fake = fakeWorkbook([appendix]);
    const reviews = [
      {
        sheet: 'Phụ lục 1',
        cell: 'C5',
        code: 'vague-agency',
        text: '- Các sở',
        reason: 'đúng ý',
        reviewedAt: '06/12/2026 09:15',
      },
    ];
    await saveHiddenSheet(fake.newContext(), settingsSheetSpec(SETTINGS));
    await saveHiddenSheet(fake.newContext(), reviewsSheetSpec(reviews));
    await saveHiddenSheet(fake.newContext(), reviewsSheetSpec([]));
    await saveHiddenSheet(fake.newContext(), reviewsSheetSpec(reviews));

    expect(fake.model.sheets.map((sheet) => [sheet.name, sheet.visibility, tagOf(sheet)])).toEqual([
      ['Phụ lục 1', 'Visible', undefined],
      ['Cài đặt kiểm tra', 'Hidden', 'settings'],
      ['Phát hiện đã xem', 'Hidden', 'reviews'],
    ]);
    const { snapshot, settings } = await readBack(fake);
    expect(settings).toEqual(SETTINGS);
    expect(snapshot.sheetNames).toEqual(['Phụ lục 1']);
    expect(readReviewsSheet(snapshot.reviews ?? { ...snapshot.grid, values: [], texts: [] })).toEqual(
      reviews,
    );
  });
});
