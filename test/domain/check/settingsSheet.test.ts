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
    expect(spec.rows).toHaveLength(5 + RULES.length);
    expect(spec.rows.slice(0, 5).map((row) => row[0])).toEqual([
      'Ngày kế hoạch',
      'Tỉnh/thành phố',
      'Thời kỳ kế hoạch',
      'Nơi nhận',
      'Chữ ký',
    ]);
  });

  it('reads back what it wrote, in either language', () => {
    const settings: Settings = {
      planDate: '2025-08-01',
      province: 'dong-nai',
      period: { from: 2026, to: 2030 },
      recipients: ['- Bộ Ngoại giao (báo cáo);', '- Lưu: VT, NgV.'],
      signature: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Dương Minh Dũng'],
      rules: { 'missing-funding': { enabled: false }, 'vague-agency': { severity: 'error' } },
    };
    for (const lang of ['vi', 'en'] as const) {
      expect(readSettingsSheet(drawn(settings, lang))).toEqual({ settings, findings: [] });
    }
  });

  it('reads the closing lines of a cell typed with Alt+Enter: blank lines inside kept, around dropped', () => {
    const grid = gridFrom([
      ['Mục', 'Giá trị'],
      ['Nơi nhận', '\r\n  - Như trên;  \n- Lưu: VT.\n\n'],
      ['Chữ ký', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Văn A'],
    ]);
    expect(readSettingsSheet(grid)).toEqual({
      settings: {
        recipients: ['- Như trên;', '- Lưu: VT.'],
        signature: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '', '', 'Nguyễn Văn A'],
        rules: {},
      },
      findings: [],
    });
    // An empty cell is no closing at all.
    expect(
      readSettingsSheet(
        gridFrom([
          ['Mục', 'Giá trị'],
          ['Chữ ký', '  '],
        ]),
      ).settings,
    ).toEqual({ rules: {} });
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
      ['Tỉnh/thành phố', 'tỉnh Đồng Nai'],
      ['Thời kỳ kế hoạch', 2025],
    ]);
    expect(readSettingsSheet(typed).settings).toMatchObject({
      planDate: '2025-08-01',
      province: 'dong-nai',
      period: { from: 2025, to: 2025 },
    });
    const central = gridFrom([
      ['Mục', 'Giá trị'],
      ['Tỉnh/thành phố', 'Trung ương'],
    ]);
    expect(readSettingsSheet(central).settings.province).toBe('trung-uong');
  });

  it.each([
    ['an unknown rule', ['no-such-rule', 'tắt'], 'unknown-item', 'A3'],
    ['a value that is not on, off or a severity', ['missing-funding', 'có lẽ'], 'bad-value', 'B3'],
    ['an impossible date', ['Ngày kế hoạch', '31/02/2025'], 'bad-date', 'B3'],
    ['a province that does not exist', ['Tỉnh/thành phố', 'Tỉnh Sài Gòn Mới'], 'bad-province', 'B3'],
    ['a period backwards', ['Thời kỳ kế hoạch', '2030-2026'], 'bad-period', 'B3'],
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

  it('finds its columns by their titles when the officer moved them, and says which cell is wrong', () => {
    const grid = gridFrom(
      [
        ['CÀI ĐẶT KIỂM TRA'],
        ['Ghi chú', 'Mục', 'Giá trị'],
        ['', 'missing-funding', 'tắt'],
        ['', 'Ngày kế hoạch', '31/02/2025'],
      ],
      { sheetName: 'Cài đặt kiểm tra' },
    );
    const { settings, findings } = readSettingsSheet(grid);
    expect(settings.rules['missing-funding']).toEqual({ enabled: false });
    expect(findings.map((f) => f.cell)).toEqual(['C4']);
  });
});
