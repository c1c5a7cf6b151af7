import { RULES } from '../../src/domain';
import {
  draftFrom,
  periodValid,
  planDateValid,
  provinceValid,
  settingsFrom,
} from '../../src/taskpane/settingsDraft';

describe('the settings draft', () => {
  it('starts from the saved settings, with every rule of the catalogue', () => {
    const draft = draftFrom({
      planDate: '2025-08-01',
      rules: { 'missing-funding': { enabled: false }, 'numbering-gap': { severity: 'error' } },
    });

    expect(draft.planDate).toBe('01/08/2025');
    expect(Object.keys(draft.rules)).toEqual(RULES.map((rule) => rule.meta.code));
    expect(draft.rules['missing-funding']).toEqual({ enabled: false, severity: null });
    expect(draft.rules['numbering-gap']).toEqual({ enabled: true, severity: 'error' });
    expect(draft.rules['missing-task']).toEqual({ enabled: true, severity: null });
  });

  it('saves only what differs from the defaults', () => {
    const draft = draftFrom({ rules: {} });
    draft.rules['missing-funding'] = { enabled: false, severity: 'error' };
    draft.rules['numbering-gap'] = { enabled: true, severity: 'info' };

    expect(settingsFrom(draft)).toEqual({
      rules: { 'missing-funding': { enabled: false }, 'numbering-gap': { severity: 'info' } },
    });
  });

  it('round-trips the saved settings', () => {
    const settings = { planDate: '2024-12-31', rules: { 'missing-funding': { enabled: false } } };
    expect(settingsFrom(draftFrom(settings))).toEqual(settings);
  });

  it.each([
    ['', true, undefined],
    ['01/08/2025', true, '2025-08-01'],
    ['1/8/2025', true, '2025-08-01'],
    ['2025-08-01', true, '2025-08-01'],
    [' 01/08/2025 ', true, '2025-08-01'],
    ['31/02/2025', false, undefined],
    ['ngày mai', false, undefined],
  ])('reads the plan date %j: valid %s', (text, valid, iso) => {
    expect(planDateValid(text)).toBe(valid);
    const saved = settingsFrom({ ...draftFrom({ rules: {} }), planDate: text });
    if (valid) expect(saved?.planDate).toBe(iso);
    else expect(saved).toBeNull();
  });

  it('reads the province and the period as typed, and refuses what it cannot read', () => {
    const draft = { ...draftFrom({ rules: {} }), province: 'Hà Nội', period: '2026 - 2030' };
    expect(settingsFrom(draft)).toEqual({ province: 'ha-noi', period: { from: 2026, to: 2030 }, rules: {} });
    expect(draftFrom({ province: 'ha-noi', period: { from: 2026, to: 2030 }, rules: {} })).toMatchObject({
      province: 'Hà Nội',
      period: '2026–2030',
    });
    expect(provinceValid('Trung ương')).toBe(true);
    expect(provinceValid('Xứ Đoài')).toBe(false);
    expect(periodValid('năm nay')).toBe(false);
    expect(settingsFrom({ ...draft, province: 'Xứ Đoài' })).toBeNull();
  });
});
