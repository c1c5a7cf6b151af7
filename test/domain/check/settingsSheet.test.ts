import fc from 'fast-check';
import type { Settings } from '../../../src/domain';
import { readSettingsSheet, RULES, settingsSheetSpec } from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';
import { gridFromSpec } from '../../helpers/specGrid';

function drawn(settings: Settings, lang: 'vi' | 'en' = 'vi') {
  return gridFromSpec(settingsSheetSpec(settings, lang));
}

describe('the settings sheet', () => {
  it('is hidden, tagged, and lists the plan date and every rule with its title', () => {
    const spec = settingsSheetSpec({ rules: {} });
    expect(spec).toMatchObject({ name: 'Cài đặt kiểm tra', tag: 'settings', hidden: true });
    expect(spec.rows).toHaveLength(1 + RULES.length);
    expect(spec.rows[0]?.[0]).toBe('Ngày kế hoạch');
  });

  it('reads back what it wrote, in either language', () => {
    const settings: Settings = {
      planDate: '2025-08-01',
      rules: { 'missing-funding': { enabled: false }, 'vague-agency': { severity: 'error' } },
    };
    for (const lang of ['vi', 'en'] as const) {
      expect(readSettingsSheet(drawn(settings, lang))).toEqual({ settings, findings: [] });
    }
  });

  it('round-trips any settings of known rules', () => {
    const codes = RULES.map((r) => r.meta.code);
    const setting = fc.oneof(
      fc.constant({ enabled: false }),
      fc.constant({ enabled: true }),
      fc.constantFrom('error', 'warning', 'info').map((severity) => ({ severity: severity as 'error' })),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...codes), setting), (rules) => {
        expect(readSettingsSheet(drawn({ rules })).settings.rules).toEqual(rules);
      }),
    );
  });

  it('reads an officer’s own edits: Vietnamese words, a dd/mm/yyyy date, an Excel date serial', () => {
    const grid = gridFrom([
      ['Mục', 'Giá trị'],
      ['Ngày kế hoạch', 45870],
      ['missing-funding', 'Tắt'],
      ['weak-legal-basis', 'Lỗi'],
    ]);
    expect(readSettingsSheet(grid).settings).toEqual({
      planDate: '2025-08-01',
      rules: { 'missing-funding': { enabled: false }, 'weak-legal-basis': { severity: 'error' } },
    });
    const typed = gridFrom([
      ['Mục', 'Giá trị'],
      ['ngay ke hoach', '01/08/2025'],
    ]);
    expect(readSettingsSheet(typed).settings.planDate).toBe('2025-08-01');
  });

  it.each([
    ['an unknown rule', ['no-such-rule', 'tắt'], 'unknown-item', 'A3'],
    ['a value that is not on, off or a severity', ['missing-funding', 'có lẽ'], 'bad-value', 'B3'],
    ['an impossible date', ['Ngày kế hoạch', '31/02/2025'], 'bad-date', 'B3'],
  ])('reports %s as invalid-setting on its cell and keeps the other rows', (_, row, problem, cell) => {
    const grid = gridFrom([['Mục', 'Giá trị'], ['missing-task', 'tắt'], row], {
      sheetName: 'Cài đặt kiểm tra',
    });
    const { settings, findings } = readSettingsSheet(grid);
    expect(settings.rules['missing-task']).toEqual({ enabled: false });
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'invalid-setting',
        severity: 'warning',
        sheet: 'Cài đặt kiểm tra',
        cell,
        data: expect.objectContaining({ problem }),
      }),
    ]);
  });
});
