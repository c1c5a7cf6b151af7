import {
  appendixChoices,
  appendixTemplate,
  choicesSheetSpec,
  currentAgencyNames,
  DEFAULT_REGISTRY,
  parseAppendix,
  validate,
} from '../../../src/domain';
import { gridFrom } from '../../helpers/grid';

const AS_OF = '2026-12-06';
const choices = appendixChoices(DEFAULT_REGISTRY, AS_OF);

describe('the choices of a new appendix', () => {
  it('offers every choice in a form the check reads without a finding', () => {
    const count = Math.max(choices.agencies.length, choices.times.length, choices.funding.length);
    const rows = Array.from({ length: count }, (_, i) => [
      i + 1,
      `Nhiệm vụ ${i + 1}`,
      choices.agencies[i] ?? 'Sở Tư pháp',
      choices.agencies[count - 1 - i] ?? 'Sở Nội vụ',
      choices.times[i] ?? 'Quý I/2027',
      'Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh',
      choices.funding[i] ?? 'Ngân sách tỉnh',
    ]);
    const grid = gridFrom([
      ['PHỤ LỤC'],
      ['(Kèm theo Kế hoạch số 100/KH-UBND ngày 06/12/2026 của Ủy ban nhân dân tỉnh Đồng Nai)'],
      appendixTemplate().header.slice(0, 7),
      ...rows,
    ]);
    const appendix = parseAppendix(grid);
    expect(appendix.tasks).toHaveLength(count);
    expect(appendix.columns).toMatchObject({ lead: 'C', partners: 'D', time: 'E', funding: 'G' });
    const codes = new Set(validate(appendix).findings.map((f) => `${f.code}@${f.cell}`));
    const offending = [...codes].filter((code) =>
      /^(unparsed-timeframe|invalid-timeframe|unclassified-funding|unknown-agency|agency-typo|agency-name-variant|outdated-agency-name|unclear-agency|vague-agency)@/u.test(
        code,
      ),
    );
    expect(offending).toEqual([]);
  });

  it('lists the bodies current on the day, never one ended or a phrase that names nobody', () => {
    expect(choices.agencies).toContain('Sở Tài chính');
    expect(choices.agencies).toContain('Bộ Nông nghiệp và Môi trường');
    expect(choices.agencies).not.toContain('Sở Kế hoạch và Đầu tư');
    expect(appendixChoices(DEFAULT_REGISTRY, '2024-06-01').agencies).toContain('Sở Kế hoạch và Đầu tư');
    const vague = DEFAULT_REGISTRY.filter((entry) => entry.vague).map((entry) => entry.name);
    expect(vague.length).toBeGreaterThan(0);
    expect(choices.agencies.filter((name) => vague.includes(name))).toEqual([]);
    expect(choices.times.slice(0, 4)).toEqual(['Thường xuyên', 'Hằng năm', 'Năm 2026', 'Quý I/2026']);
    // Without a day, no body with an end date at all.
    const undated = currentAgencyNames(DEFAULT_REGISTRY, null);
    expect(undated).toContain('Sở Tài chính');
    expect(undated).not.toContain('Sở Kế hoạch và Đầu tư');
  });

  it('points each dropdown of the template at its column of the choices sheet', () => {
    const spec = choicesSheetSpec(choices);
    expect(spec).toMatchObject({ name: 'Danh sách chọn', tag: 'choices', hidden: true });
    const drawing = appendixTemplate({ sheet: 'Danh sách chọn (2)', spec });
    const last = (n: number) => 2 + n;
    expect(drawing.choices?.map((c) => [drawing.header[c.column], c.sheet, c.range])).toEqual([
      ['Cơ quan chủ trì', 'Danh sách chọn (2)', `$A$3:$A$${last(choices.agencies.length)}`],
      ['Cơ quan phối hợp', 'Danh sách chọn (2)', `$A$3:$A$${last(choices.agencies.length)}`],
      ['Thời gian thực hiện', 'Danh sách chọn (2)', `$B$3:$B$${last(choices.times.length)}`],
      ['Nguồn kinh phí', 'Danh sách chọn (2)', `$C$3:$C$${last(choices.funding.length)}`],
    ]);
    expect(appendixTemplate().choices).toBeUndefined();
  });
});
